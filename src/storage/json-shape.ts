export interface JsonShapeLimits {
  /** Levels of nesting; a document uses 6. */
  depth: number;
  /** Entries of one list or object; the longest list of a document is its 200 offers. */
  entries: number;
  /** Values in the whole text; a document with 200 offers has about 12,000. */
  values: number;
}

/**
 * How big a Tradeoff document can be, in JSON terms, with room to spare: 200
 * offers of about 60 values each, settings, a few hundred exchange rates and
 * some unknown fields. Text past these limits is refused before it is parsed,
 * because parsing and validating it could block the page for seconds (a list
 * of a million entries, a record of 300,000 keys, 2 million nested brackets).
 */
export const JSON_SHAPE_LIMITS: Readonly<JsonShapeLimits> = {
  depth: 32,
  entries: 2_000,
  values: 100_000,
};

const number = (n: number) => n.toLocaleString('en-US');

/**
 * Checks the nesting and the number of entries of JSON text in one pass over
 * its characters, without parsing it. Returns what is wrong, in words, or
 * null. Text that is not JSON may pass: JSON.parse refuses it next.
 */
export const checkJsonShape = (
  text: string,
  limits: Readonly<JsonShapeLimits> = JSON_SHAPE_LIMITS,
): string | null => {
  /** Commas seen at the level of each list or object still open, innermost last. */
  const commas: number[] = [];
  let values = 1;
  for (let i = 0; i < text.length; i++) {
    switch (text.charCodeAt(i)) {
      case 34: // a string: skipped to its closing quote, escapes included
        for (i++; i < text.length; i++) {
          const code = text.charCodeAt(i);
          if (code === 92) i++;
          else if (code === 34) break;
        }
        break;
      case 91: // [
      case 123: // {
        if (commas.length >= limits.depth) {
          return `The data is nested more than ${limits.depth} levels deep; a Tradeoff document never is.`;
        }
        commas.push(0);
        values += 1;
        break;
      case 93: // ]
      case 125: // }
        commas.pop();
        break;
      case 44: {
        // , another entry of the innermost list or object
        const level = commas.length - 1;
        if (level < 0) break;
        commas[level]! += 1;
        values += 1;
        if (commas[level]! >= limits.entries) {
          return `The data has a list or object of more than ${number(limits.entries)} entries; a Tradeoff document has at most 200 offers.`;
        }
        break;
      }
    }
    if (values > limits.values) {
      return `The data holds more than ${number(limits.values)} values; a Tradeoff document holds far fewer.`;
    }
  }
  return null;
};
