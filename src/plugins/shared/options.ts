/**
 * Option validation for the site's plugins, the way first-party plugins do it
 * (`validateOptions` exported next to the plugin, one DEFAULT_OPTIONS object),
 * with Dutch messages that name the plugin and the option: a wrong type, an
 * unknown option (with the nearest known one) and a removed option (with what
 * replaced it) each say what to change in docusaurus.config.ts.
 */
import type {OptionValidationContext} from '@docusaurus/types';
import * as z from 'zod';
import {suggest} from '../../content/problems';

export interface OptionsSpec<S extends z.ZodRawShape> {
  /** Plugin name as registered, for messages ("werkbladen"). */
  plugin: string;
  /** One field per option, each with its default. */
  shape: S;
  /** Options that no longer exist → what to do instead. */
  removed?: Record<string, string>;
}

export type Validated<S extends z.ZodRawShape> = z.output<z.ZodObject<S>> & {id: string};

const TYPES: Record<string, string> = {
  string: 'een tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst',
  object: 'een object',
};

function dutch(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === 'invalid_type') return `moet ${TYPES[issue.expected] ?? issue.expected} zijn`;
  return undefined;
}

export function createOptionsValidator<S extends z.ZodRawShape>(spec: OptionsSpec<S>) {
  const known = [...Object.keys(spec.shape)];
  const schema = z.strictObject({id: z.string().default('default'), ...spec.shape});

  /** Validates raw options; throws one Dutch error listing every problem. */
  function normalize(options: unknown): Validated<S> {
    const input = (options ?? {}) as Record<string, unknown>;
    const messages: string[] = [];
    for (const key of Object.keys(input)) {
      if (key === 'id' || known.includes(key)) continue;
      messages.push(
        spec.removed?.[key] !== undefined
          ? `optie "${key}" bestaat niet meer: ${spec.removed[key]}`
          : `onbekende optie "${key}".${suggest(key, known)} Bekende opties: ${known.join(', ') || '(geen)'}.`,
      );
    }
    const rest = Object.fromEntries(Object.entries(input).filter(([k]) => k === 'id' || known.includes(k)));
    const result = schema.safeParse(rest, {error: dutch});
    if (!result.success) {
      for (const issue of result.error.issues) messages.push(`optie "${issue.path.join('.')}": ${issue.message}`);
    }
    if (messages.length > 0) {
      throw new Error(
        `[${spec.plugin}] De opties in docusaurus.config.ts kloppen niet:\n${messages.map((m) => `  ✗ ${m}`).join('\n')}`,
      );
    }
    return result.data as Validated<S>;
  }

  /** Docusaurus's plugin hook: called before the plugin, with the options from the config. */
  function validateOptions({options}: OptionValidationContext<unknown, Validated<S>>): Validated<S> {
    return normalize(options);
  }

  return {normalize, validateOptions, defaults: normalize({})};
}
