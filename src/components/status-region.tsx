import { createPortal } from 'react-dom';
import { useAppState, useNotices } from '../store/app-context';
import type { Notice } from '../store/notices';
import { useTopmostDialog } from './open-dialogs';
import { Isolated } from './isolated';
import './button.css';
import './status-region.css';

/**
 * The page's live region: saved, import results, Undo. Errors are announced
 * assertively (role="alert"), the rest politely (role="status").
 */
export function StatusRegion() {
  const dialog = useTopmostDialog();
  const region = <Region />;
  // In the dialog's own slot, in the flow of its content: never over its buttons.
  const slot = dialog?.querySelector('.dialog-status') ?? dialog;
  return slot ? createPortal(region, slot) : region;
}

function Region() {
  const notices = useNotices();
  const errors = notices.filter((n) => n.tone === 'error');
  const others = notices.filter((n) => n.tone !== 'error');
  return (
    <div className="toasts">
      <div role="status" aria-live="polite" className="toast-stack">
        {others.map((notice) => (
          <NoticeItem key={notice.id} {...notice} />
        ))}
      </div>
      <div role="alert" className="toast-stack">
        {errors.map((notice) => (
          <NoticeItem key={notice.id} {...notice} />
        ))}
      </div>
    </div>
  );
}

function NoticeItem({ id, message, tone, actions = [] }: Notice) {
  const dismissNotice = useAppState().notices.dismiss;
  return (
    <div className={`toast toast-${tone}`}>
      <span>
        <Isolated text={message} />
      </span>
      {actions.map((action) => (
        <button
          key={action.label}
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => {
            action.onAction();
            dismissNotice(id);
          }}
        >
          {action.label}
        </button>
      ))}
      <button
        type="button"
        className="icon-button"
        aria-label="Dismiss message"
        onClick={() => dismissNotice(id)}
      >
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}
