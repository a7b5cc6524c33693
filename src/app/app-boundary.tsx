import { Component, useId, type ReactNode } from 'react';
import { Button } from '../components/button';
import { StatusRegion } from '../components/status-region';
import { exportJson } from '../features/data-transfer/export-files';
import { useNotify } from '../store/app-context';
import { useDocumentStore } from '../store/document-context';
import './app-boundary.css';

/**
 * The last line: if the page itself crashes (anything the panels' own
 * boundaries do not hold), say what happened and hand over the document that
 * is still in memory, before a reload that might not bring it back (storage
 * full or blocked, or the saved copy is what breaks the page).
 */
export class AppBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state = { error: null as unknown };

  static getDerivedStateFromError(error: unknown) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    return error === null ? this.props.children : <CrashScreen error={error} />;
  }
}

function CrashScreen({ error }: { error: unknown }) {
  const store = useDocumentStore();
  const notify = useNotify();
  const titleId = useId();
  const detail = error instanceof Error ? error.message : String(error);
  return (
    <div className="app">
      <main className="panel crash" aria-labelledby={titleId}>
        <h1 id={titleId}>Tradeoff stopped working</h1>
        <p>
          Something went wrong and the page could not go on. The error was:{' '}
          <code className="crash-detail">{detail}</code>
        </p>
        <p>
          Everything you entered is still here. Export it as a JSON file first; if a reload does not
          bring your offers back, Import reads that file.
        </p>
        <div className="button-row">
          <Button variant="primary" onClick={() => exportJson(store.get(), notify)}>
            Export JSON
          </Button>
          <Button onClick={() => window.location.reload()}>Reload</Button>
        </div>
      </main>
      <StatusRegion />
    </div>
  );
}
