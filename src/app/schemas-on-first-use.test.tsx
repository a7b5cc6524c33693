import { render, screen } from '@testing-library/react';
import * as z from 'zod/mini';
import { createDocument, withExampleOffers } from '../domain';
import { serializeEnvelope } from '../storage/envelope';
import { STORAGE_KEYS } from '../storage/keys';
import { createPersistence } from '../storage/persistence';
import { createAppState } from '../store/app-state';
import { App } from './app';

/*
 * The document's schemas are built the first time they are used, not when
 * the code loads (issue 15): a new visitor's start parses nothing and must
 * not pay for the offer schemas. zod's `object` is watched to see which
 * object schemas get built.
 */
vi.mock('zod/mini', async (importOriginal) => {
  const actual = await importOriginal<typeof z>();
  return { ...actual, object: vi.fn(actual.object) };
});

/** Whether an object schema with this key has been built since the spy was last cleared. */
const built = (key: string) =>
  vi.mocked(z.object).mock.calls.some(([shape]) => shape !== undefined && key in shape);

/** The app's start as main.tsx does it: read storage, then render. */
const start = () => {
  const persistence = createPersistence({
    storage: () => localStorage,
    windowTarget: window,
    documentTarget: document,
  });
  const app = createAppState({ document: persistence.initialDocument, persistence });
  persistence.connect(app.document);
  return render(<App app={app} />);
};

// One story in order: the schemas, once built, stay built for the whole file.
it('builds no offer schema for a new visitor, and builds it once when saved offers are read', async () => {
  // Not cleared first: what loading the code builds counts too.
  localStorage.clear();
  const first = start();
  expect(await screen.findByRole('button', { name: 'Load example offers' })).toBeVisible();
  expect(built('company')).toBe(false);
  expect(built('baseSalary')).toBe(false);
  first.unmount();

  const saved = withExampleOffers(createDocument(), '2026-12-02T00:00:00.000Z');
  localStorage.setItem(
    STORAGE_KEYS.document,
    serializeEnvelope({ revision: 1, savedAt: '2026-12-02T00:00:00.000Z', document: saved }),
  );
  vi.mocked(z.object).mockClear();
  const second = start();
  expect(await screen.findByRole('list', { name: 'Ranking' })).toHaveTextContent('Northwind');
  expect(built('company')).toBe(true);
  second.unmount();

  vi.mocked(z.object).mockClear();
  start();
  expect(await screen.findByRole('list', { name: 'Ranking' })).toHaveTextContent('Northwind');
  expect(built('company')).toBe(false);
});
