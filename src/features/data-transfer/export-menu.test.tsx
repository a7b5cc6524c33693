import { screen } from '@testing-library/react';
import { StatusRegion } from '../../components/status-region';
import type { TradeoffDocument } from '../../domain';
import { readSharedData } from '../../storage/share-link';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { DataActions } from './data-actions';
import { catchDownloads } from '../../testing/download-spy';

const twoOffers = () =>
  makeDocument({
    offers: [
      makeOffer({ id: 'a', company: 'Acme', notes: '=1+1' }),
      makeOffer({ id: 'g', company: 'Globex' }),
    ],
  });

const setup = (document: TradeoffDocument = twoOffers()) =>
  renderWithStore(
    <>
      <DataActions />
      <StatusRegion />
    </>,
    document,
  );

const today = () => {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
};

let spy: ReturnType<typeof catchDownloads>;
beforeEach(() => {
  spy = catchDownloads();
});
afterEach(() => {
  spy.restore();
});

describe('Export', () => {
  it('opens and closes its list of choices, telling assistive tech which it is', async () => {
    const { user } = setup();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Export JSON' })).not.toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('button', { name: 'Export JSON' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Export CSV' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Copy share link' })).toBeVisible();
  });

  it('works from the keyboard and closes on Escape, back on the Export button', async () => {
    const { user } = setup();
    screen.getByRole('button', { name: 'Export' }).focus();
    await user.keyboard('{Enter}');
    await user.tab();
    expect(screen.getByRole('button', { name: 'Export JSON' })).toHaveFocus();

    await user.keyboard('{Escape}');
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
  });

  it('closes when the person clicks elsewhere', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(document.body);
    expect(screen.getByRole('button', { name: 'Export' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
  });

  it('downloads the full document as tradeoff-YYYY-MM-DD.json, pretty-printed', async () => {
    const document = twoOffers();
    const { user } = setup(document);
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Export JSON' }));

    const [file] = spy.downloads;
    expect(file?.name).toBe(`tradeoff-${today()}.json`);
    expect(file?.type).toBe('application/json');
    const text = await file!.text();
    expect(JSON.parse(text)).toEqual(document);
    expect(text).toContain('\n  "format": "tradeoff"');
    expect(screen.getByRole('status')).toHaveTextContent(`Exported tradeoff-${today()}.json`);
  });

  it('downloads a CSV with one row per offer, safe for spreadsheets', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));

    expect(await screen.findByText(`Exported tradeoff-${today()}.csv`)).toBeInTheDocument();
    const [file] = spy.downloads;
    expect(file?.name).toBe(`tradeoff-${today()}.csv`);
    const lines = (await file!.text()).split('\r\n').filter(Boolean);
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^Company,Role,/);
    // A UTF-8 byte-order mark, so spreadsheet apps read accents correctly.
    expect([...(await file!.bytes()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(lines[1]).toContain("'=1+1");
  });

  it('copies a share link that holds the document', async () => {
    const document = twoOffers();
    const { user } = setup(document);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));

    const url = String(writeText.mock.calls[0]?.[0]);
    expect(readSharedData(url.slice(url.indexOf('#')))).toEqual({
      kind: 'ok',
      document,
      warnings: [],
    });
    expect(await screen.findByText(/Share link copied/)).toBeInTheDocument();
  });

  it('shows the link to copy by hand when the clipboard refuses', async () => {
    const { user } = setup();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));

    const field = await screen.findByRole('textbox', { name: 'Share link' });
    expect((field as HTMLTextAreaElement).value).toMatch(/#data=/);
  });

  it('refuses a share link over 100,000 characters and says why', async () => {
    let seed = 7;
    const noise = () =>
      Array.from({ length: 4000 }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String(seed % 10);
      }).join('');
    const big = makeDocument({
      offers: Array.from({ length: 60 }, (_, i) => makeOffer({ id: `o${i}`, notes: noise() })),
    });
    const { user } = setup(big);
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy share link' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(/the limit is 100,000/);
    expect(writeText).not.toHaveBeenCalled();
  });
});
