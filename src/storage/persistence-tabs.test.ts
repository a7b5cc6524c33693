import fc from 'fast-check';
import type { TradeoffDocument } from '../domain';
import { makeOffer } from '../testing/domain-factories';
import { KEY, docWith, envelope, openTab, storedCompanies } from '../testing/persistence-test-tab';
import { createSharedStorage, type SharedStorage } from '../testing/shared-storage';
import { SAVE_DELAY_MS } from './persistence';

afterEach(() => {
  vi.useRealTimers();
});

type Tab = ReturnType<typeof openTab>;

const companies = (tab: Tab) => tab.store.get().offers.map((o) => o.company);
const storedRevision = (shared: SharedStorage) => JSON.parse(shared.stored.get(KEY)!).revision;

/** Two tabs of one browser over storage that holds Acme and Globex. */
const twoTabs = () => {
  const shared = createSharedStorage({ [KEY]: envelope(docWith('Acme', 'Globex'), 1) });
  return { shared, a: openTab(shared.openView()), b: openTab(shared.openView()) };
};

const setSalary = (tab: Tab, company: string, baseSalary: number) =>
  tab.store.update((doc) => ({
    ...doc,
    offers: doc.offers.map((o) =>
      o.company === company ? { ...o, compensation: { ...o.compensation, baseSalary } } : o,
    ),
  }));

const salaryOf = (document: TradeoffDocument, company: string) =>
  document.offers.find((o) => o.company === company)?.compensation.baseSalary;

describe('two tabs saving at the same moment', () => {
  it('keep both changes when both save in the same millisecond, each unaware of the other', () => {
    const { shared, a, b } = twoTabs();
    a.addOffer('Initech');
    b.addOffer('Hooli');
    a.persistence.flush();
    b.persistence.flush(); // both wrote revision 2; the browser kept b's
    shared.deliver();
    a.persistence.flush();
    shared.deliver();

    // The save the browser kept comes first; this tab's offer joins it.
    const all = ['Acme', 'Globex', 'Hooli', 'Initech'];
    expect(storedCompanies(shared.stored)).toEqual(all);
    expect(companies(a)).toEqual(all);
    expect(companies(b)).toEqual(all);
    expect(storedRevision(shared)).toBe(3);
    expect([...a.notices, ...b.notices]).toEqual([]);
  });

  it('keep this tab’s unsaved change when another tab’s save arrives first', () => {
    const { shared, a, b } = twoTabs();
    b.store.update((doc) => ({ ...doc, offers: doc.offers.filter((o) => o.company !== 'Globex') }));
    b.persistence.flush();
    a.addOffer('Initech'); // not saved yet
    shared.deliver();

    expect(companies(a)).toEqual(['Acme', 'Initech']);
    a.persistence.flush();
    shared.deliver();
    expect(storedCompanies(shared.stored)).toEqual(['Acme', 'Initech']);
    expect(companies(b)).toEqual(['Acme', 'Initech']);
  });

  it('keep changes to different fields of the same offer', () => {
    const { shared, a, b } = twoTabs();
    a.store.update((doc) => ({
      ...doc,
      offers: doc.offers.map((o) => (o.company === 'Acme' ? { ...o, notes: 'call Friday' } : o)),
    }));
    setSalary(b, 'Acme', 180_000);
    a.persistence.flush();
    b.persistence.flush();
    shared.deliver();
    a.persistence.flush();
    shared.deliver();

    for (const tab of [a, b]) {
      const acme = tab.store.get().offers[0];
      expect(acme).toMatchObject({ notes: 'call Friday', compensation: { baseSalary: 180_000 } });
    }
  });

  it('never lose this tab’s save when another tab overwrote it unseen and saved again', () => {
    const { shared, a, b } = twoTabs();
    a.addOffer('Initech');
    a.persistence.flush();
    b.addOffer('Hooli');
    b.persistence.flush(); // over a's save, unseen
    b.addOffer('Umbrella');
    b.persistence.flush();
    shared.deliver();
    a.persistence.flush();
    shared.deliver();

    expect(storedCompanies(shared.stored)).toEqual(
      expect.arrayContaining(['Acme', 'Globex', 'Initech', 'Hooli', 'Umbrella']),
    );
    expect(companies(b)).toHaveLength(5);
  });
});

describe('a true conflict between two tabs', () => {
  it('keeps the saved value, says which field of which offer, and offers this tab’s value', async () => {
    const { shared, a, b } = twoTabs();
    setSalary(a, 'Acme', 120_000);
    a.persistence.flush();
    setSalary(b, 'Acme', 130_000);
    shared.deliver();

    expect(salaryOf(b.store.get(), 'Acme')).toBe(120_000);
    // The words for the field load with the field registry's labels, right after the merge.
    await vi.waitFor(() =>
      expect(b.notices).toEqual([
        'Another tab changed Acme · Base salary at the same time as this tab. The other tab’s value is kept; yours was set aside.',
      ]),
    );

    b.actions.get('Use this tab’s value')!.onAction();
    b.persistence.flush();
    shared.deliver();
    expect(salaryOf(a.store.get(), 'Acme')).toBe(130_000);
  });

  it('keeps an offer one tab deleted while the other changed it, and says so', () => {
    const { shared, a, b } = twoTabs();
    a.store.update((doc) => ({ ...doc, offers: doc.offers.filter((o) => o.company !== 'Acme') }));
    a.persistence.flush();
    setSalary(b, 'Acme', 130_000);
    shared.deliver();

    expect(salaryOf(b.store.get(), 'Acme')).toBe(130_000);
    expect(b.notices).toEqual([
      'Acme was deleted in another tab while you changed it here, so it is kept.',
    ]);
    b.persistence.flush();
    expect(storedCompanies(shared.stored)).toEqual(['Acme', 'Globex']);
  });
});

describe('two busy tabs', () => {
  /** What a tab does: add an offer of its own, or set a field only it changes. */
  const step = fc.record({
    tab: fc.constantFrom('a', 'b'),
    action: fc.constantFrom('add', 'weight', 'field'),
    value: fc.integer({ min: 0, max: 100 }),
    then: fc.constantFrom('nothing', 'wait', 'deliver', 'flush'),
  });

  it('lose no change, whatever the order of saves and storage events', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        vi.useFakeTimers();
        const { shared, a, b } = twoTabs();
        const tabs = { a, b };
        const added: string[] = [];
        steps.forEach(({ tab, action, value, then }, i) => {
          const { store, persistence } = tabs[tab];
          if (action === 'add') {
            const company = `${tab}-${i}`;
            added.push(company);
            store.update((doc) => ({
              ...doc,
              offers: [...doc.offers, makeOffer({ id: company, company })],
            }));
          } else if (action === 'weight') {
            const factor = tab === 'a' ? 'compensation' : 'growth';
            store.update((doc) => ({
              ...doc,
              settings: { ...doc.settings, weights: { ...doc.settings.weights, [factor]: value } },
            }));
          } else {
            // a edits Acme's notes, b its salary: the same offer, different fields.
            store.update((doc) => ({
              ...doc,
              offers: doc.offers.map((o) =>
                o.company !== 'Acme'
                  ? o
                  : tab === 'a'
                    ? { ...o, notes: String(value) }
                    : { ...o, compensation: { ...o.compensation, baseSalary: value } },
              ),
            }));
          }
          if (then === 'wait') vi.advanceTimersByTime(SAVE_DELAY_MS);
          if (then === 'deliver') shared.deliver();
          if (then === 'flush') persistence.flush();
        });
        for (let round = 0; round < 4; round++) {
          vi.advanceTimersByTime(SAVE_DELAY_MS);
          shared.deliver();
        }
        vi.useRealTimers();

        const last = (tab: 'a' | 'b', action: string) =>
          steps.filter((s) => s.tab === tab && s.action === action).at(-1)?.value;
        const stored = JSON.parse(shared.stored.get(KEY)!).document as TradeoffDocument;
        for (const document of [stored, a.store.get(), b.store.get()]) {
          expect(document.offers.map((o) => o.company)).toEqual(
            expect.arrayContaining(['Acme', 'Globex', ...added]),
          );
          expect(document.offers).toHaveLength(2 + added.length);
          expect(document.settings.weights.compensation).toBe(last('a', 'weight') ?? 40);
          expect(document.settings.weights.growth).toBe(last('b', 'weight') ?? 25);
          const acme = document.offers.find((o) => o.company === 'Acme');
          expect(acme?.notes).toBe(String(last('a', 'field') ?? ''));
        }
        expect(a.store.get()).toEqual(b.store.get());
        expect([...a.notices, ...b.notices]).toEqual([]);
      }),
      { numRuns: 150 },
    );
  });
});
