export type RateParse = { ok: true; value: number } | { ok: false; message: string };

const EXAMPLE = 'for example 1.08';

/**
 * Reads what a person typed into an exchange-rate field. Only a value the
 * document schema accepts (more than 0, less than 1,000,000) is ever written;
 * everything else gets a message in words.
 */
export const parseRate = (text: string): RateParse => {
  const trimmed = text.trim().replace(/\s+/g, '');
  if (trimmed === '') return { ok: false, message: `Enter a rate, ${EXAMPLE}.` };
  // A lone comma is a decimal comma ("0,92"); with a dot too, commas group thousands.
  const normalised = trimmed.includes('.')
    ? trimmed.replace(/,/g, '')
    : trimmed.replace(/,(?=\d*$)/, '.');
  const value = /^(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
  if (!Number.isFinite(value)) return { ok: false, message: `Enter a number, ${EXAMPLE}.` };
  if (value <= 0) return { ok: false, message: 'The rate must be more than 0.' };
  if (value >= 1e6) return { ok: false, message: 'The rate must be less than 1,000,000.' };
  return { ok: true, value };
};

/** A stored rate as the field shows it: up to 6 significant decimals, no trailing zeros. */
export const formatRate = (rate: number | undefined): string =>
  rate === undefined ? '' : String(Number(rate.toPrecision(6)));
