import { act, screen, within } from '@testing-library/react';
import { StatusRegion } from '../components/status-region';
import { renderWithStore } from '../testing/render';
import { registerServiceWorker } from './offline';

/** A stand-in for workbox-window's Workbox: the test plays the browser's part. */
const workbox = vi.hoisted(() => ({
  listeners: new Map<string, (event: { isUpdate?: boolean }) => void>(),
  registration: { waiting: null as object | null },
  messageSkipWaiting: vi.fn(),
}));
vi.mock('workbox-window', () => ({
  Workbox: class {
    addEventListener(type: string, listener: (event: { isUpdate?: boolean }) => void) {
      workbox.listeners.set(type, listener);
    }
    register = async () => workbox.registration;
    update = async () => undefined;
    messageSkipWaiting = workbox.messageSkipWaiting;
  },
}));

const fire = (type: string, event: { isUpdate?: boolean } = {}) =>
  act(() => workbox.listeners.get(type)?.(event));

const setup = async () => {
  Object.defineProperty(navigator, 'serviceWorker', { value: {}, configurable: true });
  workbox.listeners.clear();
  workbox.messageSkipWaiting.mockClear();
  const reload = vi.fn();
  const flush = vi.fn();
  const rendered = renderWithStore(<StatusRegion />);
  await registerServiceWorker(
    { notify: rendered.app.notices.notify, flush, isEditing: () => false },
    { reload },
  );
  return { ...rendered, reload, flush };
};

describe('registering the service worker', () => {
  it('lets a waiting version in on Reload and loads the page once it is in charge', async () => {
    const { user, reload, flush } = await setup();
    workbox.registration.waiting = {};
    fire('waiting');

    const status = screen.getByRole('status');
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(flush).toHaveBeenCalled();
    expect(workbox.messageSkipWaiting).toHaveBeenCalledTimes(1);
    expect(reload).not.toHaveBeenCalled();

    workbox.registration.waiting = null;
    fire('controlling', { isUpdate: true });
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers Reload in a tab whose new version came in through another tab', async () => {
    const { user, reload } = await setup();
    workbox.registration.waiting = null;
    fire('controlling', { isUpdate: true });

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Tradeoff is ready.');
    expect(reload).not.toHaveBeenCalled();
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
    expect(workbox.messageSkipWaiting).not.toHaveBeenCalled();
  });

  it('says nothing when the first version takes charge on the first visit', async () => {
    const { reload } = await setup();
    fire('controlling', { isUpdate: false });
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });
});
