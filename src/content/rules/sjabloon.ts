/**
 * Text a template asks you to replace (between [square brackets] in
 * templates/*.md) must not be published: readers would see "[Eerste alinea: …]".
 * The placeholders are read from the templates themselves, so a new template
 * needs no change here.
 */
import {problem, type Rule} from './types';

const NAME = 'sjabloon';

/** Bracketed placeholders of a template: "[Eén zin …]", "[N]", "[Onderwerp]"; not links, markers, or YAML lists. */
export function placeholdersIn(template: string): string[] {
  const found = new Set<string>();
  for (const m of template.matchAll(/(?<!\[)\[([A-ZÉ][^[\]\n]*)\](?![(\]])/g)) found.add(m[0]);
  return [...found];
}

export const sjabloon: Rule = {
  name: NAME,
  check(f, ctx) {
    const out = [];
    const lines = f.raw.replace(/\r\n?/g, '\n').split('\n');
    for (const [i, line] of lines.entries()) {
      for (const p of ctx.placeholders) {
        if (line.includes(p)) {
          out.push(
            problem(
              f,
              i + 1,
              NAME,
              `"${p.length > 60 ? `${p.slice(0, 57)}…]` : p}" is tekst uit het sjabloon. Vervang hem door je eigen tekst (de rechte haken gaan weg), of haal de regel weg.`,
            ),
          );
        }
      }
    }
    return out;
  },
};
