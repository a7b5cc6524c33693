import { screen, within } from '@testing-library/react';
import axe from 'axe-core';
import { recruiterQuestions } from '../../domain';
import { StatusRegion } from '../../components/status-region';
import { makeDocument, makeStartupOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { RecruiterSection } from './recruiter-section';

const lumen = makeStartupOffer(
  { exits: [{ label: 'big', value: 200_000_000, year: 1, pct: 50, kind: 'acquisition' }] },
  { workLife: { officeDaysPerWeek: 5 } },
);

const renderSection = () => {
  const document = makeDocument({ offers: [lumen] });
  return renderWithStore(
    <>
      <RecruiterSection entries={recruiterQuestions(document)} currency="USD" />
      <StatusRegion />
    </>,
    document,
  );
};

describe('Ask the recruiter', () => {
  it('lists each question with why it matters and how far the answer moves the comparison', async () => {
    const { container } = renderSection();
    const section = screen.getByRole('region', { name: 'Ask the recruiter' });
    const items = within(section).getAllByRole('listitem');
    const preference = items.find((item) => /preference stack/.test(item.textContent ?? ''));
    expect(preference).toHaveTextContent(
      'The answer can move Lumen’s yearly pay in this comparison by up to $37,500 (against no preference at all).',
    );
    expect(items.find((item) => /83\(b\)/.test(item.textContent ?? ''))).toHaveTextContent(
      'It does not change the figures here, but it is worth knowing before you sign.',
    );
    expect((await axe.run(container)).violations).toEqual([]);
  });

  it('copies every question as text', async () => {
    const { user } = renderSection();
    const writeText = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy questions as text' }));
    const text = String(writeText.mock.calls[0]?.[0]);
    expect(text.split('\n').slice(0, 4)).toEqual([
      'Questions for Lumen',
      '1. What is the preference stack, series by series: money in, price per share, multiple, participating or not?',
      '   Investors take their preference back before common shares get anything, and a participating or 2× series takes more, so a modest exit can leave you little.',
      '   The answer can move Lumen’s yearly pay in this comparison by up to $37,500 (against no preference at all).',
    ]);
    expect(text).toContain('3. Can I exercise early and file an 83(b) election?');
    expect(await screen.findByText('Questions copied as text')).toBeInTheDocument();
  });
});
