import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import { catchDownloads } from '../testing/download-spy';
import { AppStateProvider } from '../store/app-context';
import { createAppState } from '../store/app-state';
import { AppBoundary } from './app-boundary';

function Crashing(): never {
  throw new Error('Cannot read properties of undefined');
}

describe('AppBoundary', () => {
  beforeEach(() => {
    // React reports the caught error on the console; it is the one this test throws.
    vi.spyOn(console, 'error').mockImplementation(() => {});
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('says what happened when the page crashes and exports the document in memory', async () => {
    const spy = catchDownloads();
    try {
      const app = createAppState({
        document: makeDocument({ offers: [makeOffer({ id: 'acme', company: 'Acme' })] }),
      });
      render(
        <AppStateProvider app={app}>
          <AppBoundary>
            <Crashing />
          </AppBoundary>
        </AppStateProvider>,
      );

      expect(screen.getByRole('heading', { name: 'Tradeoff stopped working' })).toBeInTheDocument();
      expect(screen.getByText('Cannot read properties of undefined')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();

      await userEvent.click(screen.getByRole('button', { name: 'Export JSON' }));

      expect(spy.downloads).toHaveLength(1);
      const [file] = spy.downloads;
      expect(file!.name).toMatch(/^tradeoff-\d{4}-\d{2}-\d{2}\.json$/);
      expect(JSON.parse(await file!.text())).toEqual(app.document.get());
      expect(screen.getByRole('status')).toHaveTextContent(`Exported ${file!.name}`);
    } finally {
      spy.restore();
    }
  });
});
