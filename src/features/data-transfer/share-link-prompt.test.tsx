import { screen, within } from '@testing-library/react';
import { compressToEncodedURIComponent } from 'lz-string';
import { StatusRegion } from '../../components/status-region';
import type { TradeoffDocument } from '../../domain';
import { createShareLink } from '../../storage/share-link';
import { makeDocument, makeOffer } from '../../testing/domain-factories';
import { renderWithStore } from '../../testing/render';
import { ShareLinkPrompt } from './share-link-prompt';

const shared = () =>
  makeDocument({
    offers: [
      makeOffer({ id: 'a', company: 'Acme' }),
      makeOffer({ id: 'g', company: 'Globex' }),
      makeOffer({ id: 'i', company: 'Initech' }),
    ],
  });

const openLink = (document: TradeoffDocument) => {
  const link = createShareLink(document, 'http://localhost/app/?q=1');
  if (!link.ok) throw new Error(link.message);
  window.history.replaceState(null, '', link.url.slice('http://localhost'.length));
};

/** Renders and waits for the link to be read (the codec loads lazily). */
const setup = async (current: TradeoffDocument = makeDocument()) => {
  const view = renderWithStore(
    <>
      <ShareLinkPrompt />
      <StatusRegion />
    </>,
    current,
  );
  if (window.location.hash) await screen.findByRole('region');
  return view;
};

afterEach(() => {
  window.history.replaceState(null, '', '/');
});

describe('ShareLinkPrompt', () => {
  it('shows nothing without a share link', async () => {
    await setup();
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('says what the link holds and asks before importing', async () => {
    openLink(shared());
    const { store } = await setup();
    expect(screen.getByRole('region')).toHaveTextContent(
      'This link holds 3 offers: Acme, Globex, Initech. Import them?',
    );
    expect(store.get().offers).toEqual([]);
  });

  it('merges the offers on request and clears the link from the address', async () => {
    openLink(shared());
    const { user, store } = await setup(makeDocument({ offers: [makeOffer({ company: 'Mine' })] }));
    await user.click(screen.getByRole('button', { name: 'Merge' }));

    expect(store.get().offers.map((o) => o.company)).toEqual(['Mine', 'Acme', 'Globex', 'Initech']);
    expect(window.location.hash).toBe('');
    expect(window.location.pathname + window.location.search).toBe('/app/?q=1');
    expect(screen.getByRole('status')).toHaveTextContent('Imported 3 offers');
    expect(screen.queryByRole('region')).not.toBeInTheDocument();
  });

  it('never replaces existing offers without confirmation, and Undo restores them', async () => {
    openLink(shared());
    const before = makeDocument({ offers: [makeOffer({ company: 'Mine' })] });
    const { user, store } = await setup(before);
    await user.click(screen.getByRole('button', { name: 'Replace' }));
    expect(store.get()).toBe(before);

    const confirm = screen.getByRole('dialog', { name: 'Replace your offers?' });
    await user.click(within(confirm).getByRole('button', { name: 'Replace everything' }));
    expect(store.get().offers.map((o) => o.company)).toEqual(['Acme', 'Globex', 'Initech']);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(store.get()).toBe(before);
  });

  it('changes nothing when dismissed, and forgets the link', async () => {
    openLink(shared());
    const { user, store } = await setup();
    const before = store.get();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(store.get()).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('reports a damaged link and changes nothing', async () => {
    window.history.replaceState(null, '', `/#data=${compressToEncodedURIComponent('{"format":')}`);
    const { user, store } = await setup();
    const before = store.get();
    const region = screen.getByRole('region', { name: 'This share link cannot be opened' });
    expect(within(region).getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(region).toHaveTextContent('not valid JSON');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(store.get()).toBe(before);
    expect(window.location.hash).toBe('');
  });

  it('lists the problems of a link holding invalid data', async () => {
    const bad = { ...makeDocument(), offers: [{ id: 'x', company: 'Acme', currency: 'usd' }] };
    window.history.replaceState(
      null,
      '',
      `/#data=${compressToEncodedURIComponent(JSON.stringify(bad))}`,
    );
    await setup();
    expect(screen.getByRole('list', { name: 'Problems in the link' })).toHaveTextContent(
      'offers[0].currency: must be a three-letter currency code',
    );
  });
});
