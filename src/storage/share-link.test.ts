import { compressToEncodedURIComponent } from 'lz-string';
import { CURRENT_VERSION } from '../domain';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import { lzRunPayload } from '../testing/lz-bomb';
import { MAX_SHARE_LINK_LENGTH, createShareLink, readSharedData } from './share-link';

const PAGE = 'https://example.test/tradeoff/?x=1';
const fragment = (url: string) => url.slice(url.indexOf('#'));

describe('share links', () => {
  it('carry the whole document in the fragment and read back to it', () => {
    const document = makeDocument({
      offers: [makeOffer({ company: 'Acme' }), makeOffer({ company: 'Émile & Zoë' })],
    });
    const link = createShareLink(document, `${PAGE}#old`);
    if (!link.ok) throw new Error(link.message);

    expect(link.url.startsWith(`${PAGE}#data=`)).toBe(true);
    expect(readSharedData(fragment(link.url))).toEqual({ kind: 'ok', document, warnings: [] });
  });

  it('are refused when longer than 100,000 characters', () => {
    // Notes that do not compress: digits from a fixed linear congruential sequence.
    let seed = 42;
    const noise = (length: number) =>
      Array.from({ length }, () => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return String(seed % 10);
      }).join('');
    const offers = Array.from({ length: 100 }, (_, i) =>
      makeOffer({ id: `offer-${i}`, notes: noise(2000) }),
    );
    const link = createShareLink(makeDocument({ offers }), PAGE);
    expect(link.ok).toBe(false);
    if (!link.ok) expect(link.message).toMatch(/the limit is 100,000/);
  });

  it('are nothing to read when the fragment holds no data', () => {
    expect(readSharedData('')).toEqual({ kind: 'none' });
    expect(readSharedData('#weights')).toEqual({ kind: 'none' });
  });

  it('that are damaged are reported, not thrown', () => {
    expect(readSharedData('#data=%%%not-lz')).toMatchObject({ kind: 'error' });
    expect(readSharedData('#data=')).toMatchObject({ kind: 'error' });
    const notJson = `#data=${compressToEncodedURIComponent('hello')}`;
    expect(readSharedData(notJson)).toMatchObject({
      kind: 'error',
      errors: [{ message: 'This link is damaged: its data is not valid JSON.' }],
    });
  });

  it('holding an invalid document list its errors with paths', () => {
    const bad = { ...makeDocument(), offers: [{ id: 'a', company: '', currency: 'USD' }] };
    const hash = `#data=${compressToEncodedURIComponent(JSON.stringify(bad))}`;
    expect(readSharedData(hash)).toMatchObject({
      kind: 'error',
      errors: [{ path: 'offers[0].company', message: 'is required' }],
    });
  });

  it('from a newer version are refused', () => {
    const newer = { ...makeDocument(), version: CURRENT_VERSION + 1 };
    const hash = `#data=${compressToEncodedURIComponent(JSON.stringify(newer))}`;
    expect(readSharedData(hash)).toMatchObject({ kind: 'error', errors: [{ path: 'version' }] });
  });

  it('that are too long are refused before unpacking', () => {
    expect(readSharedData(`#data=${'A'.repeat(MAX_SHARE_LINK_LENGTH)}`)).toEqual({
      kind: 'error',
      errors: [{ path: '', message: 'This link is too long to be a Tradeoff link.' }],
    });
  });

  it('that unpack past the 5 MB import limit are refused as such, without unpacking the rest', () => {
    // 69,550 characters that would unpack to 450 million.
    const { payload } = lzRunPayload(450_000_000);
    expect(readSharedData(`#data=${payload}`)).toEqual({
      kind: 'error',
      errors: [
        {
          path: '',
          message:
            'This link unpacks to more than 5 MB of data, more than Tradeoff imports; it was not read.',
        },
      ],
    });
  });

  it('whose data is far bigger than a document are refused before it is parsed', () => {
    const deep = `{"format":"tradeoff","version":2,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(readSharedData(`#data=${compressToEncodedURIComponent(deep)}`)).toMatchObject({
      kind: 'error',
      errors: [{ message: expect.stringMatching(/nested more than 32 levels/) }],
    });
  });
});
