import { useRef, useState, type ReactNode } from 'react';
import { PanelBoundary } from '../components/panel-boundary';
import { retryableLazy } from '../components/retryable-lazy';
import { StatusRegion } from '../components/status-region';
import { PanelPlaceholder, WhenNear } from '../components/when-near';
import { LazyComparisonCharts } from '../features/comparison/lazy-charts';
import { RankingPanel } from '../features/comparison/ranking-panel';
import { DataActions } from '../features/data-transfer/data-actions';
import { ShareLinkSlot } from '../features/data-transfer/share-link-slot';
import { StorageBanner } from '../features/data-transfer/storage-banner';
import { AddOfferButton } from '../features/offers/add-offer-button';
import { OffersEmptyState } from '../features/offers/empty-state';
import { OfferEditor } from '../features/offers/offer-editor';
import { OffersSection } from '../features/offers/offers-list';
import { WeightsPanel } from '../features/weights/weights-panel';
import { AppStateProvider } from '../store/app-context';
import type { AppState } from '../store/app-state';
import { useDocument } from '../store/document-context';
import { AppBoundary } from './app-boundary';
import { BrandMark } from './brand-mark';
import { ThemeToggle } from './theme-toggle';
import './app.css';

/*
 * Panels below the ranking load on their own so that the first screen (the
 * ranking, the offers and the weights) is usable before their code arrives,
 * and only once the person comes near them (WhenNear). If the code never
 * arrives, each says so in its place and offers Retry.
 */
const InsightsPanel = retryableLazy(
  () => import('../features/insights/insights-panel'),
  (m) => m.InsightsPanel,
);
const SideBySideTable = retryableLazy(
  () => import('../features/comparison/side-by-side'),
  (m) => m.SideBySideTable,
);
/** The decision brief (print, PDF, text) loads when it is first opened from Export. */
const DecisionBriefPage = retryableLazy(
  () => import('./decision-brief-page'),
  (m) => m.DecisionBriefPage,
);
const panelLoading = <div className="panel panel-loading" aria-hidden="true" />;

export function App({ app }: { app: AppState }) {
  const [briefOpen, setBriefOpen] = useState(false);
  const returnFocus = useRef<HTMLElement | null>(null);
  const openBrief = (from: HTMLElement | null) => {
    returnFocus.current = from;
    setBriefOpen(true);
  };
  const closeBrief = () => {
    setBriefOpen(false);
    returnFocus.current?.focus();
  };
  return (
    <AppStateProvider app={app}>
      <AppBoundary>
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
              <DataActions onOpenBrief={openBrief} />
              <AddOfferButton />
              <ThemeToggle />
            </div>
          </header>
          <StorageBanner />
          <ShareLinkSlot />
          {briefOpen ? (
            <main className="brief-page">
              <PanelBoundary name="Decision brief" loading={panelLoading} panel>
                <DecisionBriefPage onClose={closeBrief} />
              </PanelBoundary>
            </main>
          ) : (
            <Workspace />
          )}
          <OfferEditor />
          <StatusRegion />
        </div>
      </AppBoundary>
    </AppStateProvider>
  );
}

function Workspace() {
  const hasOffers = useDocument((document) => document.offers.length > 0);
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
        <LazyPanelWhenNear title="Insights">
          <InsightsPanel />
        </LazyPanelWhenNear>
        <OffersSection />
        <WhenNear title="Why they rank this way">
          <LazyComparisonCharts />
        </WhenNear>
        <LazyPanelWhenNear title="Side by side">
          <SideBySideTable />
        </LazyPanelWhenNear>
      </div>
    </main>
  );
}

/**
 * A lazy panel below the first screen: its heading holds its place until the
 * person comes near, then while its code loads; a failure says so in its place.
 */
function LazyPanelWhenNear({ title, children }: { title: string; children: ReactNode }) {
  return (
    <WhenNear title={title}>
      <PanelBoundary name={title} loading={<PanelPlaceholder title={title} />} panel>
        {children}
      </PanelBoundary>
    </WhenNear>
  );
}
