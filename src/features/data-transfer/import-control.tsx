import { useRef, useState } from 'react';
import { Button } from '../../components/button';
import { PanelBoundary } from '../../components/panel-boundary';
import { retryableLazy } from '../../components/retryable-lazy';

// Reading, checking and previewing a file load once a file is chosen, not with the page.
const ImportDialog = retryableLazy(
  () => import('./import-dialog'),
  (module) => module.ImportDialog,
);

/** Import button, the hidden file input it opens, and the dialog that follows. */
export function ImportControl() {
  const input = useRef<HTMLInputElement>(null);
  // A new dialog for each file chosen, even the same one twice.
  const [chosen, setChosen] = useState<{ file: File; n: number } | null>(null);

  return (
    <>
      <Button onClick={() => input.current?.click()}>Import</Button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,.csv,text/csv"
        aria-label="Import file"
        className="visually-hidden"
        tabIndex={-1}
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          // Cleared so that choosing the same file again still fires a change.
          event.currentTarget.value = '';
          if (file) setChosen((was) => ({ file, n: (was?.n ?? 0) + 1 }));
        }}
      />
      {chosen && (
        <PanelBoundary name="Import" loading={null}>
          <ImportDialog key={chosen.n} file={chosen.file} onClose={() => setChosen(null)} />
        </PanelBoundary>
      )}
    </>
  );
}
