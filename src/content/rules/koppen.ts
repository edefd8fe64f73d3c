/**
 * Headings: no "# " h1 in the body (the title comes from front matter), every
 * ## and ### has an explicit {#id} so links to it survive a reworded heading,
 * no id is used twice on one page, and "##Kop" without a space (which Markdown
 * shows as plain text) is caught.
 */
import type {Paragraph, Text} from 'mdast';
import {visit} from 'unist-util-visit';
import {foldAccents} from '../../lib/accents';
import {headings} from '../markdown';
import {problem, type Rule} from './types';

const NAME = 'koppen';
const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** An id the rule itself accepts: lower case, accents dropped, words joined by dashes. */
export function suggestId(text: string): string {
  return (
    foldAccents(text)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'een-id'
  );
}

export const koppen: Rule = {
  name: NAME,
  check(f) {
    const out = [];
    const mdx = f.file.endsWith('.mdx');
    const withId = (depth: number, text: string, id: string) =>
      `${'#'.repeat(depth)} ${text} ${mdx ? `{/* #${id} */}` : `{#${id}}`}`;
    const seen = new Map<string, number>();
    for (const h of headings(f.tree)) {
      if (h.depth === 1) {
        out.push(
          problem(
            f,
            h.line,
            NAME,
            `kop "# ${h.text}" met één # is niet toegestaan: de titel komt uit het veld title. Maak er "${withId(2, h.text, suggestId(h.text))}" van of haal de kop weg.`,
          ),
        );
        continue;
      }
      if ((h.depth === 2 || h.depth === 3) && h.explicitId === undefined) {
        out.push(
          problem(
            f,
            h.line,
            NAME,
            `kop "${h.text}" heeft geen vaste id. Zet een id achter de kop, zo: "${withId(h.depth, h.text, suggestId(h.text))}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af.`,
          ),
        );
        continue;
      }
      if (h.explicitId !== undefined && !KEBAB.test(h.explicitId)) {
        out.push(
          problem(
            f,
            h.line,
            NAME,
            `id "${h.explicitId}" van kop "${h.text}" mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {#${suggestId(h.explicitId)}}.`,
          ),
        );
        continue;
      }
      const first = seen.get(h.id);
      if (first !== undefined) {
        out.push(
          problem(
            f,
            h.line,
            NAME,
            `id "${h.id}" staat ook al bij de kop op regel ${first}. Geef elke kop op een pagina een eigen id.`,
          ),
        );
      } else seen.set(h.id, h.line);
    }
    visit(f.tree, 'paragraph', (p: Paragraph) => {
      const first = p.children[0];
      const m = first?.type === 'text' ? /^(#{1,6})([^\s#][^\n]*)/.exec((first as Text).value) : null;
      if (m) {
        out.push(
          problem(
            f,
            p.position?.start.line ?? 1,
            NAME,
            `"${m[1]}${m[2]}" wordt geen kop maar gewone tekst: zet een spatie na de #, zo: "${m[1]} ${m[2]}".`,
          ),
        );
      }
    });
    return out;
  },
};
