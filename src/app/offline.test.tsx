import { act, screen, within } from '@testing-library/react';
import { StatusRegion } from '../components/status-region';
import { renderWithStore } from '../testing/render';
import { promptUpdate } from './offline';

describe('the update notice', () => {
  const setup = (editing: { open: boolean }) => {
    const flush = vi.fn();
    const activate = vi.fn();
    const rendered = renderWithStore(<StatusRegion />);
    act(() =>
      promptUpdate(
        { notify: rendered.app.notices.notify, flush, isEditing: () => editing.open },
        activate,
      ),
    );
    return { ...rendered, flush, activate };
  };

  it('waits for Reload, then saves what is pending before the new version takes over', async () => {
    const { user, flush, activate } = setup({ open: false });
    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Tradeoff is ready.');
    // Nothing happens on its own: no save forced, no reload.
    expect(activate).not.toHaveBeenCalled();

    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(flush).toHaveBeenCalledTimes(1);
    expect(activate).toHaveBeenCalledTimes(1);
    expect(flush.mock.invocationCallOrder[0]).toBeLessThan(activate.mock.invocationCallOrder[0]!);
  });

  it('does not reload over an open offer form; asks to save it first and offers Reload again', async () => {
    const editing = { open: true };
    const { user, activate } = setup(editing);
    const status = screen.getByRole('status');

    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(activate).not.toHaveBeenCalled();
    expect(status).toHaveTextContent(
      'Save or cancel the offer you are editing, then choose Reload.',
    );

    editing.open = false;
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(activate).toHaveBeenCalledTimes(1);
  });
});
