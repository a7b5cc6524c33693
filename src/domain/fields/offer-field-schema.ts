import type * as z from 'zod/mini';
import { offerSchema } from '../document/schema';
import { type OfferField } from './offer-fields';

/*
 * The field registry's view of the schema: a field's own schema, its
 * default and its bounds, read from the domain schema, never copied. Only
 * the offer form and the docs' field table need them, so they load with the
 * form and not before the first render.
 */

type AnySchema = z.ZodMiniType;
interface Def {
  type: string;
  innerType?: AnySchema;
  shape?: Record<string, AnySchema>;
  defaultValue?: unknown;
  checks?: {
    _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } };
  }[];
}
const defOf = (schema: AnySchema) => schema._zod.def as unknown as Def;
const WRAPPERS: ReadonlySet<string> = new Set(['default', 'prefault', 'nullable', 'optional']);

/** Strips defaults, prefaults and nullables down to the checked type. */
const unwrap = (schema: AnySchema): AnySchema => {
  let current = schema;
  while (WRAPPERS.has(defOf(current).type) && defOf(current).innerType) {
    current = defOf(current).innerType as AnySchema;
  }
  return current;
};

const stepsTo = (path: string): AnySchema[] => {
  const steps: AnySchema[] = [];
  let current: AnySchema = offerSchema();
  for (const key of path.split('.')) {
    const next = defOf(unwrap(current)).shape?.[key];
    if (!next) throw new Error(`No offer field at ${path}`);
    steps.push(next);
    current = next;
  }
  return steps;
};

/**
 * The schema of the field as the domain declares it, without its default: a
 * form field is never "missing". Nullable fields stay nullable.
 */
export const fieldSchema = (field: OfferField): AnySchema => {
  let schema = stepsTo(field.path).at(-1) as AnySchema;
  while (['default', 'prefault'].includes(defOf(schema).type)) {
    schema = defOf(schema).innerType as AnySchema;
  }
  return schema;
};

/** The value a missing field takes, or undefined when it is required. */
export const fieldDefault = (field: OfferField): unknown => {
  const schema = stepsTo(field.path).at(-1) as AnySchema;
  return defOf(schema).type === 'default' ? defOf(schema).defaultValue : undefined;
};

export interface Bounds {
  min?: { value: number; inclusive: boolean };
  max?: { value: number; inclusive: boolean };
  whole: boolean;
}

/** A number field's bounds as the schema checks them. */
export const fieldBounds = (field: OfferField): Bounds => {
  const bounds: Bounds = { whole: false };
  for (const check of defOf(unwrap(fieldSchema(field))).checks ?? []) {
    const { check: kind, value, inclusive = false, format } = check._zod.def;
    if (kind === 'greater_than' && value !== undefined) bounds.min = { value, inclusive };
    if (kind === 'less_than' && value !== undefined) bounds.max = { value, inclusive };
    if (kind === 'number_format' && format === 'safeint') bounds.whole = true;
  }
  return bounds;
};
