/**
 * What a zod schema says about one front-matter field, read from the schema
 * itself: whether it is required, its closed list of values, its lengths and
 * pattern. The editor's form takes these from the same schemas the site
 * validates with, so the form cannot drift from `npm run check`.
 */
import * as z from 'zod';

export interface FieldFacts {
  required: boolean;
  kind: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'enum' | 'other';
  /** Closed list of values (z.enum). */
  options?: readonly string[];
  minLength?: number;
  maxLength?: number;
  /** Regex checks on a string (all must match). */
  patterns?: readonly RegExp[];
  /** Lists: the least and most number of items. */
  minItems?: number;
  maxItems?: number;
  /** Lists: what one item is. */
  element?: FieldFacts;
  /** Objects: their fields. */
  shape?: Record<string, FieldFacts>;
  default?: unknown;
}

interface Check {
  check: string;
  minimum?: number;
  maximum?: number;
  format?: string;
  pattern?: RegExp;
}
const checksOf = (s: z.ZodType): Check[] =>
  ((s.def as {checks?: {_zod: {def: Check}}[]}).checks ?? []).map((c) => c._zod.def);

export function factsOf(schema: z.ZodType): FieldFacts {
  let s = schema;
  let required = true;
  let dflt: unknown;
  // Optional and default wrappers may nest either way round.
  for (;;) {
    if (s instanceof z.ZodOptional) {
      required = false;
      s = s.unwrap() as z.ZodType;
    } else if (s instanceof z.ZodDefault) {
      required = false;
      dflt = s.def.defaultValue;
      s = s.unwrap() as z.ZodType;
    } else break;
  }
  const base = {required, ...(dflt !== undefined ? {default: dflt} : {})};
  const checks = checksOf(s);
  const min = checks.find((c) => c.check === 'min_length')?.minimum;
  const max = checks.find((c) => c.check === 'max_length')?.maximum;
  if (s instanceof z.ZodEnum) return {...base, kind: 'enum', options: s.options.map(String)};
  if (s instanceof z.ZodString) {
    const patterns = checks.filter((c) => c.format === 'regex' && c.pattern).map((c) => c.pattern!);
    return {
      ...base,
      kind: 'string',
      minLength: s.minLength ?? undefined,
      maxLength: s.maxLength ?? undefined,
      ...(patterns.length ? {patterns} : {}),
    };
  }
  if (s instanceof z.ZodArray)
    return {...base, kind: 'array', element: factsOf(s.element as z.ZodType), minItems: min, maxItems: max};
  if (s instanceof z.ZodObject) {
    return {
      ...base,
      kind: 'object',
      shape: Object.fromEntries(Object.entries(s.shape).map(([k, v]) => [k, factsOf(v as z.ZodType)])),
    };
  }
  if (s instanceof z.ZodNumber) return {...base, kind: 'number'};
  if (s instanceof z.ZodBoolean) return {...base, kind: 'boolean'};
  return {...base, kind: 'other'};
}

/** The facts of every field of an object schema, by name. */
export function shapeFacts(schema: z.ZodType): Record<string, FieldFacts> {
  const facts = factsOf(schema);
  if (!facts.shape) throw new Error('[beheer] verwacht een object-schema');
  return facts.shape;
}
