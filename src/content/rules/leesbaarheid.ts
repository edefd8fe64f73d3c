/**
 * Rule "leesbaarheid": what hurts a reader at B1, and the readability figures
 * as a guide.
 *
 * - Signals (src/content/leesbaarheid/signalen.ts), each with the words and
 *   what to do: a very short sentence without a finite verb, a run of passive
 *   sentences, a long uncommon word, a field term from the glossary that the
 *   page neither marks nor explains. In the body, `kort_gezegd` and a begrip's
 *   `definitie`.
 * - Guidance: Flesch–Douma, words per sentence, share of long sentences, one
 *   line per text over the B1 guide values. A guide, not a target: chopping a
 *   sentence into fragments lowers the figures and makes the text worse, which
 *   is why fragments are a signal of their own.
 *
 * Every finding is a warning: shown by `npm run check`, in the build and as an
 * annotation on the pull request, but it does not block a contribution. The
 * signals rest on word lists and a heuristic for Dutch verbs, and a reader, not
 * a number, judges whether a sentence reads well. Why, and the limits:
 * "Leesbaarheid" in CONTRIBUTING.md.
 */
import type {Root} from 'mdast';
import {normalise, type Glossary} from '../glossary';
import {leesblokken} from '../leesbaarheid/leestekst';
import {lexicon} from '../leesbaarheid/lexicon';
import {proza, type Proza} from '../leesbaarheid/proza';
import {B1_KORT, B1_PAGINA, meet, overschrijdingen, samenvatting, type Meting} from '../leesbaarheid/score';
import {signalen, type Begripsvorm, type Bevinding} from '../leesbaarheid/signalen';
import {frontMatterLine, type Problem} from '../problems';
import {CURRENT_EDITION} from '../vocabulary';
import type {Rule, RuleContext, RuleFile} from './types';

const NAAM = 'leesbaarheid';
const RICHTLIJN =
  'Dit is een richtgetal, geen eis: knip een zin niet in losse stukjes om het te halen. Lees de tekst hardop; zie "Leesbaarheid" in CONTRIBUTING.md.';

/** Types whose pages open with a Kort gezegd. */
export const KORT_GEZEGD_TYPES: ReadonlySet<string> = new Set(['handleiding', 'onderzoek', 'spanningsveld']);

export function isOuderpagina(f: Pick<RuleFile, 'file' | 'kind' | 'data'>): boolean {
  return f.kind === 'doc' && (f.data.type === 'ouders' || /(^|\/)voor-ouders\//.test(f.file));
}

// Measuring is the slow part, and the check runs more than once over the same parsed page.
const cache = new WeakMap<Root, Meting>();
const prozaCache = new WeakMap<Root, Proza>();

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

const citaat = (zin: string) => {
  const ws = zin.split(' ');
  return `„${ws.length > 12 ? `${ws.slice(0, 12).join(' ')} …` : zin}”`;
};

/** The Dutch message for one signal: what is wrong, the words, and what to do. */
export function melding(b: Bevinding): string {
  switch (b.signaal) {
    case 'zonder-werkwoord':
      return `zin zonder werkwoord: ${citaat(b.zin)} Een lezer verwacht een hele zin. Voeg dit stuk bij de zin ervoor of erna, of maak er een zin met een werkwoord van.`;
    case 'lijdende-vorm':
      return `${b.aantal} zinnen achter elkaar in de lijdende vorm (${b.woorden.join('; ')}), vanaf ${citaat(b.zin)} Zeg wie iets doet: „de begeleider bespreekt het plan” leest makkelijker dan „het plan wordt besproken”.`;
    case 'ongewoon-woord':
      return `moeilijk woord: „${b.woorden[0]}” is lang en weinig gebruikt. Kies een gewoner woord, of leg het uit in dezelfde of de volgende zin.`;
    case 'vaktaal':
      return `vakwoord zonder uitleg: „${b.woorden[0]}” staat in de begrippenlijst, maar deze pagina markeert of verklaart het niet. Markeer het één keer met [[${b.woorden[0]}]], of leg het uit in dezelfde of de volgende zin.`;
  }
}

// One list per glossary, so the signals can keep their index of it (signalen.ts) from page to page.
const vormenCache = new WeakMap<Glossary, Begripsvorm[]>();
const GEEN: Begripsvorm[] = [];

function begrippenVan(f: RuleFile, ctx: RuleContext): {begrippen: Begripsvorm[]; glossary?: Glossary} {
  const glossary = ctx.glossaries?.get(f.kind === 'blog' ? CURRENT_EDITION : f.edition);
  if (!glossary) return {begrippen: GEEN};
  let begrippen = vormenCache.get(glossary);
  if (!begrippen) {
    begrippen = glossary.terms.map((t) => ({id: t.id, vormen: [t.term, ...t.aliases]}));
    vormenCache.set(glossary, begrippen);
  }
  return {glossary, begrippen};
}

/** The signals of the page's body. */
export function paginaSignalen(f: RuleFile, ctx: Pick<RuleContext, 'glossaries'>): Bevinding[] {
  let p = prozaCache.get(f.tree);
  if (!p) {
    p = proza(f.tree);
    prozaCache.set(f.tree, p);
  }
  const {begrippen, glossary} = begrippenVan(f, ctx as RuleContext);
  const gemarkeerd = new Set<string>();
  for (const m of p.markeringen) {
    const id = glossary?.lookup.get(normalise(m))?.id;
    if (id) gemarkeerd.add(id);
  }
  return signalen(p.blokken, {
    lexicon: lexicon(),
    begrippen,
    gemarkeerd,
    eigenBegrip: f.data.type === 'begrip' ? String(f.data.id) : undefined,
  });
}

/** The signals of a short front-matter text (kort_gezegd, definitie), read as one paragraph. */
export function veldSignalen(f: RuleFile, ctx: Pick<RuleContext, 'glossaries'>, tekst: string): Bevinding[] {
  const {begrippen} = begrippenVan(f, ctx as RuleContext);
  // The page explains its terms below (marked there); a begrip's definitie is the explanation of its own term.
  const eigen = f.data.type === 'begrip' ? String(f.data.id) : undefined;
  const gemarkeerd = new Set(begrippen.map((b) => b.id));
  return signalen([{tekst, regel: 1, soort: 'alinea', nadruk: new Set(), vet: [], links: []}], {
    lexicon: lexicon(),
    begrippen,
    gemarkeerd,
    eigenBegrip: eigen,
  });
}

function veldProblemen(f: RuleFile, ctx: RuleContext, veld: 'kort_gezegd' | 'definitie'): Problem[] {
  const waarde = f.data[veld];
  if (typeof waarde !== 'string') return [];
  const line = frontMatterLine(f.raw, [veld]);
  const uit: Problem[] = veldSignalen(f, ctx, waarde).map((b) => ({
    file: f.file,
    line,
    field: veld,
    message: `${melding(b)} [${NAAM}]`,
    severity: 'waarschuwing',
  }));
  const over = overschrijdingen(meet(waarde), B1_KORT);
  if (over.length > 0)
    uit.push({
      file: f.file,
      line,
      field: veld,
      message: `boven de B1-richtlijn voor korte teksten: ${over.join('; ')}. ${RICHTLIJN} [${NAAM}]`,
      severity: 'waarschuwing',
    });
  return uit;
}

export const leesbaarheid: Rule = {
  name: NAAM,
  // The measures and word lists are Dutch; a translation (i18n/en/…) is not measured.
  appliesTo: (f) => f.locale === 'nl',
  check(f, ctx) {
    const problems: Problem[] = paginaSignalen(f, ctx).map((b) => ({
      file: f.file,
      line: b.regel,
      message: `${melding(b)} [${NAAM}]`,
      severity: 'waarschuwing',
    }));
    const m = meetPagina(f);
    const over = overschrijdingen(m, B1_PAGINA);
    if (over.length > 0) {
      problems.push({
        file: f.file,
        line: bodyLine(f.tree),
        message: `${samenvatting(m)}; boven de B1-richtlijn: ${over.join('; ')}. ${RICHTLIJN} [${NAAM}]`,
        severity: 'waarschuwing',
      });
    }
    problems.push(...veldProblemen(f, ctx, 'kort_gezegd'));
    if (f.data.type === 'begrip') problems.push(...veldProblemen(f, ctx, 'definitie'));
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
