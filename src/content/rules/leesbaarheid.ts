/**
 * Rule "leesbaarheid": measures the Dutch readability of what a reader reads.
 * A failure for texts every reader must manage (pages for parents, the
 * `kort_gezegd` summary, a begrip's `definitie`); a warning with the figures
 * for every other page over the B1 limits. Limits and their basis:
 * src/content/leesbaarheid/score.ts and "Leesbaarheid" in CONTRIBUTING.md.
 */
import {leestekst} from '../leesbaarheid/leestekst';
import {B1_KORT, B1_PAGINA, meet, overschrijdingen, samenvatting, type Meting} from '../leesbaarheid/score';
import {frontMatterLine, type Problem} from '../validate';
import type {Rule, RuleFile} from './types';

const NAAM = 'leesbaarheid';
const HULP = 'Maak lange zinnen korter (één boodschap per zin) en kies gewone woorden; zie "Leesbaarheid" in CONTRIBUTING.md.';

/** Types whose pages open with a Kort gezegd. */
export const KORT_GEZEGD_TYPES: ReadonlySet<string> = new Set(['handleiding', 'onderzoek', 'spanningsveld']);

export function isOuderpagina(f: Pick<RuleFile, 'file' | 'kind' | 'data'>): boolean {
  return f.kind === 'doc' && (f.data.type === 'ouders' || /(^|\/)voor-ouders\//.test(f.file));
}

// Parsing is the slow part, and tests run the rules over the same unchanged files many times.
const cache = new Map<string, Meting>();

/** The page body as blocks, with their line in the whole file. */
export function leesblokken(f: Pick<RuleFile, 'file' | 'body' | 'bodyLine'>) {
  return leestekst(f.body, {mdx: f.file.endsWith('.mdx')}).map((b) => ({...b, regel: b.regel + f.bodyLine - 1}));
}

/** Readability of the page body, remembered per file content. */
export function meetPagina(f: Pick<RuleFile, 'file' | 'body' | 'bodyLine'>): Meting {
  const key = `${f.file}\0${f.bodyLine}\0${f.body}`;
  let m = cache.get(key);
  if (!m) {
    m = meet(leesblokken(f));
    cache.set(key, m);
  }
  return m;
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
              line: f.bodyLine,
              message: `de tekst is te moeilijk voor taalniveau B1 (${samenvatting(m)}): ${over.join('; ')}. Pagina's voor ouders moeten binnen de B1-grenzen blijven. ${HULP} [${NAAM}]`,
              severity: 'fout',
            }
          : {
              file: f.file,
              line: f.bodyLine,
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
