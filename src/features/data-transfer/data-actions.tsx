import { ExportMenu } from './export-menu';
import { ImportControl } from './import-control';
import './data-transfer.css';

/** The header's data buttons: Import (a .json file) and Export (JSON, CSV, share link). */
export function DataActions() {
  return (
    <div className="data-actions">
      <ImportControl />
      <ExportMenu />
    </div>
  );
}
