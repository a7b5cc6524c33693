import documentV1 from '../../test/fixtures/document-v1.json';
import storedV2 from '../../test/fixtures/stored-envelope-v2.json';
import { CURRENT_VERSION } from '../domain';
import { makeDocument, makeOffer } from '../testing/domain-factories';
import fc from 'fast-check';
import { isNewerRevision, nextRevision, readStoredValue, serializeEnvelope } from './envelope';

const companies = (reading: ReturnType<typeof readStoredValue>) =>
  reading.kind === 'ok' ? reading.document.offers.map((o) => o.company) : reading.kind;

describe('readStoredValue', () => {
  it('reads nothing stored as empty', () => {
    expect(readStoredValue(null)).toEqual({ kind: 'empty' });
  });

  it('reads a stored envelope of the current version (fixture) with its revision', () => {
    const reading = readStoredValue(JSON.stringify(storedV2));
    expect(reading).toMatchObject({ kind: 'ok', revision: 7, warnings: [] });
    expect(companies(reading)).toEqual(['Northwind', 'Lumen Labs', 'Kontor']);
  });

  it('reads a version-1 document stored before envelopes existed (fixture) as revision 0', () => {
    const reading = readStoredValue(JSON.stringify(documentV1));
    expect(reading).toMatchObject({ kind: 'ok', revision: 0 });
    if (reading.kind === 'ok') expect(reading.document.version).toBe(CURRENT_VERSION);
  });

  it('migrates a version-1 document inside an envelope', () => {
    const raw = JSON.stringify({ revision: 3, savedAt: 'x', document: documentV1 });
    const reading = readStoredValue(raw);
    expect(reading).toMatchObject({ kind: 'ok', revision: 3 });
    if (reading.kind === 'ok')
      expect(reading.document.offers[0]?.compensation.signingBonusClawbackMonths).toBe(0);
  });

  it('calls text that is not JSON unreadable and keeps the raw text', () => {
    expect(readStoredValue('{"format":"trade')).toEqual({
      kind: 'unreadable',
      raw: '{"format":"trade',
      errors: [{ path: '', message: 'is not valid JSON' }],
    });
  });

  it('calls an invalid document unreadable and names the paths', () => {
    const doc = makeDocument({ offers: [makeOffer({ company: 'Acme' })] });
    const raw = JSON.stringify({
      revision: 1,
      savedAt: 'x',
      document: { ...doc, offers: [{ ...doc.offers[0], compensation: { baseSalary: -1 } }] },
    });
    const reading = readStoredValue(raw);
    expect(reading).toMatchObject({
      kind: 'unreadable',
      errors: [{ path: 'offers[0].compensation.baseSalary', message: 'must be ≥ 0' }],
    });
  });

  it('calls an envelope with a broken revision unreadable', () => {
    const raw = JSON.stringify({ revision: -1, savedAt: 'x', document: makeDocument() });
    expect(readStoredValue(raw)).toMatchObject({
      kind: 'unreadable',
      errors: [{ path: 'revision' }],
    });
  });

  it('recognises data from a newer version, bare or in an envelope', () => {
    const newer = { ...makeDocument(), version: CURRENT_VERSION + 1, somethingNew: true };
    expect(readStoredValue(JSON.stringify(newer)).kind).toBe('newer-version');
    const enveloped = JSON.stringify({ revision: 9, savedAt: 'x', document: newer });
    expect(readStoredValue(enveloped)).toMatchObject({ kind: 'newer-version', raw: enveloped });
  });
});

describe('serializeEnvelope', () => {
  it('keeps the versioned document whole under "document"', () => {
    const document = makeDocument({ offers: [makeOffer({ company: 'Acme' })] });
    const raw = serializeEnvelope({ revision: 4, savedAt: '2026-01-01T00:00:00.000Z', document });
    expect(JSON.parse(raw)).toEqual({
      revision: 4,
      savedAt: '2026-01-01T00:00:00.000Z',
      document: { ...document, format: 'tradeoff', version: CURRENT_VERSION },
    });
    expect(readStoredValue(raw)).toMatchObject({ kind: 'ok', revision: 4, document });
  });
});

describe('merge hints in the envelope', () => {
  it('reads when and from which values a save was made', () => {
    const raw = serializeEnvelope({
      revision: 2,
      savedAt: '2026-12-01T12:00:00.000Z',
      basedOn: ['abc', 'def'],
      document: makeDocument(),
    });
    expect(readStoredValue(raw)).toMatchObject({
      kind: 'ok',
      savedAt: '2026-12-01T12:00:00.000Z',
      basedOn: ['abc', 'def'],
    });
  });

  it('ignores hints of the wrong type rather than call the data unreadable', () => {
    const raw = JSON.stringify({
      revision: 2,
      savedAt: 5,
      basedOn: 'abc',
      document: makeDocument(),
    });
    const reading = readStoredValue(raw);
    expect(reading.kind).toBe('ok');
    expect(reading).not.toHaveProperty('basedOn');
    expect(reading).not.toHaveProperty('savedAt');
  });
});

describe('revisions', () => {
  const MAX = Number.MAX_SAFE_INTEGER;

  it('count up by one and start again at 1 after the largest safe integer', () => {
    expect(nextRevision(0)).toBe(1);
    expect(nextRevision(41)).toBe(42);
    expect(nextRevision(MAX - 1)).toBe(MAX);
    expect(nextRevision(MAX)).toBe(1);
  });

  it('always write an envelope that reads back, even after 2^53 − 1', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(0, MAX - 1, MAX), fc.maxSafeNat()), (revision) => {
        const next = nextRevision(revision);
        const raw = serializeEnvelope({ revision: next, savedAt: 'now', document: makeDocument() });
        expect(readStoredValue(raw)).toMatchObject({ kind: 'ok', revision: next });
      }),
    );
  });

  it('tell the next revision newer than the one before, across the wrap too', () => {
    fc.assert(
      fc.property(fc.oneof(fc.constantFrom(0, MAX - 1, MAX), fc.maxSafeNat()), (revision) => {
        expect(isNewerRevision(nextRevision(revision), revision)).toBe(true);
        expect(isNewerRevision(revision, nextRevision(revision))).toBe(false);
        expect(isNewerRevision(revision, revision)).toBe(false);
      }),
    );
  });
});
