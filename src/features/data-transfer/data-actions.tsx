import { ExportMenu } from './export-menu';
import { ImportControl } from './import-control';
import './data-transfer.css';

export { ShareLinkPrompt } from './share-link-prompt';
export { StorageBanner } from './storage-banner';

/** The header's data buttons: Import (a .json file) and Export (JSON, CSV, share link). */
export function DataActions() {
  return (
    <div className="data-actions">
      <ImportControl />
      <ExportMenu />
    </div>
  );
}
