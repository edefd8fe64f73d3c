/**
 * Rule "spelling": every word a reader sees on a Dutch page, checked with
 * cspell's Dutch dictionary (`@cspell/dict-nl-nl`, through the Node API of
 * `cspell-lib`) so the messages are the project's own: file, line, column, the
 * word, "Bedoel je …?" and what to do when the word is right.
 *
 * Known besides the dictionary: the project word list (src/data/woorden.txt),
 * the glossary's terms and aliases, the words of every source record's title
 * and maker (src/data/bronnen/) and the authors' names (blog/authors.yml).
 *
 * What is checked: the visible text of the body (paragraphs, headings, lists,
 * tables, quotations, link texts, image descriptions) and the front-matter
 * fields a reader sees (TEKSTVELDEN). Not checked: code, inline code, HTML,
 * MDX expressions, formulas, URLs and e-mail addresses, the target of a
 * `[[begrip|tekst]]` marker (the glossary checks it), pages in another locale
 * (i18n/en), and a begrip's `engels` field. Quotations from the sources are
 * Dutch and are checked like the rest: a source's own spelling goes in the
 * word list with a comment.
 */
import fs from 'node:fs';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import yaml from 'js-yaml';
import type {Nodes, Root} from 'mdast';
import {INVISIBLE, MARKER} from '../markdown';
import {frontMatterLine, type Problem} from '../problems';
import type {ContentSite} from '../validate';
import {DATA_FILES} from '../siteData';
import type {Rule, RuleFile, Spelling} from './types';

const NAAM = 'spelling';
/** The project word list, relative to the site directory. */
export const WOORDENLIJST = 'src/data/woorden.txt';

// The shape lives with the other rule shapes (types.ts), so that file does not import this one.
export type {Spelling} from './types';

/** Front-matter fields a reader sees (at any depth: `secties[].vragen[].opties`, `wijzigingen[].tekst`, `bronnen[].waar`). */
export const TEKSTVELDEN: ReadonlySet<string> = new Set([
  'title',
  'description',
  'sidebar_label',
  'kort_gezegd',
  'sinds2021',
  'term',
  'aliases',
  'definitie',
  'doel',
  'instructie',
  'titel',
  'intro',
  'tekst',
  'waar',
  'labels',
  'opties',
  'kolommen',
  'rijen',
  'wijzigingen',
  'secties',
  'vragen',
  'bevinding',
  'bronnen',
]);
/** Of TEKSTVELDEN, the ones that only hold other fields (their own strings are keys, not text). */
const HOUDERS = new Set(['wijzigingen', 'secties', 'vragen', 'bevinding', 'bronnen']);

/** The words of the project word list: one per line; "#" starts a comment. */
export function leesWoordenlijst(tekst: string): string[] {
  return tekst
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

const WOORD = /\p{L}[\p{L}\p{M}]*(?:['’\-.][\p{L}\p{M}]+)*/gu;
/**
 * What is not language in running text: web addresses and domain names
 * ("pleegzorg.nl"), e-mail addresses, paths ("/handleiding/houding"), file
 * names ("authors.yml") and a heading's explicit id ("{#wat-is-het}").
 */
const EXTENSIE = /\.(?:nl|be|com|org|net|eu|info|md|mdx|yml|yaml|json|ts|tsx|txt|pdf|docx|zip|png|jpg|svg)$/i;
/** Per piece of text between spaces, so no pattern has to scan ahead: most pieces are plain words. */
function isAdres(stuk: string): boolean {
  const kaal = stuk.replace(/^[("'„“‘«[]+|[)"'”’»\],;:!?.]+$/gu, '');
  if (!/[./@{]/.test(kaal)) return false;
  return (
    /^(?:https?:\/\/|www\.)/i.test(kaal) ||
    /^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(kaal) ||
    kaal.startsWith('/') ||
    kaal.startsWith('{#') ||
    (EXTENSIE.test(kaal) && /^[\p{L}\d_./-]+$/u.test(kaal))
  );
}

export interface Woord {
  woord: string;
  /** Offset in the text it was found in. */
  index: number;
}

/** The words of a piece of visible text, without addresses. */
export function woordenIn(tekst: string): Woord[] {
  const schoon = tekst.replace(/\S+/g, (m) => (isAdres(m) ? ' '.repeat(m.length) : m));
  return [...schoon.matchAll(WOORD)].map((m) => ({woord: m[0].replace(/\.$/, ''), index: m.index}));
}

/** The words of a list of names and titles (glossary, sources, authors), lower case. */
export function woordenVan(teksten: readonly string[]): Set<string> {
  const uit = new Set<string>();
  for (const t of teksten) for (const {woord} of woordenIn(t)) uit.add(woord.toLowerCase().replace(/’/g, "'"));
  return uit;
}

/** Words with a typographic apostrophe are looked up with a straight one: "dia’s" is "dia's". */
const recht = (w: string) => w.replace(/’/g, "'");
/** Acute accents as stress marks ("dóén", "níet") are Dutch spelling for emphasis; the word underneath must be right. */
const zonderKlemtoon = (w: string) => w.replace(/[áéíóú]/g, (c) => 'aeiou'['áéíóú'.indexOf(c)]!);

/**
 * A speller from a dictionary lookup and the site's own words. Kept apart from
 * cspell so the rule can be tested with a small dictionary.
 */
export function maakSpelling(
  woordenboek: {has(w: string): boolean; suggest(w: string): string[]},
  eigen: ReadonlySet<string>,
): Spelling {
  const opzoeken = (r: string): boolean => {
    if (eigen.has(r.toLowerCase()) || woordenboek.has(r) || woordenboek.has(`${r}.`)) return true;
    // A capital at the start of a sentence or a heading: the word itself is known ("Onderzoekers", "Eén").
    if (!/^\p{Lu}\p{Ll}/u.test(r)) return false;
    const klein = r[0]!.toLowerCase() + r.slice(1);
    return woordenboek.has(klein) || woordenboek.has(klein.replace(/^eé/, 'éé'));
  };
  const bekend = (w: string): boolean => {
    const r = recht(w);
    if (opzoeken(r)) return true;
    const z = zonderKlemtoon(r);
    return z !== r && !/[áéíóú]/.test(z) && opzoeken(z);
  };
  // A site has a few thousand different words and a hundred thousand uses of them.
  const onthouden = new Map<string, boolean>();
  return {
    kent(w) {
      let goed = onthouden.get(w);
      if (goed === undefined) {
        goed = bekend(w);
        if (!goed) {
          // A compound with hyphens ("stap-voor-stap-aanpak", "ouder-kindrelatie") is right when each part is.
          // Every part is looked up (no short cut), so laadSpelling can ask the dictionary about all of them in advance.
          const delen = w.split('-').filter(Boolean);
          const delenGoed = delen.map((d) => d.length === 1 || bekend(d));
          goed = delen.length > 1 && delenGoed.every(Boolean);
        }
        onthouden.set(w, goed);
      }
      return goed;
    },
    suggesties: (w) => woordenboek.suggest(recht(w)).slice(0, 3),
  };
}

interface CslNaam {
  family?: string;
  given?: string;
  literal?: string;
}
interface CslItem {
  author?: CslNaam[];
  editor?: CslNaam[];
  title?: string;
  'container-title'?: string;
  issued?: {literal?: string};
}

/** Authors, titles and journals of the literature (src/data/literatuur.json): names and, often, English. */
export function literatuurNamen(siteDir: string): string[] {
  const file = path.join(siteDir, DATA_FILES.literatuur);
  if (!fs.existsSync(file)) return [];
  let items: CslItem[];
  try {
    items = JSON.parse(fs.readFileSync(file, 'utf8')) as CslItem[];
  } catch {
    return []; // loadSiteData reports a broken literature file
  }
  if (!Array.isArray(items)) return [];
  return items
    .flatMap((i) => [
      ...[...(i.author ?? []), ...(i.editor ?? [])].flatMap((n) => [n.family, n.given, n.literal]),
      i.title,
      i['container-title'],
      i.issued?.literal,
    ])
    .filter((x): x is string => typeof x === 'string');
}

/** Every name and term the site itself defines, lower case: glossary terms and aliases, sources' titles and makers, the literature, authors. */
export function eigenWoorden(site: Pick<ContentSite, 'siteDir' | 'data' | 'glossaries'>): Set<string> {
  const teksten: string[] = [];
  for (const g of site.glossaries.values()) for (const t of g.terms) teksten.push(t.term, ...t.aliases);
  for (const b of site.data.bronnen) teksten.push(b.titel, b.maker);
  teksten.push(...literatuurNamen(site.siteDir));
  const authorsFile = path.join(site.siteDir, DATA_FILES.authors);
  if (fs.existsSync(authorsFile)) {
    const authors = yaml.load(fs.readFileSync(authorsFile, 'utf8'));
    if (authors && typeof authors === 'object')
      for (const a of Object.values(authors as Record<string, {name?: unknown}>))
        if (typeof a?.name === 'string') teksten.push(a.name);
  }
  const lijst = path.join(site.siteDir, WOORDENLIJST);
  const uit = woordenVan(teksten);
  if (fs.existsSync(lijst))
    for (const w of leesWoordenlijst(fs.readFileSync(lijst, 'utf8'))) uit.add(recht(w).toLowerCase());
  return uit;
}

/** cspell's dictionary as the worker thread answers it: many words per message. */
export interface Woordenboek {
  heeft(woorden: readonly string[]): Promise<boolean[]>;
  suggesties(woorden: readonly string[]): Promise<string[][]>;
}

let woordenboek: Woordenboek | undefined;

/**
 * cspell's Dutch dictionary, loaded once per process in a worker thread
 * (woordenboek-worker.mjs): loading takes about 2 s of CPU, which then runs on
 * the second core while the check reads the pages. Call it early; ask later.
 */
export function nederlandsWoordenboek(): Woordenboek {
  if (woordenboek) return woordenboek;
  const worker = new Worker(path.join(__dirname, 'woordenboek-worker.mjs'));
  const wachtend = new Map<number, {ok: (a: unknown) => void; fout: (e: Error) => void}>();
  let volgnummer = 0;
  // The thread keeps a script running only while a question is open.
  worker.unref();
  worker.on('message', ({id, antwoord, fout}: {id: number; antwoord?: unknown; fout?: string}) => {
    const w = wachtend.get(id);
    wachtend.delete(id);
    if (wachtend.size === 0) worker.unref();
    if (fout !== undefined) w?.fout(new Error(`De spellingcontrole kon het woordenboek niet gebruiken: ${fout}`));
    else w?.ok(antwoord);
  });
  worker.on('error', (e) => {
    for (const w of wachtend.values())
      w.fout(new Error(`De spellingcontrole kon het woordenboek niet laden: ${e.message}`));
    wachtend.clear();
    woordenboek = undefined;
  });
  const vraag = <T>(soort: 'heeft' | 'suggesties', woorden: readonly string[]): Promise<T> => {
    if (woorden.length === 0) return Promise.resolve([] as T);
    const id = volgnummer++;
    worker.ref();
    return new Promise<T>((ok, fout) => {
      wachtend.set(id, {ok: ok as (a: unknown) => void, fout});
      worker.postMessage({id, soort, woorden});
    });
  };
  woordenboek = {
    heeft: (woorden) => vraag<boolean[]>('heeft', woorden),
    suggesties: (woorden) => vraag<string[][]>('suggesties', woorden),
  };
  return woordenboek;
}

/** A word on a page, with where it stands (offset in the file) and the front-matter field it is in. */
interface PaginaWoord {
  woord: string;
  offset: number;
  veld?: string;
}

/** Line and column (1-based) of an offset in a text. */
function plaats(raw: string, offset: number): {regel: number; kolom: number} {
  const voor = raw.slice(0, offset);
  const regel = voor.split('\n').length;
  return {regel, kolom: offset - voor.lastIndexOf('\n')};
}

/** Nodes whose text a reader does not see as language: what no check reads, and code a reader may type but that is no Dutch. */
const OVERSLAAN: ReadonlySet<string> = new Set([...INVISIBLE, 'inlineCode']);

/**
 * A marker's target is a glossary key, which the glossary check owns ("begrip … bestaat niet. Bedoel je …?"):
 * blank it out, and keep the text a reader sees of `[[begrip|tekst]]`.
 */
const zonderMarkerdoel = (tekst: string): string =>
  tekst.replace(MARKER, (heel: string, _doel: string, getoond?: string) =>
    getoond === undefined ? ' '.repeat(heel.length) : ' '.repeat(heel.length - getoond.length - 2) + getoond + '  ',
  );

/** The words of a text, found in the file from `start` on: the text is the source minus escapes and entities. */
function woordenVanaf(raw: string, tekst: string, start: number, end: number, veld?: string): PaginaWoord[] {
  let cursor = start;
  return woordenIn(zonderMarkerdoel(tekst)).map((w) => {
    const i = raw.indexOf(w.woord, cursor);
    const gevonden = i >= 0 && i < end;
    if (gevonden) cursor = i + w.woord.length;
    return {woord: w.woord, offset: gevonden ? i : start, veld};
  });
}

function inTekst(f: RuleFile, raw: string): PaginaWoord[] {
  const uit: PaginaWoord[] = [];
  const walk = (n: Nodes) => {
    if (OVERSLAAN.has(n.type)) return;
    const start = n.position?.start.offset ?? 0;
    const end = n.position?.end.offset ?? raw.length;
    if (n.type === 'text') uit.push(...woordenVanaf(raw, n.value, start, end));
    if (n.type === 'image' && n.alt) uit.push(...woordenVanaf(raw, n.alt, start, end));
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(f.tree as Root);
  return uit;
}

function inFrontMatter(f: RuleFile, raw: string): PaginaWoord[] {
  const uit: PaginaWoord[] = [];
  const begin = [0];
  for (let i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) begin.push(i + 1);
  const bezoek = (waarde: unknown, pad: (string | number)[], tekstveld: boolean) => {
    if (typeof waarde === 'string') {
      if (!tekstveld) return;
      const start = begin[frontMatterLine(raw, pad) - 1] ?? 0;
      uit.push(...woordenVanaf(raw, waarde, start, raw.length, pad.join('.')));
    } else if (Array.isArray(waarde)) waarde.forEach((v, i) => bezoek(v, [...pad, i], tekstveld));
    else if (waarde && typeof waarde === 'object') {
      for (const [k, v] of Object.entries(waarde as Record<string, unknown>)) {
        if (!TEKSTVELDEN.has(k)) continue;
        bezoek(v, [...pad, k], !HOUDERS.has(k));
      }
    }
  };
  bezoek(f.data, [], false);
  return uit;
}

// The words of a page are read once, for loading the speller and for the rule.
const woordenCache = new WeakMap<object, PaginaWoord[]>();
function woordenOpPagina(f: RuleFile): PaginaWoord[] {
  let w = woordenCache.get(f.tree);
  if (!w) {
    const raw = f.raw.replace(/\r\n?/g, '\n');
    w = [...inFrontMatter(f, raw), ...inTekst(f, raw)];
    woordenCache.set(f.tree, w);
  }
  return w;
}

/**
 * The speller for a site: cspell's Dutch dictionary and the site's own words.
 * It asks the dictionary about every word of every Dutch page at once, and for
 * suggestions for the words it does not know, so the rule itself stays
 * synchronous like every other rule.
 */
export async function laadSpelling(
  site: Pick<ContentSite, 'siteDir' | 'data' | 'glossaries' | 'pages'>,
  wb: Woordenboek = nederlandsWoordenboek(),
): Promise<Spelling> {
  const eigen = eigenWoorden(site);
  const woorden = new Set<string>();
  for (const p of site.pages)
    if (p.tree && p.locale === 'nl') for (const w of woordenOpPagina(p as RuleFile)) woorden.add(w.woord);
  // Every lookup the speller could make: ask with a dictionary that knows nothing, so every branch is taken.
  const vragen = new Set<string>();
  const opnemer = maakSpelling({has: (w) => (vragen.add(w), false), suggest: () => []}, eigen);
  for (const w of woorden) opnemer.kent(w);
  const lijst = [...vragen];
  const antwoorden = await wb.heeft(lijst);
  const bekend = new Set(lijst.filter((_, i) => antwoorden[i]));
  const zonder = maakSpelling({has: (w) => bekend.has(w), suggest: () => []}, eigen);
  const onbekend = [...woorden].filter((w) => !zonder.kent(w)).map(recht);
  const suggesties = new Map(
    (await wb.suggesties(onbekend)).map((s, i) => [onbekend[i]!, s.filter((x) => !x.includes(' '))] as const),
  );
  return maakSpelling({has: (w) => bekend.has(w), suggest: (w) => suggesties.get(w) ?? []}, eigen);
}

/** One problem per wrong word per file, at its first place; later places are named in the message. */
export function spellingProblemen(f: RuleFile, spelling: Spelling): Problem[] {
  const raw = f.raw.replace(/\r\n?/g, '\n');
  const fouten = woordenOpPagina(f)
    .filter((w) => !spelling.kent(w.woord))
    .map((w) => ({woord: w.woord, veld: w.veld, ...plaats(raw, w.offset)}));
  const perWoord = new Map<string, typeof fouten>();
  for (const fout of fouten) perWoord.set(fout.woord, [...(perWoord.get(fout.woord) ?? []), fout]);
  return [...perWoord.values()].map((plekken) => {
    const [eerste, ...rest] = plekken.sort((a, b) => a.regel - b.regel || a.kolom - b.kolom);
    const s = spelling.suggesties(eerste!.woord);
    const bedoel = s.length ? ` Bedoel je ${s.map((x) => `"${x}"`).join(' of ')}?` : '';
    const ook = rest.length ? ` (ook op regel ${[...new Set(rest.map((r) => r.regel))].join(', ')})` : '';
    return {
      file: f.file,
      line: eerste!.regel,
      ...(eerste!.veld ? {field: eerste!.veld} : {}),
      message:
        `kolom ${eerste!.kolom}: "${eerste!.woord}" staat niet in het Nederlandse woordenboek${ook}.${bedoel} ` +
        `Is het woord goed gespeld (een naam of vakterm)? Zet het dan in ${WOORDENLIJST}, één woord per regel. [${NAAM}]`,
    };
  });
}

export const spelling: Rule = {
  name: NAAM,
  // Only Dutch pages: a translation (i18n/en/…) is checked by its translator.
  appliesTo: (f) => f.locale === 'nl',
  check(f, ctx) {
    if (!ctx.spelling) {
      return [
        {
          file: f.file,
          line: 1,
          message: `de spellingcontrole kon niet starten: er is geen woordenboek geladen. Meld dit aan de beheerders van de site. [${NAAM}]`,
        },
      ];
    }
    return spellingProblemen(f, ctx.spelling);
  },
};
