import { useEffect, useId, useRef, type ReactNode } from 'react';
import { dialogClosed, dialogOpened, useDialogStack } from './open-dialogs';
import './button.css';
import './dialog.css';

export interface DialogProps {
  open: boolean;
  onClose: () => void;
  /** The visible heading (e.g. "Edit offer"), which names the dialog. */
  title: ReactNode;
  children: ReactNode;
  size?: 'md' | 'lg';
  /** A selector for the element that takes focus when the dialog opens (else the browser's choice). */
  initialFocus?: string;
}

/**
 * A modal built on the native <dialog>: the browser traps focus, Escape
 * closes it and focus returns to the button that opened it.
 */
export function Dialog({ open, onClose, title, children, size = 'md', initialFocus }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const stack = useDialogStack();
  // What the owner wants now, read when the browser closes the dialog on its own.
  const wanted = useRef({ open, onClose });
  useEffect(() => {
    wanted.current = { open, onClose };
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
      dialogOpened(stack, dialog);
      // Content drawn with the dialog is focused here; content that arrives later focuses itself.
      if (initialFocus) dialog.querySelector<HTMLElement>(initialFocus)?.focus();
    } else if (!open && dialog.open) {
      if (typeof dialog.close === 'function') dialog.close();
      else dialog.removeAttribute('open');
      dialogClosed(stack, dialog);
    }
  }, [open, stack, initialFocus]);

  // A dialog unmounted while open (its owner went away) is no longer on top.
  useEffect(() => {
    const dialog = ref.current;
    return () => {
      if (dialog) dialogClosed(stack, dialog);
    };
  }, [stack]);

  return (
    <dialog
      ref={ref}
      aria-labelledby={headingId}
      aria-describedby={undefined}
      className={`dialog dialog-${size}`}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onClose={() => {
        // Chromium lets a page refuse Escape only once per user action: a further Escape closes
        // the dialog without asking. While the owner still wants it open, it opens again at once
        // with everything in it, and the owner is asked to close, as for any Escape.
        const dialog = ref.current;
        if (!dialog || dialog.open || !wanted.current.open) return;
        if (typeof dialog.showModal === 'function') dialog.showModal();
        wanted.current.onClose();
      }}
    >
      {open && (
        <div className="dialog-body">
          <header className="dialog-header">
            <h2 id={headingId}>{title}</h2>
            <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
              <span aria-hidden="true">×</span>
            </button>
          </header>
          {/* Status messages move here while this dialog is open (see status-region). */}
          <div className="dialog-status" />
          {children}
        </div>
      )}
    </dialog>
  );
}
