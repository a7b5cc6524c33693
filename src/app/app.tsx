import { Suspense, lazy } from 'react';
import { StatusRegion } from '../components/status-region';
import { LazyComparisonCharts } from '../features/comparison/lazy-charts';
import { RankingPanel } from '../features/comparison/ranking-panel';
import { DataActions } from '../features/data-transfer/data-actions';
import { ShareLinkPrompt } from '../features/data-transfer/share-link-prompt';
import { StorageBanner } from '../features/data-transfer/storage-banner';
import { AddOfferButton } from '../features/offers/add-offer-button';
import { OffersEmptyState } from '../features/offers/empty-state';
import { OfferEditor } from '../features/offers/offer-editor';
import { OffersSection } from '../features/offers/offers-list';
import { WeightsPanel } from '../features/weights/weights-panel';
import { AppStateProvider } from '../store/app-context';
import type { AppState } from '../store/app-state';
import { useDocument } from '../store/document-context';
import { BrandMark } from './brand-mark';
import { ThemeToggle } from './theme-toggle';

/*
 * Panels below the ranking load on their own so that the first screen (the
 * ranking, the offers and the weights) is usable before their code arrives.
 */
const InsightsPanel = lazy(() =>
  import('../features/insights/insights-panel').then((m) => ({ default: m.InsightsPanel })),
);
const SideBySideTable = lazy(() =>
  import('../features/comparison/side-by-side').then((m) => ({ default: m.SideBySideTable })),
);

export function App({ app }: { app: AppState }) {
  return (
    <AppStateProvider app={app}>
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
            <DataActions />
            <AddOfferButton />
            <ThemeToggle />
          </div>
        </header>
        <StorageBanner />
        <ShareLinkPrompt />
        <Workspace />
        <OfferEditor />
        <StatusRegion />
      </div>
    </AppStateProvider>
  );
}

function Workspace() {
  const hasOffers = useDocument().offers.length > 0;
  if (!hasOffers) {
    return (
      <main>
        <OffersEmptyState />
      </main>
    );
  }
  return (
    <main className="layout">
      <div className="layout-side">
        <div className="slot-weights">
          <WeightsPanel />
        </div>
      </div>
      <div className="layout-main">
        <div className="slot-ranking">
          <RankingPanel />
        </div>
        <Suspense fallback={<div className="panel panel-loading" aria-hidden="true" />}>
          <InsightsPanel />
        </Suspense>
        <OffersSection />
        <LazyComparisonCharts />
        <Suspense fallback={<div className="panel panel-loading" aria-hidden="true" />}>
          <SideBySideTable />
        </Suspense>
      </div>
    </main>
  );
}
