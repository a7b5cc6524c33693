/** Number and money formatting shared by every feature (Intl, cached). */

const cache = new Map<string, Intl.NumberFormat>();

const formatter = (key: string, make: () => Intl.NumberFormat) => {
  let f = cache.get(key);
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
};

/**
 * How many digits an amount shows: `whole` units (`€150,000`: offers are
 * compared in thousands), `cents` (`$12.50`, a share price), `asTyped`
 * (whole amounts whole, anything else to the cent or finer as it is: what a
 * form field shows and reads back), or `compact` for axes and short lists (`€150K`).
 */
export type MoneyDigits = 'whole' | 'cents' | 'asTyped' | 'compact';

/** Decimals a field keeps past the cent, so a price of $0.000001 reads back as itself. */
const TYPED_DECIMALS = 10;

/** Whole amounts under 10 keep their cents where they have some: $7.30, never $7. */
const smallWithCents = (amount: number) =>
  Math.abs(amount) < 10 && Math.round(Math.abs(amount) * 100) % 100 !== 0;

/**
 * The fewest decimals a field writes: two, or four for an amount with exactly
 * three ($1.0590): "$1.059" would read back as 1,059, since a group of three
 * digits after one mark is a thousands group in every locale.
 */
const typedMinimum = (amount: number): number => {
  const fraction = Math.abs(amount).toFixed(TYPED_DECIMALS).split('.')[1]?.replace(/0+$/, '') ?? '';
  return fraction.length === 3 ? 4 : 2;
};

const moneyOptions = (amount: number, digits: MoneyDigits): Intl.NumberFormatOptions => {
  if (digits === 'compact') return { notation: 'compact', maximumFractionDigits: 1 };
  if (digits === 'asTyped' && !Number.isInteger(amount))
    return { minimumFractionDigits: typedMinimum(amount), maximumFractionDigits: TYPED_DECIMALS };
  const cents = digits === 'cents' || (digits === 'whole' && smallWithCents(amount));
  return { minimumFractionDigits: cents ? 2 : 0, maximumFractionDigits: cents ? 2 : 0 };
};

/** A value that rounds to zero at `fractionDigits` is written as 0, never as "-0". */
const signed = (value: number, fractionDigits: number): number =>
  Math.abs(value) < 0.5 * 10 ** -fractionDigits ? 0 : value;

/**
 * The one way an amount of money is written: `150000, 'EUR'` → `€150,000`.
 * An unknown currency code keeps its digits and names the code.
 */
export const formatMoney = (
  amount: number,
  currency: string,
  locale?: string,
  digits: MoneyDigits = 'whole',
): string => {
  const options = moneyOptions(amount, digits);
  const value = signed(amount, options.maximumFractionDigits ?? 1);
  const key = `${digits}:${options.minimumFractionDigits ?? ''}:${options.maximumFractionDigits ?? ''}:${locale ?? ''}`;
  try {
    return formatter(
      `money:${currency}:${key}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency, ...options }),
    ).format(value);
  } catch {
    return `${formatter(`plain:${key}`, () => new Intl.NumberFormat(locale, options)).format(value)} ${currency}`;
  }
};

/** Compact money for chart axes: `€150K`. */
export const formatMoneyCompact = (amount: number, currency: string, locale?: string): string =>
  formatMoney(amount, currency, locale, 'compact');

export const formatNumber = (value: number, maximumFractionDigits = 0, locale?: string): string =>
  formatter(
    `number:${maximumFractionDigits}:${locale ?? ''}`,
    () => new Intl.NumberFormat(locale, { maximumFractionDigits }),
  ).format(signed(value, maximumFractionDigits));

/** Scores are shown with one decimal everywhere (`78.4`); ranking never uses the rounded value. */
export const formatScore = (score: number): string => score.toFixed(1);

export const formatPercent = (value: number, maximumFractionDigits = 0): string =>
  `${formatNumber(value, maximumFractionDigits)} %`;
