import { act, screen, within } from '@testing-library/react';
import { StatusRegion } from '../../components/status-region';
import { createDocument, type TradeoffDocument } from '../../domain';
import { createFakeStorage } from '../../testing/fake-storage';
import { STORAGE_KEYS } from '../../storage/keys';
import { createPersistence } from '../../storage/persistence';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { DataActions } from './data-actions';

const jsonFile = (content: unknown, name = 'tradeoff-2026-11-25.json') =>
  new File([typeof content === 'string' ? content : JSON.stringify(content, null, 2)], name, {
    type: 'application/json',
  });

const acmeGlobex = () =>
  makeDocument({
    offers: [makeOffer({ id: 'a', company: 'Acme' }), makeOffer({ id: 'g', company: 'Globex' })],
  });

const setup = (document: TradeoffDocument = createDocument()) => {
  const view = renderWithStore(
    <>
      <DataActions />
      <StatusRegion />
    </>,
    document,
  );
  /** Chooses a file and waits until it has been read (a dialog opens either way). */
  const upload = async (file: File) => {
    await view.user.upload(screen.getByLabelText('Import file'), file);
    await screen.findByRole('dialog', {}, { timeout: 10_000 });
  };
  const companies = () => view.store.get().offers.map((offer) => offer.company);
  return { ...view, upload, companies };
};

describe('Import', () => {
  // The dialog's content loads lazily in the app; loaded up front, so no test waits on it.
  beforeAll(() => import('./import-dialog'));

  it('opens the file chooser from the Import button', async () => {
    const { user } = setup();
    const input = screen.getByLabelText<HTMLInputElement>('Import file');
    const click = vi.spyOn(input, 'click');
    await user.click(screen.getByRole('button', { name: 'Import' }));
    expect(click).toHaveBeenCalled();
    // CSV files can be chosen too, so that picking the CSV export gets an answer in words.
    expect(input).toHaveAttribute('accept', '.json,application/json,.csv,text/csv');
  });

  it('shows what a file holds and merges its offers on request', async () => {
    const { user, upload, companies } = setup(
      makeDocument({ offers: [makeOffer({ id: 'x', company: 'Initech' })] }),
    );
    await upload(jsonFile(acmeGlobex()));

    const dialog = screen.getByRole('dialog', { name: 'Import offers' });
    expect(dialog).toHaveTextContent('tradeoff-2026-11-25.json holds 2 offers: Acme, Globex.');
    await user.click(within(dialog).getByRole('button', { name: 'Merge' }));

    expect(companies()).toEqual(['Initech', 'Acme', 'Globex']);
    expect(screen.getByRole('status')).toHaveTextContent('Imported 2 offers');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('merges a re-imported export into the same offers, not copies, and says so', async () => {
    const { user, upload, store } = setup(acmeGlobex());
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    expect(store.get().offers).toEqual(acmeGlobex().offers);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Imported 0 offers. Acme and Globex were here already, as new as in the file.',
    );
  });

  it('gives a merged offer whose id another company uses a new id, as a warning', async () => {
    const { user, upload, store } = setup(acmeGlobex());
    const other = acmeGlobex();
    other.offers[0] = { ...other.offers[0]!, company: 'Initech' };
    await upload(jsonFile({ ...other, offers: [other.offers[0]] }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    const ids = store.get().offers.map((offer) => offer.id);
    expect(ids).toHaveLength(3);
    expect(new Set(ids).size).toBe(3);
    expect(screen.getByRole('status')).toHaveTextContent('Imported 1 offer (1 warning)');
  });

  describe('an offer of the file with the company and role of one of yours, under another id', () => {
    const mine = () =>
      makeDocument({
        offers: [
          makeOffer({ id: 'a', company: 'Amazon', role: 'SDE II' }),
          makeOffer({ id: 'g', company: 'Globex', role: 'PM' }),
        ],
      });
    const file = () =>
      makeDocument({
        offers: [
          makeOffer({
            id: 'z',
            company: 'Amazon',
            role: 'SDE II',
            compensation: { baseSalary: 1 },
          }),
          makeOffer({ id: 'i', company: 'Initech', role: 'PM' }),
        ],
      });

    it.each([
      ['Keep both', ['Amazon', 'Globex', 'Amazon', 'Initech'], 'Imported 2 offers'],
      [
        'Keep the imported',
        ['Amazon', 'Globex', 'Initech'],
        "Imported 1 offer. Took the file's Amazon in place of yours.",
      ],
      [
        'Keep mine',
        ['Amazon', 'Globex', 'Initech'],
        "Imported 1 offer. Kept your Amazon, not the file's.",
      ],
    ])('asks before merging; "%s" does what it says', async (answer, expected, message) => {
      const { user, upload, companies, store } = setup(mine());
      await upload(jsonFile(file()));
      await user.click(screen.getByRole('button', { name: 'Merge' }));

      const ask = screen.getByRole('dialog', { name: 'Offers you have already?' });
      expect(ask).toHaveTextContent(
        'An offer in the file has the company and role of one of yours',
      );
      expect(within(ask).getByRole('listitem')).toHaveTextContent('Amazon · SDE II');
      expect(companies()).toEqual(['Amazon', 'Globex']);

      await user.click(within(ask).getByRole('button', { name: answer }));
      expect(companies()).toEqual(expected);
      expect(screen.getByRole('status')).toHaveTextContent(message);
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
      const amazon = store.get().offers[0]!;
      expect(amazon.compensation.baseSalary === 1).toBe(answer === 'Keep the imported');
    });
  });

  it('replaces at once when there is nothing to lose', async () => {
    const { user, upload, companies } = setup();
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(companies()).toEqual(['Acme', 'Globex']);
  });

  it('asks before replacing existing offers, and Back changes nothing', async () => {
    const { user, upload, companies } = setup(
      makeDocument({ offers: [makeOffer({ company: 'Initech' })] }),
    );
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Replace' }));

    const confirm = screen.getByRole('dialog', { name: 'Replace your offers?' });
    expect(confirm).toHaveTextContent('This replaces your 1 offer (Initech), weights and settings');
    await user.click(within(confirm).getByRole('button', { name: 'Back' }));
    expect(companies()).toEqual(['Initech']);
    expect(screen.getByRole('dialog', { name: 'Import offers' })).toBeInTheDocument();
  });

  it('replaces after confirmation, and Undo brings the old offers back', async () => {
    const before = makeDocument({ offers: [makeOffer({ company: 'Initech' })] });
    const { user, upload, companies, store } = setup(before);
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    await user.click(screen.getByRole('button', { name: 'Replace everything' }));

    expect(companies()).toEqual(['Acme', 'Globex']);
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.get()).toBe(before);
  });

  it('undoes a merge without losing an offer edited since (here, by another tab)', async () => {
    const { user, upload, companies, store } = setup(
      makeDocument({ offers: [makeOffer({ id: 'x', company: 'Initech' })] }),
    );
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    act(() =>
      store.set(
        {
          ...store.get(),
          offers: store
            .get()
            .offers.map((o) => (o.id === 'x' ? { ...o, company: 'Initech Labs' } : o)),
        },
        'external',
      ),
    );

    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Undo' }));

    expect(companies()).toEqual(['Initech Labs']);
    expect(screen.getByRole('status')).toHaveTextContent('Import undone');
  });

  it('asks before an Undo throws away a later edit of an imported offer', async () => {
    const { user, upload, companies, store } = setup(
      makeDocument({ offers: [makeOffer({ id: 'x', company: 'Initech' })] }),
    );
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Merge' }));
    act(() =>
      store.update((doc) => ({
        ...doc,
        offers: doc.offers.map((o) => (o.id === 'g' ? { ...o, company: 'Globex Corp' } : o)),
      })),
    );

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const question = screen.getByRole('status');
    expect(question).toHaveTextContent('Globex Corp was changed after the import.');
    expect(companies()).toEqual(['Initech', 'Acme', 'Globex Corp']);

    await user.click(within(question).getByRole('button', { name: 'Keep Globex Corp' }));
    expect(companies()).toEqual(['Initech', 'Globex Corp']);
    expect(screen.getByRole('status')).toHaveTextContent(
      'Import undone. Globex Corp keeps its later changes.',
    );
  });

  it('lists the problems of an invalid file with their paths and changes nothing', async () => {
    const before = acmeGlobex();
    const raw = JSON.parse(
      JSON.stringify(makeDocument({ offers: [0, 1, 2].map(() => makeOffer()) })),
    );
    raw.offers[2].compensation.baseSalary = -1;
    raw.offers[0].workLife.ptoDays = 'many';
    const { upload, store } = setup(before);

    await upload(jsonFile(raw, 'broken.json'));

    const dialog = screen.getByRole('dialog', { name: 'This file cannot be imported' });
    const list = within(dialog).getByRole('list', { name: 'Problems in the file' });
    expect(within(list).getByText('offers[2].compensation.baseSalary: must be ≥ 0')).toBeVisible();
    expect(within(list).getByText('offers[0].workLife.ptoDays: must be a number')).toBeVisible();
    // In words too, with the labels of the offer form.
    expect(within(list).getByText('Offer 3 · Base salary must be ≥ 0')).toBeVisible();
    expect(within(list).getByText('Offer 1 · Paid time off (days) must be a number')).toBeVisible();
    expect(
      screen
        .getAllByRole('alert')
        .map((a) => a.textContent)
        .join(' '),
    ).toMatch(/broken\.json was not imported: 2 problems\. Nothing was changed\./);
    expect(store.get()).toBe(before);
  });

  it('stops the list at 20 problems and says how many more', async () => {
    const raw = JSON.parse(JSON.stringify(makeDocument({ offers: [] })));
    raw.offers = Array.from({ length: 25 }, (_, i) => ({ id: `o${i}`, company: '' }));
    const { upload } = setup();
    await upload(jsonFile(raw));
    const list = screen.getByRole('list', { name: 'Problems in the file' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(21);
    expect(list).toHaveTextContent('and 5 more');
  });

  it('refuses a file that is not JSON', async () => {
    const { upload, store } = setup();
    const before = store.get();
    await upload(jsonFile('{ "format": "tradeoff", '));
    expect(screen.getByRole('dialog', { name: 'This file cannot be imported' })).toHaveTextContent(
      'The file is not valid JSON.',
    );
    expect(store.get()).toBe(before);
  });

  it('says a CSV file is not what Import reads, and what is', async () => {
    const { upload, store } = setup();
    const before = store.get();
    const csv = new File(['Company,Role,Base salary\r\nAcme,PM,150000\r\n'], 'offers.csv', {
      type: 'text/csv',
    });
    await upload(csv);
    expect(screen.getByRole('dialog', { name: 'This file cannot be imported' })).toHaveTextContent(
      'This looks like a CSV file. Tradeoff imports the JSON file that Export JSON saves',
    );
    expect(store.get()).toBe(before);
  });

  it('warns about unknown fields, which are left out', async () => {
    const { user, upload, store } = setup();
    const withExtra = { ...acmeGlobex(), theme: 'dark' };
    await upload(jsonFile(withExtra));
    const dialog = screen.getByRole('dialog', { name: 'Import offers' });
    expect(dialog).toHaveTextContent('1 warning');
    expect(dialog).toHaveTextContent('Unknown field dropped: theme');
    await user.click(within(dialog).getByRole('button', { name: 'Replace' }));
    expect(store.get()).not.toHaveProperty('theme');
    expect(screen.getByRole('status')).toHaveTextContent('Imported 2 offers (1 warning)');
  });

  it('changes nothing when cancelled', async () => {
    const { user, upload, store } = setup();
    const before = store.get();
    await upload(jsonFile(acmeGlobex()));
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.get()).toBe(before);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('leaves the stored data byte for byte unchanged when a file is rejected', async () => {
    const storage = createFakeStorage();
    const persistence = createPersistence({ storage: () => storage });
    const { upload, store, user } = setup(persistence.initialDocument);
    persistence.connect(store);
    store.update(() => acmeGlobex());
    persistence.flush();
    const stored = storage.data.get(STORAGE_KEYS.document);

    await upload(jsonFile({ format: 'tradeoff', version: 2, offers: 'none' }));
    await user.click(screen.getByRole('button', { name: 'OK' }));
    persistence.flush();

    expect(storage.data.get(STORAGE_KEYS.document)).toBe(stored);
    expect(storage.writes).toHaveLength(1);
  });
});
