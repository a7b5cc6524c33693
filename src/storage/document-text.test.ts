import fc from 'fast-check';
import documentV1 from '../../test/fixtures/document-v1.json';
import { CURRENT_VERSION } from '../domain';
import { arbitraryDocument, makeDocument, makeOffer } from '../testing/domain-factories';
import { MAX_IMPORT_BYTES, parseDocumentText, readDocumentFile } from './document-text';

const json = (value: unknown) => JSON.stringify(value, null, 2);

describe('parseDocumentText', () => {
  it('reads an exported document', () => {
    const document = makeDocument({ offers: [makeOffer({ company: 'Acme' })] });
    expect(parseDocumentText(json(document))).toEqual({ ok: true, document, warnings: [] });
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const reading = parseDocumentText(`\uFEFF${json(makeDocument())}`);
    expect(reading.ok).toBe(true);
  });

  it('migrates an export of an older version', () => {
    const reading = parseDocumentText(json(documentV1));
    expect(reading.ok && reading.document.version).toBe(CURRENT_VERSION);
  });

  it('unwraps a stored envelope (a downloaded backup)', () => {
    const document = makeDocument({ offers: [makeOffer({ company: 'Acme' })] });
    const reading = parseDocumentText(json({ revision: 2, savedAt: 'x', document }));
    expect(reading).toEqual({ ok: true, document, warnings: [] });
  });

  it('refuses text that is not JSON', () => {
    expect(parseDocumentText('hello')).toEqual({
      ok: false,
      notJson: true,
      errors: [{ path: '', message: 'The file is not valid JSON.' }],
    });
  });

  it('lists every invalid field with its path', () => {
    const document = makeDocument({ offers: [makeOffer(), makeOffer(), makeOffer()] });
    const raw = JSON.parse(json(document));
    raw.offers[2].compensation.baseSalary = -5;
    raw.offers[0].company = '';
    const reading = parseDocumentText(JSON.stringify(raw));
    expect(reading.ok).toBe(false);
    if (!reading.ok)
      expect(reading.errors).toEqual(
        expect.arrayContaining([
          { path: 'offers[2].compensation.baseSalary', message: 'must be ≥ 0' },
          { path: 'offers[0].company', message: 'is required' },
        ]),
      );
  });

  it('refuses, without parsing it, text shaped far beyond any document', () => {
    const huge = { ...makeDocument(), settings: { exchangeRates: {} as Record<string, number> } };
    for (let i = 0; i < 3_000; i++) huge.settings.exchangeRates[`K${i}`] = 1;
    expect(parseDocumentText(JSON.stringify(huge))).toEqual({
      ok: false,
      errors: [
        {
          path: '',
          message:
            'The data has a list or object of more than 2,000 entries; a Tradeoff document has at most 200 offers.',
        },
      ],
    });
  });

  it('drops unknown keys with a warning naming them', () => {
    const raw = { ...makeDocument({ offers: [makeOffer()] }), extra: 1 };
    const reading = parseDocumentText(json(raw));
    expect(reading).toMatchObject({ ok: true, warnings: ['Unknown field dropped: extra'] });
  });

  it('refuses numbers JSON turns into Infinity, and strings where numbers belong', () => {
    const text = json(makeDocument({ offers: [makeOffer()] }));
    const huge = text.replace('"baseSalary": 0', '"baseSalary": 1e400');
    const stringy = text.replace('"baseSalary": 0', '"baseSalary": "120000"');
    expect(huge).not.toBe(text);
    expect(parseDocumentText(huge)).toMatchObject({
      ok: false,
      errors: [{ path: 'offers[0].compensation.baseSalary' }],
    });
    expect(parseDocumentText(stringy)).toMatchObject({
      ok: false,
      errors: [{ path: 'offers[0].compensation.baseSalary', message: 'must be a number' }],
    });
  });
});

describe('readDocumentFile', () => {
  it('reads a .json file with a byte-order mark', async () => {
    const file = new File([`\uFEFF${json(makeDocument())}`], 'tradeoff.json');
    expect(await readDocumentFile(file)).toMatchObject({ ok: true });
  });

  it('refuses a file over 5 MB without reading it', async () => {
    const file = new File(['x'.repeat(MAX_IMPORT_BYTES + 1)], 'big.json');
    expect(await readDocumentFile(file)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'The file is 5.0 MB; Tradeoff imports files up to 5 MB.' }],
    });
  });

  it('refuses bytes that are not UTF-8', async () => {
    const file = new File([new Uint8Array([0x7b, 0xff, 0xfe, 0x7d])], 'latin.json');
    expect(await readDocumentFile(file)).toMatchObject({
      ok: false,
      errors: [{ message: 'The file could not be read as UTF-8 text.' }],
    });
  });
});

/** Hostile values spliced into a valid document at any depth. */
const hostile = () =>
  fc.constantFrom<unknown>(
    JSON.parse('{"__proto__":{"polluted":true}}'),
    { constructor: { prototype: { polluted: true } } },
    { prototype: { polluted: true } },
    'BIG_NUMBER',
    '120000',
    '-1',
    null,
    [],
    { toString: 'x', valueOf: 1 },
  );

const spliced = (): fc.Arbitrary<string> =>
  fc
    .tuple(arbitraryDocument({ maxOffers: 2 }), fc.array(fc.nat(), { maxLength: 4 }), hostile())
    .map(([document, steps, value]) => {
      const root = JSON.parse(JSON.stringify(document));
      let node = root;
      for (const step of steps) {
        const keys = Object.keys(node ?? {});
        const next = keys[step % Math.max(keys.length, 1)];
        if (next === undefined || typeof node[next] !== 'object' || node[next] === null) {
          if (next !== undefined) node[next] = value;
          break;
        }
        node = node[next];
      }
      if (steps.length === 0) root.__proto__ = value;
      return JSON.stringify(root).replaceAll('"BIG_NUMBER"', '1e400');
    });

describe('importing any JSON value', () => {
  it('never throws, never pollutes prototypes, and returns a valid document or errors only', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue().map((value) => JSON.stringify(value)),
          spliced(),
        ),
        (text) => {
          const reading = parseDocumentText(text);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(Object.prototype).not.toHaveProperty('polluted');
          if (reading.ok) {
            // Whatever was accepted re-reads to itself: it is a clean document.
            expect(parseDocumentText(JSON.stringify(reading.document))).toEqual({
              ok: true,
              document: reading.document,
              warnings: [],
            });
          } else {
            expect(reading.errors.length).toBeGreaterThan(0);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
