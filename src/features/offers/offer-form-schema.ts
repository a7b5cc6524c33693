import * as z from 'zod/mini';
import { OFFER_FIELDS, setValueAt, type OfferField } from '../../domain/fields/offer-fields';
import { exchangeRateSchema, rangeIssue, type Offer } from '../../domain/document/schema';
import { fieldSchema } from '../../domain/fields/offer-field-schema';
import { exitsReader, seriesReader, type Read } from './row-readers';
import {
  formatNumberInput,
  readNumber,
  readNumberList,
  readingMessage,
  type NumberKind,
} from '../../lib/number-reader';

/*
 * The offer form's schema, built from the field registry: each text input is
 * read into a value by the one number reader and then handed to the domain's
 * own field schema (`.pipe`), so bounds and their messages live in one place.
 */

/** The fields a person edits: everything but the offer's id and timestamps. */
export type EditableOffer = Omit<Offer, 'id' | 'createdAt' | 'updatedAt'>;

/** Every field of the form holds text; numbers and lists are read by the schema. */
type AsText<T> = {
  [K in keyof T]: T[K] extends readonly unknown[]
    ? string
    : NonNullable<T[K]> extends Record<string, unknown>
      ? AsText<NonNullable<T[K]>>
      : string;
};

export type OfferFormInput = AsText<EditableOffer> & {
  /** How many display-currency units one unit of `currency` buys; asked only for a foreign currency. */
  exchangeRate: string;
};
export type OfferFormOutput = EditableOffer & { exchangeRate: number };

/** Text read by `read`; a problem becomes an issue on the field and stops the pipe. */
const textTo = <T>(read: Read<T>) =>
  z.pipe(
    z.string(),
    z.transform((text: string, ctx) => {
      const result = read(text);
      if (result.ok) return result.value;
      ctx.issues.push({ code: 'custom', message: result.message, input: text });
      return z.NEVER as never;
    }),
  );

interface NumberMessages {
  empty?: string;
  invalid?: string;
}

/** A number read with the locale's marks; `optional`: an empty field is `null`. */
const numberReader =
  (kind: NumberKind, locale: string | undefined, messages: NumberMessages = {}, optional = false) =>
  (text: string): ReturnType<Read<number | null>> => {
    const reading = readNumber(text, kind, locale);
    if (reading.ok) return reading;
    if (reading.reason === 'empty' && optional) return { ok: true, value: null };
    const optionalHint = optional && reading.reason === 'invalid' ? ', or leave it empty' : '';
    return {
      ok: false,
      message: readingMessage(reading, kind, text, locale, messages) + optionalHint,
    };
  };

const SCHEDULE_EXAMPLE = 'e.g. 25, 25, 25, 25';

const scheduleReader =
  (locale: string | undefined): Read<number[]> =>
  (text) => {
    if (text.trim() === '') {
      return { ok: false, message: `Enter the percentage vesting each year, ${SCHEDULE_EXAMPLE}` };
    }
    const schedule = readNumberList(text, locale);
    if (schedule) return { ok: true, value: schedule };
    return { ok: false, message: `Enter percentages separated by commas, ${SCHEDULE_EXAMPLE}` };
  };

const optionalChoiceReader: Read<string | null> = (text) => ({
  ok: true,
  value: text === '' ? null : text,
});

/** An empty date field means "no deadline". */
const dateReader: Read<string | null> = (text) => ({
  ok: true,
  value: text.trim() === '' ? null : text.trim(),
});

/** A checkbox's text: "true" when ticked. */
const flagReader: Read<boolean> = (text) => ({ ok: true, value: text === 'true' });

const COUNT_MESSAGES = { empty: 'Enter a number', invalid: 'Enter a number like 10,000 or 10k' };
const RATING_MESSAGES = { empty: 'Choose a rating', invalid: 'Choose a rating from 1 to 5' };

/** How one registry field's text becomes its value. */
const fieldTextSchema = (field: OfferField, locale: string | undefined): z.ZodMiniType => {
  const target = fieldSchema(field);
  const read = (reader: Read<unknown>) => z.pipe(textTo(reader), target);
  switch (field.kind) {
    case 'money':
      return read(numberReader('amount', locale, {}, field.optional !== undefined));
    case 'count':
      return read(numberReader('amount', locale, COUNT_MESSAGES));
    case 'percent':
    case 'number':
    case 'months':
      return read(numberReader('number', locale, {}, field.optional !== undefined));
    case 'choice':
      // An optional choice's empty option means "none" (null).
      return field.optional ? read(optionalChoiceReader) : target;
    case 'rating':
      // "Not rated" is the empty choice: null.
      return read(numberReader('number', locale, RATING_MESSAGES, true));
    case 'schedule':
      return read(scheduleReader(locale));
    case 'exits':
      return read(exitsReader(locale));
    case 'series':
      return read(seriesReader(locale));
    case 'date':
      return read(dateReader);
    case 'flag':
      return read(flagReader);
    default:
      return target;
  }
};

const fieldSchemas = new Map<string, z.ZodMiniType>();

/** One field's text schema per locale, made once: the whole form's schema and `readFieldText` share it. */
const fieldTextSchemaFor = (field: OfferField, locale: string | undefined): z.ZodMiniType => {
  const key = `${locale ?? ''}|${field.path}`;
  let schema = fieldSchemas.get(key);
  if (!schema) {
    schema = fieldTextSchema(field, locale);
    fieldSchemas.set(key, schema);
  }
  return schema;
};

type Tree = { [key: string]: Tree | z.ZodMiniType };

const toObject = (tree: Tree): z.ZodMiniType =>
  z.object(
    Object.fromEntries(
      Object.entries(tree).map(([key, node]) => [
        key,
        '_zod' in node ? (node as z.ZodMiniType) : toObject(node as Tree),
      ]),
    ),
  );

const build = (locale: string | undefined) => {
  const tree: Tree = {
    exchangeRate: z.pipe(
      textTo(
        numberReader('number', locale, {
          empty: 'Enter the exchange rate',
          invalid: `Enter the exchange rate as a number, like ${formatNumberInput(1.08, locale)}`,
        }),
      ),
      exchangeRateSchema(),
    ),
  };
  for (const field of OFFER_FIELDS) setValueAt(tree, field.path, fieldTextSchemaFor(field, locale));
  // Each field is read on its own above; the ranges (version 7) also need their middle.
  const ranges = z.superRefine((offer: EditableOffer, ctx) => {
    const c = offer.compensation;
    const issues = [
      [
        'compensation.bonusPayout',
        rangeIssue(
          c.bonusPayoutLowPct,
          c.bonusPayoutPct,
          c.bonusPayoutHighPct,
          'expected bonus payout',
          ' %',
        ),
        ['LowPct', 'HighPct'],
      ],
      [
        'compensation.equity.sharePrice',
        rangeIssue(
          c.equity.sharePriceLow,
          c.equity.sharePrice,
          c.equity.sharePriceHigh,
          'share price',
        ),
        ['Low', 'High'],
      ],
    ] as const;
    for (const [stem, issue, [low, high]] of issues)
      if (issue)
        ctx.addIssue({
          code: 'custom',
          path: `${stem}${issue.end === 'low' ? low : high}`.split('.'),
          message: issue.message,
        });
  });
  return (toObject(tree) as z.ZodMiniType<EditableOffer>).check(ranges) as unknown as z.ZodMiniType<
    OfferFormOutput,
    OfferFormInput
  >;
};

const schemas = new Map<string, ReturnType<typeof build>>();

/**
 * The form's schema for people who write numbers the way `locale` does (the
 * runtime's own when absent), built when the form first asks for it.
 */
export const offerFormSchemaFor = (locale?: string) => {
  let schema = schemas.get(locale ?? '');
  if (!schema) {
    schema = build(locale);
    schemas.set(locale ?? '', schema);
  }
  return schema;
};

/** One field's text read as the form would save it; `ok: false` when it does not read. */
export const readFieldText = (
  field: OfferField,
  text: string,
  locale?: string,
): { ok: true; value: unknown } | { ok: false } => {
  const result = fieldTextSchemaFor(field, locale).safeParse(text);
  return result.success ? { ok: true, value: result.data } : { ok: false };
};

/** "25, 25, 25, 25" → [25, 25, 25, 25]; null when an entry does not read. */
export const parseVestingText = (text: string, locale?: string) => readNumberList(text, locale);
