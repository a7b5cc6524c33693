import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PanelBoundary } from './panel-boundary';
import { retryableLazy } from './retryable-lazy';

// React reports every error a boundary catches on the console; these are expected.
beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
});

const panelModule = { Panel: () => <p>The insights</p> };

describe('PanelBoundary', () => {
  it('says in words that a panel could not load, and loads it on Retry', async () => {
    const load = vi
      .fn<() => Promise<typeof panelModule>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch'))
      .mockResolvedValue(panelModule);
    const Panel = retryableLazy(load, (module) => module.Panel);
    render(
      <>
        <PanelBoundary name="Insights" loading={<p>Loading…</p>} panel>
          <Panel />
        </PanelBoundary>
        <p>The ranking</p>
      </>,
    );

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Insights could not be loaded.');
    expect(screen.getByText('The ranking')).toBeInTheDocument();

    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(await screen.findByText('The insights')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('asks for a reload when Retry fails again', async () => {
    const load = vi
      .fn<() => Promise<typeof panelModule>>()
      .mockRejectedValue(new TypeError('Failed to fetch'));
    const Panel = retryableLazy(load, (module) => module.Panel);
    render(
      <PanelBoundary name="The offer form" loading={<p>Loading…</p>}>
        <Panel />
      </PanelBoundary>,
    );

    await userEvent.click(
      within(await screen.findByRole('alert')).getByRole('button', { name: 'Retry' }),
    );

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'If Retry keeps failing, reload the page.',
    );
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('keeps a drawing error inside the panel, and draws it again on Retry', async () => {
    let broken = true;
    function Chart() {
      if (broken) throw new Error('NaN in the scale');
      return <p>The chart</p>;
    }
    render(
      <PanelBoundary name="Charts">
        <Chart />
      </PanelBoundary>,
    );

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Charts stopped with an error.');
    broken = false;
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));

    expect(screen.getByText('The chart')).toBeInTheDocument();
  });
});
