import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { FoldedLines } from './insight-summary';

const lines = ['Acme', 'Beta', 'Corp', 'Delta', 'Echo'].map((company) => ({
  offerId: company.toLowerCase(),
  company,
  text: ' would tie with a raise.',
}));

describe('FoldedLines', () => {
  it('shows three offers and builds the rest only when "2 more offers" is opened', async () => {
    render(<FoldedLines lines={lines} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByText('Delta')).toBeNull();

    fireEvent.click(screen.getByText('2 more offers'));

    await waitFor(() => expect(screen.getAllByRole('listitem')).toHaveLength(5));
    expect(screen.getByText('Echo')).toBeInTheDocument();
  });
});
