/**
 * Rule "leesbaarheid": measures the Dutch readability of what a reader reads.
 * A failure for texts every reader must manage (pages for parents, the
 * `kort_gezegd` summary, a begrip's `definitie`); a warning with the figures
 * for every other page over the B1 limits. Limits and their basis:
 * src/content/leesbaarheid/score.ts and "Leesbaarheid" in CONTRIBUTING.md.
 */
import type {Root} from 'mdast';
import {leesblokken} from '../leesbaarheid/leestekst';
import {B1_KORT, B1_PAGINA, meet, overschrijdingen, samenvatting, type Meting} from '../leesbaarheid/score';
import {frontMatterLine, type Problem} from '../problems';
import type {Rule, RuleFile} from './types';

const NAAM = 'leesbaarheid';
const HULP =
  'Maak lange zinnen korter (één boodschap per zin) en kies gewone woorden; zie "Leesbaarheid" in CONTRIBUTING.md.';

/** Types whose pages open with a Kort gezegd. */
export const KORT_GEZEGD_TYPES: ReadonlySet<string> = new Set(['handleiding', 'onderzoek', 'spanningsveld']);

export function isOuderpagina(f: Pick<RuleFile, 'file' | 'kind' | 'data'>): boolean {
  return f.kind === 'doc' && (f.data.type === 'ouders' || /(^|\/)voor-ouders\//.test(f.file));
}

// Measuring is the slow part, and the check runs more than once over the same parsed page.
const cache = new WeakMap<Root, Meting>();

/** Readability of the page's text (the tree is the whole file; front matter is not text). */
export function meetPagina(f: Pick<RuleFile, 'tree'>): Meting {
  let m = cache.get(f.tree);
  if (!m) {
    m = meet(leesblokken(f.tree));
    cache.set(f.tree, m);
  }
  return m;
}

/** First line of the page's text, after the front matter. */
function bodyLine(tree: Root): number {
  const first = tree.children.find((c) => c.type !== 'yaml');
  return first?.position?.start.line ?? 1;
}

function veldProblemen(f: RuleFile, veld: 'kort_gezegd' | 'definitie'): Problem[] {
  const waarde = f.data[veld];
  if (typeof waarde !== 'string') return [];
  const over = overschrijdingen(meet(waarde), B1_KORT);
  if (over.length === 0) return [];
  return [
    {
      file: f.file,
      line: frontMatterLine(f.raw, [veld]),
      field: veld,
      message: `is te moeilijk voor taalniveau B1: ${over.join('; ')}. ${HULP} [${NAAM}]`,
    },
  ];
}

export const leesbaarheid: Rule = {
  name: NAAM,
  check(f) {
    const problems: Problem[] = [];
    const ouders = isOuderpagina(f);
    const m = meetPagina(f);
    const over = overschrijdingen(m, B1_PAGINA);
    if (over.length > 0) {
      problems.push(
        ouders
          ? {
              file: f.file,
              line: bodyLine(f.tree),
              message: `de tekst is te moeilijk voor taalniveau B1 (${samenvatting(m)}): ${over.join('; ')}. Pagina's voor ouders moeten binnen de B1-grenzen blijven. ${HULP} [${NAAM}]`,
              severity: 'fout',
            }
          : {
              file: f.file,
              line: bodyLine(f.tree),
              message: `${samenvatting(m)}; boven de B1-grenzen: ${over.join('; ')} [${NAAM}]`,
              severity: 'waarschuwing',
            },
      );
    }
    problems.push(...veldProblemen(f, 'kort_gezegd'));
    if (f.data.type === 'begrip') problems.push(...veldProblemen(f, 'definitie'));
    if (f.kind === 'doc' && KORT_GEZEGD_TYPES.has(String(f.data.type)) && f.data.kort_gezegd === undefined) {
      problems.push({
        file: f.file,
        line: 1,
        field: 'kort_gezegd',
        message: `deze pagina heeft nog geen "Kort gezegd". Zet in de front matter kort_gezegd: "…" met 3 tot 5 korte zinnen die zeggen wat op deze pagina staat. [${NAAM}]`,
        severity: 'waarschuwing',
      });
    }
    return problems;
  },
};
