/**
 * Which vocabulary lists components show to readers, and the code.json ids their
 * translations live under: `<prefix>.<key>` for every key of the list. The Dutch
 * label in src/content/vocabulary.ts is the default message. Pure, so the unit
 * tests can check that i18n/en/code.json has every id (labels.ts does the translating).
 */
import {AUDIENCE_LABELS, PHASE_LABELS, THEME_LABELS} from '../../../content/vocabulary';

export const TRANSLATED_VOCABULARY = {
  /** front matter `doelgroep` (and a worksheet's `voor`) */
  audience: {prefix: 'kennisbank.doelgroep', labels: AUDIENCE_LABELS},
  /** the three phases of the route (a worksheet's `fase`) */
  phase: {prefix: 'kennisbank.fase', labels: PHASE_LABELS},
  /** front matter `thema` of a spanningsveld */
  theme: {prefix: 'kennisbank.thema', labels: THEME_LABELS},
} as const satisfies Record<string, {prefix: string; labels: Readonly<Record<string, string>>}>;

export type VocabularyList = keyof typeof TRANSLATED_VOCABULARY;

/** Every translated vocabulary label: code.json id → Dutch default message. */
export function vocabularyMessages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const {prefix, labels} of Object.values(TRANSLATED_VOCABULARY)) {
    for (const [key, label] of Object.entries(labels)) out[`${prefix}.${key}`] = label;
  }
  return out;
}
