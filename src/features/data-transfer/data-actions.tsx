import { ExportMenu } from './export-menu';
import { ImportControl } from './import-control';
import './data-transfer.css';

/** The header's data buttons: Import (a .json file) and Export (JSON, CSV, share link, brief). */
export function DataActions({
  onOpenBrief,
}: {
  onOpenBrief?: (returnFocusTo: HTMLElement | null) => void;
}) {
  return (
    <div className="data-actions">
      <ImportControl />
      <ExportMenu onOpenBrief={onOpenBrief} />
    </div>
  );
}
