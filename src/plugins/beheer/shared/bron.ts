/**
 * A new source filled in on a page's form ("Nieuwe bron"): its key and the text of
 * its file, src/data/bronnen/<sleutel>.yml, exactly as the Bronnen form would write
 * it. Pure, so the browser widget and the unit tests share it.
 */
import {kebab} from '../../../content/slug';

export interface NieuweBron {
  titel?: string;
  maker?: string;
  soort?: string;
  vindplaats?: string;
  /** Where in the source the page's facts are (the page's "bronnen" entry). */
  waar?: string;
  /** Set once the file is made: the key the page cites. */
  sleutel?: string;
}

export const BRON_TEXT_FIELDS = ['titel', 'maker', 'soort', 'vindplaats'] as const;

const clean = (v: unknown): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');

/** The key from the title: whole words, and not one an existing source already has. */
export function bronSleutel(titel: string, bestaand: Iterable<string>): string {
  const taken = new Set(bestaand);
  const base = kebab(clean(titel)) || 'bron';
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}-${n}`;
  return key;
}

/** YAML of the source file; every value double-quoted (a JSON string is a valid YAML scalar), empty fields left out. */
export function bronYaml(sleutel: string, bron: NieuweBron): string {
  const lines = [`sleutel: ${sleutel}`];
  for (const f of BRON_TEXT_FIELDS) {
    const v = clean(bron[f]);
    if (v) lines.push(`${f}: ${JSON.stringify(v)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** What is still missing before the source can be added, in the form's words (minimum lengths from the schema). */
export function bronTekort(
  bron: NieuweBron,
  velden: readonly {name: string; label: string; required: boolean; minLength: number}[],
): string[] {
  return velden
    .filter((v) => v.required || clean(bron[v.name as keyof NieuweBron]) !== '')
    .filter((v) => clean(bron[v.name as keyof NieuweBron]).length < Math.max(v.minLength, 1))
    .map((v) => (v.minLength > 1 ? `${v.label} (minstens ${v.minLength} tekens)` : v.label));
}

/**
 * The page's "bronnen" list with the new source cited (once): what the editor script
 * writes on save, so the page and its new source arrive in one pull request.
 */
export function citeer(
  bronnen: readonly {bron?: string; waar?: string}[] | undefined,
  nieuw: NieuweBron | undefined,
): {bron?: string; waar?: string}[] {
  const list = [...(bronnen ?? [])].filter((b) => b && (b.bron || b.waar));
  if (!nieuw?.sleutel || list.some((b) => b.bron === nieuw.sleutel)) return list;
  return [...list, {bron: nieuw.sleutel, waar: clean(nieuw.waar)}];
}
