import { StatusRegion } from '../components/status-region';
import { DocumentStoreProvider } from '../store/document-context';
import type { DocumentStore } from '../store/document-store';
import { BrandMark } from './brand-mark';
import { ThemeToggle } from './theme-toggle';

export function App({ store }: { store: DocumentStore }) {
  return (
    <DocumentStoreProvider store={store}>
      <div className="app">
        <header className="app-header">
          <div className="brand">
            <BrandMark />
            <div>
              <h1>Tradeoff</h1>
              <p>
                Compare job offers on pay, growth, culture and work-life balance — privately, in
                your browser.
              </p>
            </div>
          </div>
          <div className="header-actions">
            <ThemeToggle />
          </div>
        </header>
        <main className="layout">
          <div className="layout-side">{/* Weights */}</div>
          <div className="layout-main">{/* Offers, ranking, charts, side by side */}</div>
        </main>
        <StatusRegion />
      </div>
    </DocumentStoreProvider>
  );
}
