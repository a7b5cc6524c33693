import { createAppState } from '../../store/app-state';
import { makeDocument, makeOffer, makeSettings } from '../../testing/domain-factories';
import { applyImport } from './import-actions';
import { joinNames } from './import-undo';

const acme = makeOffer({ id: 'acme', company: 'Acme' });
const globex = makeOffer({ id: 'globex', company: 'Globex' });
const initech = makeOffer({ id: 'initech', company: 'Initech' });

/** An app holding Acme, and helpers to import, edit and press the notices' buttons. */
const setup = (current = makeDocument({ offers: [acme] })) => {
  const app = createAppState({ document: current });
  const store = app.document;
  const notices = () => app.notices.list.get();
  const last = () => notices()[notices().length - 1]!;
  const press = (label: string) => {
    const notice = [...notices()].reverse().find((n) => n.actions?.some((a) => a.label === label));
    if (!notice) throw new Error(`No message offers "${label}"`);
    notice.actions!.find((a) => a.label === label)!.onAction();
    app.notices.dismiss(notice.id);
  };
  const importFile = (offers = [globex, initech], mode: 'merge' | 'replace' = 'merge') =>
    applyImport(
      { store, notify: app.notices.notify },
      { document: makeDocument({ offers }), warnings: [] },
      mode,
    );
  /** An edit as another tab's save would bring it: new objects, loaded from outside. */
  const editElsewhere = (id: string, company: string) =>
    store.set(
      {
        ...structuredClone(store.get()),
        offers: store
          .get()
          .offers.map((o) =>
            o.id === id ? { ...structuredClone(o), company } : structuredClone(o),
          ),
      },
      'external',
    );
  const companies = () => store.get().offers.map((o) => o.company);
  return { app, store, last, press, importFile, editElsewhere, companies };
};

describe('Undo of an import', () => {
  it('takes out the imported offers and keeps an edit made in another tab since', () => {
    const { press, importFile, editElsewhere, companies, last } = setup();
    importFile();
    editElsewhere('acme', 'Acme Robotics');

    press('Undo');

    expect(companies()).toEqual(['Acme Robotics']);
    expect(last().message).toBe('Import undone');
  });

  it('asks before throwing away a later edit of an imported offer, naming it', () => {
    const { press, importFile, editElsewhere, companies, last } = setup();
    importFile();
    editElsewhere('globex', 'Globex Corp');

    press('Undo');

    expect(companies()).toEqual(['Acme', 'Globex Corp', 'Initech']);
    expect(last().message).toBe(
      'Globex Corp was changed after the import. Undo anyway and lose that change, or keep it and undo the rest?',
    );
    expect(last().actions?.map((a) => a.label)).toEqual(['Undo anyway', 'Keep Globex Corp']);
  });

  it('keeps the changed offer and undoes the rest when asked to keep it', () => {
    const { press, importFile, editElsewhere, companies, last } = setup();
    importFile();
    editElsewhere('globex', 'Globex Corp');
    press('Undo');

    press('Keep Globex Corp');

    expect(companies()).toEqual(['Acme', 'Globex Corp']);
    expect(last().message).toBe('Import undone. Globex Corp keeps its later changes.');
  });

  it('undoes everything, later edit included, when told to undo anyway', () => {
    const { press, importFile, editElsewhere, companies } = setup();
    importFile();
    editElsewhere('globex', 'Globex Corp');
    press('Undo');

    press('Undo anyway');

    expect(companies()).toEqual(['Acme']);
  });

  it('keeps settings changed after a Replace import, and says so', () => {
    const { store, press, importFile, companies, last } = setup(
      makeDocument({ offers: [acme], settings: makeSettings({ horizonYears: 2 }) }),
    );
    importFile([globex], 'replace');
    store.update((doc) => ({ ...doc, settings: { ...doc.settings, horizonYears: 5 } }));

    press('Undo');

    expect(companies()).toEqual(['Acme']);
    expect(store.get().settings.horizonYears).toBe(5);
    expect(last().message).toBe(
      'Import undone. Settings changed after the import stay as they are.',
    );
  });

  it('puts back the settings a Replace import swapped while nobody changed them', () => {
    const { store, press, importFile, companies } = setup(
      makeDocument({ offers: [acme], settings: makeSettings({ horizonYears: 2 }) }),
    );
    importFile([globex], 'replace');
    store.update((doc) => ({ ...doc, offers: [...doc.offers, initech] }));

    press('Undo');

    expect(companies()).toEqual(['Acme', 'Initech']);
    expect(store.get().settings.horizonYears).toBe(2);
  });
});

describe('joinNames', () => {
  it('lists names in a sentence', () => {
    expect(joinNames(['Acme'])).toBe('Acme');
    expect(joinNames(['Acme', 'Globex'])).toBe('Acme and Globex');
    expect(joinNames(['Acme', 'Globex', 'Initech'])).toBe('Acme, Globex and Initech');
  });
});
