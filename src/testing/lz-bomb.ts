/*
 * A share-link payload that unpacks to a huge run of one character: each code
 * of lz-string's format may say "the previous piece plus its first character",
 * so k codes (about 12 to 16 bits each) unpack to about k²/2 characters. Built
 * bit by bit, because compressing the run with lz-string itself takes minutes.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** The `#data=` payload and the number of characters (`char`, repeated) it unpacks to. */
export const lzRunPayload = (atLeast: number, char = 'a'): { payload: string; length: number } => {
  const out: string[] = [];
  let current = 0;
  let used = 0;
  // lz-string packs six bits per character, most significant first; values go least significant first.
  const write = (value: number, count: number) => {
    for (let bit = 0; bit < count; bit++) {
      current = (current << 1) | ((value >> bit) & 1);
      used += 1;
      if (used === 6) {
        out.push(ALPHABET[current]!);
        current = 0;
        used = 0;
      }
    }
  };

  // The first character: type 0 (8 bits), then the character itself.
  write(0, 2);
  write(char.charCodeAt(0), 8);
  let dictSize = 4;
  let numBits = 3;
  let enlargeIn = 4;
  let piece = 1;
  let length = 1;
  while (length < atLeast) {
    // The code one past the dictionary: "the previous piece plus its first character".
    write(dictSize, numBits);
    dictSize += 1;
    piece += 1;
    length += piece;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  write(2, numBits); // the end
  if (used > 0) write(0, 6 - used);
  return { payload: out.join(''), length };
};
