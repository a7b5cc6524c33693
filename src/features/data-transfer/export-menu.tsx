import { useEffect, useId, useRef, useState } from 'react';
import { Button } from '../../components/button';
import { useNotify } from '../../store/app-context';
import { useDocumentStore, useTaxRules } from '../../store/document-context';
import { exportCsv, exportJson } from './export-files';
import { ShareLinkDialog, useCopyShareLink } from './share-link-copy';

/**
 * Export as a disclosure: the button says whether the list is open
 * (aria-expanded), Tab walks through the choices, Escape closes the list and
 * puts focus back on the button, a click elsewhere closes it.
 *
 * `onOpenBrief` adds "Decision brief" (composed in src/app); it is handed the
 * Export button, for focus to return to when the brief closes.
 */
export function ExportMenu({
  onOpenBrief,
}: {
  onOpenBrief?: (returnFocusTo: HTMLElement | null) => void;
}) {
  const store = useDocumentStore();
  const notify = useNotify();
  const rules = useTaxRules();
  const [open, setOpen] = useState(false);
  const wrapper = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const listId = useId();
  const share = useCopyShareLink();

  useEffect(() => {
    if (!open) return;
    const inside = (target: EventTarget | null) =>
      target instanceof Node && wrapper.current?.contains(target) === true;
    const onPointer = (event: PointerEvent) => {
      if (!inside(event.target)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      toggle.current?.focus();
    };
    const onFocusOut = (event: FocusEvent) => {
      if (event.relatedTarget !== null && !inside(event.relatedTarget)) setOpen(false);
    };
    const root = wrapper.current;
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    root?.addEventListener('focusout', onFocusOut);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
      root?.removeEventListener('focusout', onFocusOut);
    };
  }, [open]);

  const choose = (action: () => void) => () => {
    setOpen(false);
    action();
  };

  return (
    <div ref={wrapper} className="export-menu">
      <button
        ref={toggle}
        type="button"
        className="btn btn-secondary"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((value) => !value)}
      >
        Export <span aria-hidden="true">▾</span>
      </button>
      <ul id={listId} className="export-menu-list" hidden={!open}>
        <li>
          <Button variant="ghost" onClick={choose(() => exportJson(store.get(), notify))}>
            Export JSON
          </Button>
        </li>
        <li>
          <Button
            variant="ghost"
            onClick={choose(() => void exportCsv(store.get(), notify, rules))}
          >
            Export CSV
          </Button>
        </li>
        <li>
          <Button variant="ghost" onClick={choose(() => share.copy(store.get()))}>
            Copy share link
          </Button>
        </li>
        {onOpenBrief && (
          <li>
            <Button
              variant="ghost"
              onClick={() => {
                setOpen(false);
                onOpenBrief(toggle.current);
              }}
            >
              Decision brief
            </Button>
          </li>
        )}
      </ul>
      <ShareLinkDialog url={share.fallbackUrl} onClose={share.dismissFallback} />
    </div>
  );
}
