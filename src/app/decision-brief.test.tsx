import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createDocument, withExampleOffers } from '../domain';
import { createAppState } from '../store/app-state';
import { App } from './app';

// The brief loads lazily in the app; loaded here up front, so no test waits on a slow machine.
await import('./decision-brief-page');

const NOW = '2026-11-25T12:00:00.000Z';

const openBrief = async () => {
  const app = createAppState({ document: withExampleOffers(createDocument(), NOW) });
  render(<App app={app} />);
  const user = userEvent.setup({ delay: null });
  const exportButton = screen.getByRole('button', { name: /^Export/ });
  // By keyboard: focus Export, open it, Tab to the brief, Enter.
  exportButton.focus();
  await user.keyboard('{Enter}');
  const choice = screen.getByRole('button', { name: 'Decision brief' });
  while (document.activeElement !== choice) await user.tab();
  await user.keyboard('{Enter}');
  const brief = await screen.findByRole('article', { name: 'Decision brief' });
  return { app, user, brief, exportButton };
};

/** The ranking rows: rank, offer, score, then the points of each factor. */
const rankingRows = (brief: HTMLElement) =>
  within(within(brief).getByRole('region', { name: 'Ranking' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    );

describe('the decision brief', () => {
  it('opens from Export by keyboard with the ranking, its factor split, insights, key rows and notes', async () => {
    const { brief } = await openBrief();
    // Focus moves once the brief has rendered (an effect): wait for it, as a person would.
    const heading = within(brief).getByRole('heading', { name: 'Decision brief' });
    await waitFor(() => expect(heading).toHaveFocus());
    // The comparison makes way for it.
    expect(screen.queryByRole('list', { name: 'Ranking' })).not.toBeInTheDocument();

    expect(brief).toHaveTextContent(
      'Weights used: Compensation 40 % · Growth 25 % · Culture 15 % · Work-life balance 20 %',
    );
    const names = within(within(brief).getByRole('region', { name: 'Ranking' }))
      .getAllByRole('rowheader')
      .map((cell) => cell.textContent);
    expect(names.map((n) => n?.replace(/Senior Product Manager|Lead Product Manager/, ''))).toEqual(
      ['Northwind', 'Fieldnote', 'Kontor', 'Lumen Labs'],
    );
    for (const [rank, score, ...split] of rankingRows(brief)) {
      expect(rank).toMatch(/^\d/);
      // The factor split adds up to the score (each part rounded to 0.1).
      const sum = split.reduce((total, points) => total + Number(points), 0);
      expect(Math.abs(sum - Number(score))).toBeLessThan(0.25);
    }

    const insights = within(brief).getByRole('region', { name: 'Insights' });
    expect(insights).toHaveTextContent('Northwind leads by');
    expect(insights).toHaveTextContent('What a raise would do');

    const table = within(brief).getByRole('region', { name: 'Side by side' });
    const total = within(table).getByRole('row', { name: /Total score/ });
    // The best value is marked in words, not by colour alone.
    expect(within(total).getAllByText(/best/)).toHaveLength(1);
    // No row is empty for every offer ($0, no cap, not given).
    const empty = /^(—|[$€£]0|0 [€$£]|No cap|Not given|None)$/;
    for (const row of within(table).getAllByRole('row').slice(1)) {
      const cells = within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent?.replace('★ best', '').trim() ?? '');
      expect(
        cells.some((text) => !empty.test(text)),
        row.textContent ?? '',
      ).toBe(true);
    }
    // The brief says what its figures are.
    expect(brief).toHaveTextContent(/Pay\s*Before tax, a year on average over 4 years/);
    expect(brief).toHaveTextContent(/Exchange rates\s*1 EUR = /);

    const notes = within(brief).getByRole('region', { name: 'Deadlines and notes' });
    expect(notes).toHaveTextContent('Northwind — decide by Dec 9, 2026');
    expect(notes).toHaveTextContent('Series B startup');
  });

  it('copies the ranking and the insight sentences as text', async () => {
    const { user, brief } = await openBrief();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');

    await user.click(within(brief).getByRole('button', { name: 'Copy as text' }));

    expect(await screen.findByText('Brief copied as text.')).toBeInTheDocument();
    // Plain text for an e-mail: no invisible direction marks travel with it.
    const text = String(writeText.mock.calls[0]?.[0]);
    expect(text).not.toMatch(/[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/);
    expect(text).toMatch(/^1\. Northwind \(Senior Product Manager\): \d+\.\d — Compensation /m);
    expect(text).toMatch(/^4\. Lumen Labs/m);
    const sentences = within(within(brief).getByRole('region', { name: 'Insights' }))
      .getAllByRole('paragraph')
      .map((p) => p.textContent ?? '');
    for (const sentence of sentences) expect(text).toContain(sentence);
    expect(text).toContain('Weights: Compensation 40 %');
  });

  it('shows the text to copy by hand when the browser refuses the clipboard', async () => {
    const { user, brief } = await openBrief();
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'));
    await user.click(within(brief).getByRole('button', { name: 'Copy as text' }));
    const box = await screen.findByRole('textbox', { name: 'Brief as text' });
    expect((box as HTMLTextAreaElement).value).toMatch(/Northwind\u2069? leads by/);
  });

  it('goes back to the comparison and puts focus back on Export', async () => {
    const { user, brief, exportButton } = await openBrief();
    await user.click(within(brief).getByRole('button', { name: /Back to the comparison/ }));
    expect(await screen.findByRole('list', { name: 'Ranking' })).toBeInTheDocument();
    await waitFor(() => expect(exportButton).toHaveFocus());
  });
});
