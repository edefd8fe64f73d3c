/**
 * The glossary of one edition, from its validated term pages: which word
 * belongs to which term, and what only shows across terms (a word claimed by
 * two terms, a related term that does not exist). Pure: the content check and
 * the begrippen plugin both build it, from the same front matter.
 */
import {frontMatterLine, suggest, type Problem} from './problems';
import {EDITIONS} from './vocabulary';

/** One glossary term as pages and the inline explanation need it. */
export interface Begrip {
  /** Stable id = file name = last part of the slug, e.g. "gezinshuisouder". */
  id: string;
  /** The term as a reader sees it, e.g. "gezinshuisouder". */
  term: string;
  /** URL path of the term's own page, without base URL or locale, e.g. "/begrippen/gezinshuisouder". */
  permalink: string;
  definitie: string;
  engels: string;
  aliases: string[];
  verwant: string[];
}

export interface TermSource {
  /** Site-relative file, for problems. */
  file: string;
  /** The file's text, for the line of a field (optional: the plugin has no text). */
  raw?: string;
  /** Validated front matter of a `type: begrip` page. */
  data: Record<string, unknown>;
  permalink: string;
}

/** Lower case, single spaces: how a marked word is compared with terms and aliases. */
export function normalise(word: string): string {
  return word.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl');
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);

export interface Glossary {
  terms: Begrip[];
  /** Word (term, alias or id, normalised) → term. */
  lookup: Map<string, Begrip>;
  problems: Problem[];
}

export function buildGlossary(sources: readonly TermSource[]): Glossary {
  const problems: Problem[] = [];
  const at = (src: TermSource, field: (string | number)[]) => (src.raw ? frontMatterLine(src.raw, field) : 1);
  const entries = sources.map((src) => ({
    src,
    begrip: {
      id: String(src.data.id),
      term: String(src.data.term),
      permalink: src.permalink,
      definitie: String(src.data.definitie),
      engels: String(src.data.engels),
      aliases: strings(src.data.aliases),
      verwant: strings(src.data.verwant),
    } satisfies Begrip,
  }));

  // One word belongs to one term: terms and aliases must not collide.
  const owner = new Map<string, string>();
  for (const {begrip, src} of entries) {
    const mine = new Set<string>();
    const words = [{w: begrip.term, field: ['term']}, ...begrip.aliases.map((w, i) => ({w, field: ['aliases', i]}))];
    for (const {w, field} of words) {
      const key = normalise(w);
      const other = owner.get(key);
      if (other !== undefined && other !== begrip.id) {
        problems.push({
          file: src.file,
          line: at(src, field),
          field: field.join('.'),
          message: `"${w}" hoort al bij begrip "${other}". Een woord mag maar bij één begrip horen: haal het hier of daar weg.`,
        });
      } else if (mine.has(key)) {
        problems.push({
          file: src.file,
          line: at(src, field),
          field: field.join('.'),
          message: `"${w}" staat dubbel bij begrip "${begrip.id}"; noem elk woord één keer.`,
        });
      }
      mine.add(key);
      owner.set(key, begrip.id);
    }
  }

  const ids = new Set(entries.map((e) => e.begrip.id));
  for (const {begrip, src} of entries) {
    begrip.verwant.forEach((v, i) => {
      if (v === begrip.id) {
        problems.push({
          file: src.file,
          line: at(src, ['verwant', i]),
          field: `verwant.${i}`,
          message: `begrip "${begrip.id}" verwijst naar zichzelf; noem alleen andere begrippen.`,
        });
      } else if (!ids.has(v)) {
        problems.push({
          file: src.file,
          line: at(src, ['verwant', i]),
          field: `verwant.${i}`,
          message: `verwant begrip "${v}" bestaat niet in deze editie.${suggest(v, ids)}`,
        });
      }
    });
  }

  const terms = entries.map((e) => e.begrip).sort((a, b) => a.term.localeCompare(b.term, 'nl'));
  const lookup = new Map<string, Begrip>();
  for (const t of terms) {
    lookup.set(normalise(t.id.replace(/-/g, ' ')), t);
    lookup.set(normalise(t.id), t);
    lookup.set(normalise(t.term), t);
    for (const a of t.aliases) lookup.set(normalise(a), t);
  }
  return {terms, lookup, problems};
}

/** The message for a marker whose word is no term, alias or id of the edition. */
export function unknownTermMessage(target: string, edition: string, glossary: Pick<Glossary, 'terms'>): string {
  return (
    // The edition's label ("Editie 2024"), never its internal name ("current").
    `begrip "${target}" bestaat niet in de begrippenlijst (${(EDITIONS as Record<string, {label: string}>)[edition]?.label ?? edition}).` +
    suggest(
      target,
      glossary.terms.flatMap((t) => [t.term, ...t.aliases]),
    ) +
    ' Voeg het woord toe als begrip of als alias van een begrip, of haal de [[ ]] weg.'
  );
}
