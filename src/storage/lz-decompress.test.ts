import fc from 'fast-check';
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from 'lz-string';
import { lzRunPayload } from '../testing/lz-bomb';
import { decompressUriComponent } from './lz-decompress';

describe('decompressUriComponent', () => {
  it('reads back whatever lz-string packed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        expect(decompressUriComponent(compressToEncodedURIComponent(text), 10_000)).toEqual({
          ok: true,
          text,
        });
      }),
      { numRuns: 60 },
    );
  });

  it('reads any input as lz-string does, or calls it damaged where lz-string gives nothing', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$ %';
    const payload = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 1, maxLength: 60 });
    fc.assert(
      fc.property(payload, (input) => {
        let expected: string | null;
        try {
          expected = decompressFromEncodedURIComponent(input);
        } catch {
          expected = null;
        }
        const result = decompressUriComponent(input, 1_000_000);
        // lz-string also turns a malformed first code into text ("undefined…"); that is damage too.
        if (result.ok) expect(result.text).toBe(expected);
        else expect(result.reason).toBe('damaged');
      }),
      { numRuns: 500 },
    );
  });

  it('stops as soon as the output passes the limit, however much more the input holds', () => {
    // 69,550 characters that unpack to 450 million: the link of the bug report.
    const { payload, length } = lzRunPayload(450_000_000);
    expect(payload.length).toBeLessThan(70_000);
    expect(length).toBeGreaterThan(450_000_000);
    expect(decompressUriComponent(payload, 5_000_000)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('unpacks up to the limit exactly', () => {
    const { payload, length } = lzRunPayload(10_000);
    expect(decompressUriComponent(payload, length)).toEqual({ ok: true, text: 'a'.repeat(length) });
    expect(decompressUriComponent(payload, length - 1)).toEqual({ ok: false, reason: 'too-long' });
  });

  it('calls an empty payload damaged', () => {
    expect(decompressUriComponent('', 100)).toEqual({ ok: false, reason: 'damaged' });
  });
});
