/**
 * lz-string's `decompressFromEncodedURIComponent`, rewritten to stop once the
 * output passes `maxLength`. lz-string has no limit: its format lets every
 * code repeat the previous one plus a character, so a link of 70,000
 * characters can unpack to 450 million and freeze the page for seconds. Here
 * the work is bounded by the limit, whatever the link. The bit layout is
 * lz-string's (1.5): six bits per character of its URI-safe alphabet, most
 * significant first; each value read least significant bit first.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUES = new Map([...ALPHABET].map((char, index) => [char, index]));

/** `damaged`: not lz-string data; `too-long`: it unpacks to more than the limit. */
export type Decompressed =
  { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too-long' };

const DAMAGED = { ok: false, reason: 'damaged' } as const;

export const decompressUriComponent = (input: string, maxLength: number): Decompressed => {
  if (input === '') return DAMAGED;
  // Links pasted into some apps turn "+" into a space; lz-string reads it back the same way.
  const source = input.replace(/ /g, '+');
  const valueAt = (at: number) => VALUES.get(source.charAt(at)) ?? 0;
  // As lz-string does: the next character is loaded as soon as the current one is used up.
  let value = valueAt(0);
  let position = 32;
  let index = 1;
  const readBits = (count: number) => {
    let bits = 0;
    for (let power = 1; power !== 1 << count; power <<= 1) {
      if ((value & position) !== 0) bits |= power;
      position >>= 1;
      if (position === 0) {
        position = 32;
        value = valueAt(index++);
      }
    }
    return bits;
  };

  // Codes 0, 1 and 2 say "an 8-bit character", "a 16-bit character", "the end".
  const dictionary: string[] = ['', '', ''];
  let numBits = 3;
  let enlargeIn = 4;
  const first = readBits(2);
  if (first === 2) return { ok: true, text: '' };
  if (first !== 0 && first !== 1) return DAMAGED;
  let w = String.fromCharCode(readBits(first === 0 ? 8 : 16));
  dictionary.push(w);
  const parts = [w];
  let length = w.length;

  for (;;) {
    // Past the end of the input: lz-string gives "" here, which is no data either.
    if (index > source.length) return DAMAGED;
    let code = readBits(numBits);
    if (code === 2) return { ok: true, text: parts.join('') };
    if (code === 0 || code === 1) {
      dictionary.push(String.fromCharCode(readBits(code === 0 ? 8 : 16)));
      code = dictionary.length - 1;
      enlargeIn -= 1;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: string;
    if (code < dictionary.length) entry = dictionary[code]!;
    else if (code === dictionary.length) entry = w + w.charAt(0);
    else return DAMAGED;

    length += entry.length;
    if (length > maxLength) return { ok: false, reason: 'too-long' };
    parts.push(entry);
    dictionary.push(w + entry.charAt(0));
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
};
