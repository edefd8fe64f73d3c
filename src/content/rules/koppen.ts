/**
 * Headings: no "# " h1 in the body (the title comes from front matter), every
 * ## and ### has an explicit {#id} so links to it survive a reworded heading,
 * and no id is used twice on one page.
 */
import {headings, problem} from './markdown';
import type {Rule} from './types';

const NAME = 'koppen';

export const koppen: Rule = {
  name: NAME,
  check(f) {
    const out = [];
    const seen = new Map<string, number>();
    for (const h of headings(f)) {
      if (h.depth === 1) {
        out.push(
          problem(f, h.line, NAME, `kop "# ${h.text}" met één # is niet toegestaan: de titel komt uit het veld title. Maak er "## ${h.text} {#een-id}" van of haal de kop weg.`),
        );
        continue;
      }
      if ((h.depth === 2 || h.depth === 3) && h.explicitId === undefined) {
        out.push(
          problem(
            f,
            h.line,
            NAME,
            `kop "${h.text}" heeft geen vaste id. Zet een id achter de kop, zo: "${'#'.repeat(h.depth)} ${h.text} {#${h.id}}". Verander een id daarna nooit meer: links naar deze kop hangen ervan af.`,
          ),
        );
        continue;
      }
      if (h.explicitId !== undefined && !/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(h.explicitId)) {
        out.push(problem(f, h.line, NAME, `id "${h.explicitId}" van kop "${h.text}" mag alleen kleine letters, cijfers en streepjes bevatten, bijvoorbeeld {#wat-is-het}.`));
        continue;
      }
      const first = seen.get(h.id);
      if (first !== undefined) {
        out.push(problem(f, h.line, NAME, `id "${h.id}" staat ook al bij de kop op regel ${first}. Geef elke kop op een pagina een eigen id.`));
      } else seen.set(h.id, h.line);
    }
    return out;
  },
};
