import { MONEY_LIMIT, type ExitScenario, type Series } from '../../domain/document/schema';
import { readNumber } from '../../lib/number-reader';

/*
 * The fields that hold rows (exit scenarios, the preference stack) keep
 * them as one text, a JSON list of rows of cell texts; these read it, row
 * by row, and name each problem by its row and cell in words, so every
 * bound of every cell has its sentence next to the field.
 */

/** How a field's text becomes its value, or the sentence saying what to enter. */
export type Read<T> = (text: string) => { ok: true; value: T } | { ok: false; message: string };

/** The rows of a rows field: lists of cell texts. */
export const fieldRows = (text: string): string[][] => {
  try {
    const rows: unknown = JSON.parse(text || '[]');
    return Array.isArray(rows)
      ? rows.map((row) => (Array.isArray(row) ? row.map((cell) => String(cell ?? '')) : []))
      : [];
  } catch {
    return [];
  }
};

const blank = (row: readonly string[]) => row.every((cell) => cell.trim() === '');

/**
 * Exit scenarios from their rows (name, value, year, chance, how it ends);
 * a row left empty is no scenario. The domain schema then checks that the
 * chances add up to at most 100 %.
 */
export const exitsReader =
  (locale: string | undefined): Read<ExitScenario[]> =>
  (text) => {
    const exits: ExitScenario[] = [];
    for (const [i, row] of fieldRows(text).entries()) {
      const [label = '', value = '', year = '', pct = '', kind = ''] = row;
      if (blank([label, value, year, pct])) continue;
      const where = `Scenario ${i + 1}:`;
      const amount = readNumber(value, 'amount', locale);
      if (!amount.ok || amount.value < 0)
        return {
          ok: false,
          message: `${where} enter the company's value at exit, like 500m or 1.2b`,
        };
      if (amount.value >= MONEY_LIMIT)
        return {
          ok: false,
          message: `${where} the company value at exit must be less than 1,000,000,000,000`,
        };
      const when = readNumber(year, 'number', locale);
      if (!when.ok || !Number.isInteger(when.value) || when.value < 1 || when.value > 10)
        return {
          ok: false,
          message: `${where} enter the year of the exit, a whole year from 1 to 10`,
        };
      const chance = readNumber(pct, 'number', locale);
      if (!chance.ok || chance.value < 0 || chance.value > 100)
        return { ok: false, message: `${where} enter its chance, a percentage from 0 to 100` };
      exits.push({
        label: label.trim(),
        value: amount.value,
        year: when.value,
        pct: chance.value,
        kind: kind === 'ipo' ? 'ipo' : 'acquisition',
      });
    }
    return { ok: true, value: exits };
  };

type Cell = { ok: true; value: number } | { ok: false; message: string };

const bounded = (
  text: string,
  locale: string | undefined,
  min: number,
  max: number,
  message: string,
): Cell => {
  const reading = readNumber(text, 'amount', locale);
  return reading.ok && reading.value >= min && reading.value <= max
    ? { ok: true, value: reading.value }
    : { ok: false, message };
};

const PARTICIPATION = new Set(['none', 'full', 'capped']);

/**
 * The preference stack from its rows (name, invested, price per share,
 * shares, multiple, participation, cap); a row left empty is no series.
 * A series needs its price or its shares; the multiple is 1 to 3 (1 when
 * left empty) and a cap, when capped, from the multiple to 10.
 */
export const seriesReader =
  (locale: string | undefined): Read<Series[]> =>
  (text) => {
    const series: Series[] = [];
    const top = MONEY_LIMIT * 0.999999;
    for (const [i, row] of fieldRows(text).entries()) {
      const [name = '', invested = '', price = '', shares = '', multiple = '', how = '', cap = ''] =
        row;
      if (blank([name, invested, price, shares, multiple, cap])) continue;
      const where = `Series ${i + 1}:`;
      const money = bounded(
        invested,
        locale,
        0,
        top,
        `${where} enter the money invested, like 20m`,
      );
      if (!money.ok) return money;
      const noPrice = price.trim() === '';
      const perShare = noPrice
        ? null
        : bounded(price, locale, 0, top, `${where} enter the price per share, like 5.00`);
      if (perShare && !perShare.ok) return perShare;
      const count =
        shares.trim() === ''
          ? null
          : bounded(
              shares,
              locale,
              0,
              top,
              `${where} enter the shares, like 4m, or leave them empty`,
            );
      if (count && !count.ok) return count;
      if (!perShare && !count)
        return {
          ok: false,
          message: `${where} enter the price per share, or the shares it bought`,
        };
      const times =
        multiple.trim() === ''
          ? { ok: true as const, value: 1 }
          : bounded(multiple, locale, 1, 3, `${where} enter the multiple, from 1 to 3 (1 for 1×)`);
      if (!times.ok) return times;
      const participation = PARTICIPATION.has(how) ? (how as Series['participation']) : 'none';
      let capMultiple = 3;
      if (participation === 'capped') {
        const limit = bounded(
          cap,
          locale,
          times.value,
          10,
          `${where} enter the cap, a multiple from ${times.value} (the multiple) to 10`,
        );
        if (!limit.ok) return limit;
        capMultiple = limit.value;
      }
      series.push({
        name: name.trim(),
        invested: money.value,
        price: perShare?.value ?? 0,
        shares: count?.value ?? null,
        multiple: times.value,
        participation,
        capMultiple: Math.max(capMultiple, times.value),
      });
    }
    return { ok: true, value: series };
  };
