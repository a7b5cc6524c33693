/*
 * What recharts gets in place of decimal.js-light (the recharts-trim plugin in
 * vite.config.ts). recharts uses decimal numbers only to work out round axis
 * ticks (0, 50,000, 100,000 …) without binary fractions creeping in
 * (0.30000000000000004). This is the part of decimal.js-light that its tick
 * code calls, worked the same way: a number is read as its shortest decimal
 * form, and each result is exact, then cut to 20 significant digits (toward
 * zero, as decimal.js-light truncates). chart-decimal.test.ts runs recharts' tick code on both and compares.
 */

type Value = number | string | Decimal;

/** Significant digits every result keeps, as decimal.js-light's default precision. */
const PRECISION = 20;

const TEN = 10n;
const pow10 = (n: number): bigint => TEN ** BigInt(n);
const digitsOf = (c: bigint): number => (c === 0n ? 1 : c.toString().length);

/** `c × 10^e`, cut to PRECISION significant digits (toward zero) and without trailing zeros. */
const exact = (signed: bigint, e: number): Decimal => {
  let c = signed < 0n ? -signed : signed;
  const extra = digitsOf(c) - PRECISION;
  if (extra > 0) {
    c /= pow10(extra);
    e += extra;
  }
  while (c !== 0n && c % TEN === 0n) {
    c /= TEN;
    e += 1;
  }
  return new Decimal({ c: signed < 0n ? -c : c, e });
};

/** Two values on one exponent, so they add, compare and divide as whole numbers. */
const aligned = (a: Decimal, b: Decimal): [bigint, bigint, number] => {
  const e = Math.min(a.e, b.e);
  return [a.c * pow10(a.e - e), b.c * pow10(b.e - e), e];
};

const parse = (value: number | string): { c: bigint; e: number } => {
  const match = /^(-?)(\d*)\.?(\d*)(?:e([+-]?\d+))?$/i.exec(String(value).trim());
  if (!match) throw new TypeError(`Not a finite number: ${String(value)}`);
  const [, sign, whole = '', fraction = '', exponent = '0'] = match;
  const c = BigInt(`${whole}${fraction}` || '0');
  return { c: sign === '-' ? -c : c, e: Number(exponent) - fraction.length };
};

/** The part of decimal.js-light's Decimal that recharts' tick code calls. */
export default class Decimal {
  /** The value is `c × 10^e`; `c` carries the sign. */
  readonly c: bigint;
  readonly e: number;

  constructor(value: Value | { c: bigint; e: number }) {
    const { c, e } = value instanceof Decimal || typeof value === 'object' ? value : parse(value);
    this.c = c;
    this.e = e;
  }

  add(other: Value): Decimal {
    const [a, b, e] = aligned(this, new Decimal(other));
    return exact(a + b, e);
  }

  sub(other: Value): Decimal {
    const [a, b, e] = aligned(this, new Decimal(other));
    return exact(a - b, e);
  }

  mul(other: Value): Decimal {
    const b = new Decimal(other);
    return exact(this.c * b.c, this.e + b.e);
  }

  div(other: Value): Decimal {
    const b = new Decimal(other);
    if (b.c === 0n) throw new RangeError('Division by zero');
    // Enough digits that the quotient, cut at PRECISION, is the exact one cut there.
    const shift = Math.max(0, PRECISION + 1 + digitsOf(b.c) - digitsOf(this.c));
    return exact((this.c * pow10(shift)) / b.c, this.e - b.e - shift);
  }

  /** The remainder after whole divisions, with the sign of this (decimal.js-light's default). */
  mod(other: Value): Decimal {
    const [a, b, e] = aligned(this, new Decimal(other));
    if (b === 0n) throw new RangeError('Division by zero');
    return exact(a % b, e);
  }

  /** This to a whole power. */
  pow(exponent: Value): Decimal {
    const n = Number(exponent instanceof Decimal ? exponent.toNumber() : exponent);
    if (!Number.isInteger(n)) throw new RangeError(`Not a whole power: ${n}`);
    let result = new Decimal(1);
    for (let i = 0; i < Math.abs(n); i++) result = result.mul(this);
    return n < 0 ? new Decimal(1).div(result) : result;
  }

  abs(): Decimal {
    return this.c < 0n ? new Decimal({ c: -this.c, e: this.e }) : this;
  }

  /**
   * The logarithm in base 10: exact for a power of ten, else a double between
   * the two whole numbers it lies between (all the tick code needs of it).
   */
  log(base: Value = 10): Decimal {
    if ((base instanceof Decimal ? base.toNumber() : Number(base)) !== 10)
      throw new RangeError('Only base 10');
    if (this.c <= 0n) throw new RangeError('Logarithm of a number not above 0');
    const digits = digitsOf(this.c);
    const whole = digits - 1 + this.e;
    if (this.c === 1n) return new Decimal(whole);
    const leading = Number(`${this.c}e${1 - digits}`);
    const log = whole + Math.log10(leading);
    // Below the next whole number even where the double would round up to it.
    const below = whole + 1 - Math.max(1, Math.abs(whole + 1)) * Number.EPSILON;
    return new Decimal(Math.min(log, below));
  }

  isint(): boolean {
    return this.e >= 0 || this.c % pow10(-this.e) === 0n;
  }

  lt(other: Value): boolean {
    return this.sub(other).c < 0n;
  }

  lte(other: Value): boolean {
    return this.sub(other).c <= 0n;
  }

  gt(other: Value): boolean {
    return this.sub(other).c > 0n;
  }

  gte(other: Value): boolean {
    return this.sub(other).c >= 0n;
  }

  eq(other: Value): boolean {
    return this.sub(other).c === 0n;
  }

  toNumber(): number {
    return Number(`${this.c}e${this.e}`);
  }
}
