/**
 * The everyday-words list of the site search (src/data/zoekwoorden.yml): words
 * readers type for what the pages call differently ("ruzie" where the pages say
 * "spanning", "appen" where they say "appje"). Vocabulary only, no facts: each
 * entry says which words (`woorden`) also find which words or phrases of the
 * site (`vindt`). Read and validated here, so `npm run check`, the build and the
 * zoeken plugin (src/plugins/zoeken) report the same problems: file, line,
 * field and what to do. Whether every `vindt` word really occurs on the site is
 * checked against the search index (src/plugins/zoeken/__tests__/zoekwoorden.test.ts).
 */
import * as z from 'zod';
// The search's own stopword list (plain data): a stopword in the list would never be searched.
import {DUTCH_STOPWORDS} from '../plugins/zoeken/shared/stopwords';
import type {Problem} from './problems';
import {itemIssueProblems, readYamlList, yamlItemLine} from './yamlData';

export const ZOEKWOORDEN_FILE = 'src/data/zoekwoorden.yml';

/** Letters (accents allowed), digits, apostrophes and hyphens; lower case so the list reads as one vocabulary. */
const WORD = /^[a-z0-9à-ÿĳ'’-]+$/;

const woord = z
  .string({error: 'moet tekst zijn: één woord, zoals een lezer het typt'})
  .trim()
  .min(2, {error: 'is te kort: een zoekwoord heeft minstens twee letters'})
  .regex(WORD, {
    error: 'moet één woord in kleine letters zijn, zonder spaties of leestekens (een woordgroep hoort onder vindt:)',
  });

const sitewoorden = z
  .string({error: 'moet tekst zijn: een woord of woordgroep van de site'})
  .trim()
  .min(2, {error: 'is te kort: noem een woord of woordgroep zoals de pagina’s die schrijven'})
  .regex(/^[a-z0-9à-ÿĳ'’-]+( [a-z0-9à-ÿĳ'’-]+)*$/, {
    error: 'moet een woord of woordgroep in kleine letters zijn, woorden gescheiden door één spatie, zonder leestekens',
  });

export const zoekwoordSchema = z.strictObject({
  woorden: z
    .array(woord, {error: 'ontbreekt: zet hier de woorden die lezers typen, bijvoorbeeld [ruzie, conflict]'})
    .min(1, {error: 'is leeg: noem minstens één woord dat lezers typen'}),
  vindt: z
    .array(sitewoorden, {
      error: 'ontbreekt: zet hier de woorden die de pagina’s gebruiken, bijvoorbeeld [spanning]',
    })
    .min(1, {error: 'is leeg: noem minstens één woord of woordgroep van de site'}),
  /** For the editors only: why these words belong together. */
  toelichting: z.string().optional(),
});

/** One entry: the words readers type and what they also find, with the line it starts on. */
export interface Zoekwoord {
  woorden: string[];
  vindt: string[];
  line: number;
}

/**
 * Reads and validates the list. Every problem at once: a missing file is
 * fine (no everyday words), anything else that is wrong is reported with its
 * line and field, and such an entry is left out.
 */
export function readZoekwoorden(siteDir: string, rel = ZOEKWOORDEN_FILE): {entries: Zoekwoord[]; problems: Problem[]} {
  const {
    raw,
    items: data,
    problems,
  } = readYamlList(
    siteDir,
    rel,
    'moet een lijst zijn: elk item begint met "- woorden: [...]" en heeft op de regel eronder "  vindt: [...]".',
  );
  if (problems.length > 0) return {entries: [], problems};
  const entries: Zoekwoord[] = [];
  const seen = new Map<string, number>();
  data.forEach((item, i) => {
    const line = yamlItemLine(raw, i);
    const r = zoekwoordSchema.safeParse(item);
    if (!r.success) {
      problems.push(...itemIssueProblems(rel, raw, i, r.error.issues, ['woorden', 'vindt', 'toelichting']));
      return;
    }
    const ok = r.data.woorden.every((w, j) => {
      const field = `woorden.${j}`;
      const at = yamlItemLine(raw, i, 'woorden');
      if (DUTCH_STOPWORDS.has(w)) {
        problems.push({
          file: rel,
          line: at,
          field,
          message: `"${w}" is een stopwoord: het zoeken slaat het over, dus het vindt nooit iets. Haal het weg.`,
        });
        return false;
      }
      const before = seen.get(w);
      if (before !== undefined) {
        problems.push({
          file: rel,
          line: at,
          field,
          message: `"${w}" staat al in het item op regel ${before}. Voeg de twee items samen, zodat één woord één plek heeft.`,
        });
        return false;
      }
      seen.set(w, line);
      return true;
    });
    if (ok) entries.push({woorden: r.data.woorden, vindt: r.data.vindt, line});
  });
  return {entries, problems};
}
