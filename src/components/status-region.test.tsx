import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Dialog } from './dialog';
import { renderWithStore } from '../testing/render';
import { StatusRegion } from './status-region';
import { AUTO_DISMISS_MS } from '../store/notices';

const Page = ({ open }: { open: boolean }) => (
  <>
    <Dialog open={open} onClose={() => {}} title="New offer">
      <p>Form</p>
    </Dialog>
    <StatusRegion />
  </>
);

describe('status region', () => {
  it('announces a message with its action and runs the action once', async () => {
    const onUndo = vi.fn();
    const { app } = renderWithStore(<Page open={false} />);
    act(() => {
      app.notices.notify({
        message: 'Deleted Acme',
        tone: 'info',
        actions: [{ label: 'Undo', onAction: onUndo }],
      });
    });

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('Deleted Acme');
    await userEvent.click(within(status).getByRole('button', { name: 'Undo' }));
    expect(onUndo).toHaveBeenCalledTimes(1);
    expect(status).not.toHaveTextContent('Deleted Acme');
  });

  it('offers both answers to a question and runs only the one chosen', async () => {
    const undo = vi.fn();
    const keep = vi.fn();
    const { app, user } = renderWithStore(<Page open={false} />);
    act(() => {
      app.notices.notify({
        message: 'Acme was changed after the import.',
        tone: 'info',
        actions: [
          { label: 'Undo anyway', onAction: undo },
          { label: 'Keep Acme', onAction: keep },
        ],
      });
    });

    const status = screen.getByRole('status');
    expect(within(status).getByRole('button', { name: 'Undo anyway' })).toBeVisible();
    await user.click(within(status).getByRole('button', { name: 'Keep Acme' }));
    expect(keep).toHaveBeenCalledTimes(1);
    expect(undo).not.toHaveBeenCalled();
    expect(status).not.toHaveTextContent('Acme was changed');
  });

  it('shows errors as an alert', () => {
    const { app } = renderWithStore(<Page open={false} />);
    act(() => {
      app.notices.notify({ message: 'This list is full', tone: 'error' });
    });
    expect(screen.getByRole('alert')).toHaveTextContent('This list is full');
  });

  it('moves into an open modal dialog so that its messages stay visible and reachable', () => {
    const { app, rerender } = renderWithStore(<Page open />);
    act(() => {
      app.notices.notify({ message: 'This list is full', tone: 'error' });
    });
    expect(
      within(screen.getByRole('dialog', { name: /^(New|Edit) offer$/ })).getByRole('alert'),
    ).toHaveTextContent('This list is full');

    rerender(<Page open={false} />);
    expect(screen.getByRole('alert', { hidden: true }).closest('dialog')).toBeNull();
  });

  it('lets every message fade after about 6 s, errors too, but keeps one that offers Undo', () => {
    vi.useFakeTimers();
    try {
      const { app } = renderWithStore(<Page open={false} />);
      act(() => {
        app.notices.notify({ message: 'Saved a copy', tone: 'success' });
        app.notices.notify({ message: 'Could not copy', tone: 'error' });
        app.notices.notify({
          message: 'Deleted Acme',
          tone: 'info',
          actions: [{ label: 'Undo', onAction: () => {} }],
        });
      });
      expect(AUTO_DISMISS_MS).toBeGreaterThanOrEqual(5000);
      expect(AUTO_DISMISS_MS).toBeLessThanOrEqual(7000);
      act(() => vi.advanceTimersByTime(AUTO_DISMISS_MS - 100));
      expect(screen.getByRole('status')).toHaveTextContent('Saved a copy');
      expect(screen.getByRole('alert')).toHaveTextContent('Could not copy');

      act(() => vi.advanceTimersByTime(200));
      expect(screen.getByRole('status')).not.toHaveTextContent('Saved a copy');
      expect(screen.getByRole('alert')).not.toHaveTextContent('Could not copy');
      act(() => vi.advanceTimersByTime(60_000));
      expect(screen.getByRole('status')).toHaveTextContent('Deleted Acme');
    } finally {
      vi.useRealTimers();
    }
  });
});
