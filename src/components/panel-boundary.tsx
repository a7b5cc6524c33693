import { Component, Suspense, type ReactNode } from 'react';
import { Button } from './button';
import { LoadFailedError } from '../lib/import-retrying';
import { retryFailedLoads } from './retryable-lazy';
import './panel-boundary.css';

interface PanelBoundaryProps {
  /** What the part of the page is, as the message names it: "Insights", "The offer form". */
  name: string;
  /** Shown while the part's code loads (a Suspense fallback). */
  loading?: ReactNode;
  /** Frame the message as a panel, where a whole panel stood. */
  panel?: boolean;
  children: ReactNode;
}

interface PanelBoundaryState {
  error: unknown;
  retries: number;
}

/**
 * Keeps a failure inside the part of the page that failed: its code did not
 * load (offline, or a redeploy replaced it) or it threw while drawing. The
 * part says so in words and offers Retry; the rest of the page works on.
 */
export class PanelBoundary extends Component<PanelBoundaryProps, PanelBoundaryState> {
  override state: PanelBoundaryState = { error: null, retries: 0 };

  static getDerivedStateFromError(error: unknown): Partial<PanelBoundaryState> {
    return { error };
  }

  retry = () => {
    retryFailedLoads();
    this.setState(({ retries }) => ({ error: null, retries: retries + 1 }));
  };

  override render() {
    const { name, loading, panel, children } = this.props;
    const { error, retries } = this.state;
    if (error === null) {
      return loading === undefined ? children : <Suspense fallback={loading}>{children}</Suspense>;
    }
    const notLoaded = error instanceof LoadFailedError;
    const message = (
      <div className="callout callout-danger load-failed" role="alert">
        <p>
          <strong>
            {notLoaded ? `${name} could not be loaded.` : `${name} stopped with an error.`}
          </strong>
        </p>
        <p className="small">
          {notLoaded
            ? 'The connection may have dropped, or Tradeoff was updated since this page opened.'
            : 'The rest of the page still works.'}{' '}
          {retries > 0
            ? 'If Retry keeps failing, reload the page.'
            : 'Nothing you entered is lost.'}
        </p>
        <Button size="sm" onClick={this.retry}>
          Retry
        </Button>
      </div>
    );
    return panel ? <div className="panel">{message}</div> : message;
  }
}
