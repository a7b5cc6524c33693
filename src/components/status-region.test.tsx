import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { notify } from '../store/notices';
import { Dialog } from './dialog';
import { StatusRegion } from './status-region';

const Page = ({ open }: { open: boolean }) => (
  <>
    <Dialog open={open} onClose={() => {}} label="Offer" title="New offer">
      <p>Form</p>
    </Dialog>
    <StatusRegion />
  </>
);

describe('status region', () => {
  it('announces a message with its action and runs the action once', async () => {
    const onUndo = vi.fn();
    render(<Page open={false} />);
    act(() => {
      notify({
        message: 'Deleted Acme',
        tone: 'info',
        action: { label: 'Undo', onAction: onUndo },
      });
    });

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Deleted Acme');
    await userEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(status).not.toHaveTextContent('Deleted Acme');
  });

  it('shows errors as an alert', () => {
    render(<Page open={false} />);
    act(() => {
      notify({ message: 'This list is full', tone: 'error' });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('This list is full');
  });

  it('moves into an open modal dialog so that its messages stay visible and reachable', () => {
    const { rerender } = render(<Page open />);
    act(() => {
      notify({ message: 'This list is full', tone: 'error' });
    });
    expect(
      within(screen.getByRole('dialog', { name: 'Offer' })).getByRole('alert'),
    ).toHaveTextContent('This list is full');

    rerender(<Page open={false} />);
    expect(screen.getByRole('alert', { hidden: true }).closest('dialog')).toBeNull();
  });
});
