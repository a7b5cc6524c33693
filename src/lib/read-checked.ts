import type * as z from 'zod/mini';
import { readNumber, readingMessage, type NumberKind } from './number-reader';

export type Checked = { ok: true; value: number } | { ok: false; message: string };

interface CheckedOptions {
  kind: NumberKind;
  /** The domain's schema of the value: its bounds and their words. */
  schema: z.ZodMiniType<number, number>;
  /** What the value is called in a sentence: "The rate", "A weight". */
  subject: string;
  locale?: string;
  /** Messages for an empty field or one that holds no number, when the reader's own are too vague. */
  empty?: string;
  invalid?: string;
}

/**
 * Reads a number for an input that saves on its own (outside a form): the
 * one number reader, then the domain schema's bounds, each problem as a
 * sentence for the field's message.
 */
export const readChecked = (text: string, options: CheckedOptions): Checked => {
  const { kind, schema, subject, locale, empty, invalid } = options;
  const reading = readNumber(text, kind, locale);
  if (!reading.ok) {
    return {
      ok: false,
      message: `${readingMessage(reading, kind, text, locale, { empty, invalid })}.`,
    };
  }
  const checked = schema.safeParse(reading.value);
  if (checked.success) return { ok: true, value: checked.data };
  return {
    ok: false,
    message: `${subject} ${checked.error.issues[0]?.message ?? 'is not valid'}.`,
  };
};
