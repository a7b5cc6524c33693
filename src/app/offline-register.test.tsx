import { act, screen, within } from '@testing-library/react';
import { StatusRegion } from '../components/status-region';
import { renderWithStore } from '../testing/render';
import { registerServiceWorker } from './offline';

/** A worker as the browser shows it: a state, and news of each change of it. */
class FakeWorker extends EventTarget {
  state: ServiceWorkerState = 'installing';
  postMessage = vi.fn();
  become(state: ServiceWorkerState) {
    this.state = state;
    this.dispatchEvent(new Event('statechange'));
  }
}

/** The browser's side of registering: the test plays it, step by step. */
const browser = () => {
  const registration = Object.assign(new EventTarget(), {
    installing: null as FakeWorker | null,
    waiting: null as FakeWorker | null,
    update: vi.fn(async () => undefined),
  });
  const container = Object.assign(new EventTarget(), {
    controller: null as FakeWorker | null,
    register: vi.fn(async () => registration),
  });
  return { registration, container };
};

const setup = async ({ controlled }: { controlled: boolean }) => {
  const { registration, container } = browser();
  if (controlled) container.controller = new FakeWorker();
  const reload = vi.fn();
  const flush = vi.fn();
  const rendered = renderWithStore(<StatusRegion />);
  await registerServiceWorker(
    { notify: rendered.app.notices.notify, flush, isEditing: () => false },
    { reload, container: container as unknown as ServiceWorkerContainer },
  );
  return { ...rendered, reload, flush, registration, container };
};

/** A new version is found and installs next to the one in charge. */
const newVersionInstalls = (registration: ReturnType<typeof browser>['registration']) => {
  const worker = new FakeWorker();
  act(() => {
    registration.installing = worker;
    registration.dispatchEvent(new Event('updatefound'));
    registration.installing = null;
    registration.waiting = worker;
    worker.become('installed');
  });
  return worker;
};

describe('registering the service worker', () => {
  it('lets a waiting version in on Reload and loads the page once it is in charge', async () => {
    const { user, reload, flush, registration, container } = await setup({ controlled: true });
    const worker = newVersionInstalls(registration);

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Tradeoff is ready.');
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(flush).toHaveBeenCalled();
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'SKIP_WAITING' });
    expect(reload).not.toHaveBeenCalled();

    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('offers Reload in a tab whose new version came in through another tab', async () => {
    const { user, reload, container } = await setup({ controlled: true });
    act(() => container.dispatchEvent(new Event('controllerchange')));

    const status = screen.getByRole('status');
    expect(status).toHaveTextContent('A new version of Tradeoff is ready.');
    expect(reload).not.toHaveBeenCalled();
    await user.click(within(status).getByRole('button', { name: 'Reload' }));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('says nothing when the first version installs and takes charge on the first visit', async () => {
    const { reload, registration, container } = await setup({ controlled: false });
    newVersionInstalls(registration);
    act(() => container.dispatchEvent(new Event('controllerchange')));
    expect(screen.getByRole('status')).toBeEmptyDOMElement();
    expect(reload).not.toHaveBeenCalled();
  });
});
