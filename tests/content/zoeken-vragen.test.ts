/**
 * The reader questions for the site search (tests/zoeken-vragen): every expected target is a
 * real page of the current edition or a kenniscafé post, every anchor a heading id on that page
 * (as Docusaurus gives it), no question appears twice, and the two halves are exactly the
 * split that split.ts makes — so no question can move from the held-out half to the tuning half
 * by hand. The development set (ontwikkeling.json) is never split, but its targets and questions
 * get the same checks.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentPages, headingIds} from '../lib/content';
import {CURRENT_EDITION, DEFAULT_LOCALE, URLS} from '../../src/content/vocabulary';
import {parseMarkdown} from '../../src/content/markdown';
import {
  BESTANDEN,
  DESCRIPTION,
  DIR,
  LEZERS,
  SOORTEN,
  lees,
  schrijfbaar,
  splits,
  vormfouten,
  type Vraag,
} from '../zoeken-vragen/split';

/** Site path without leading slash → heading ids of that page. */
type Doelen = Map<string, Set<string>>;

/** A blog post's path as Docusaurus makes it: the slug, or else the file name with its date as folders. */
function blogPath(file: string, slug: unknown): string {
  const name =
    typeof slug === 'string'
      ? slug.replace(/^\//, '')
      : path
          .basename(file)
          .replace(/\.mdx?$/, '')
          .replace(/^(\d{4})-(\d{2})-(\d{2})-/, '$1/$2/$3/');
  return `${URLS.blog.slice(1)}/${name}`;
}

async function doelen(): Promise<Doelen> {
  const out: Doelen = new Map();
  for (const p of await contentPages()) {
    if (p.locale !== DEFAULT_LOCALE || !p.tree) continue;
    if (p.kind === 'doc' && p.edition === CURRENT_EDITION && typeof p.data.slug === 'string')
      out.set(p.data.slug.replace(/^\//, ''), headingIds(p.tree));
    else if (p.kind === 'blog') out.set(blogPath(p.file, p.data.slug), headingIds(p.tree));
  }
  return out;
}

/** Why a target does not exist, in Dutch; undefined when it does. */
function doelfout(doel: string, bekend: Doelen): string | undefined {
  const [pad, anker, ...rest] = doel.split('#') as [string, string | undefined];
  if (pad.startsWith('/') || pad.endsWith('/'))
    return `"${doel}": schrijf het pad zonder / aan het begin of eind, zoals "handleiding/houding".`;
  const ids = bekend.get(pad);
  if (!ids)
    return `"${doel}": geen pagina met slug /${pad} in docs/ (huidige editie) en geen kenniscafé met dat adres.`;
  if (rest.length || anker === '') return `"${doel}": een doel heeft hoogstens één anker na #.`;
  if (anker !== undefined && !ids.has(anker))
    return `"${doel}": de pagina /${pad} heeft geen kop met id "${anker}". Bestaande ids: ${[...ids].join(', ')}.`;
  return undefined;
}

const normaal = (q: string) => q.trim().toLowerCase().replace(/\s+/g, ' ');

/** Questions that occur more than once (ignoring case and spaces). */
function dubbel(vragen: readonly Vraag[]): string[] {
  const gezien = new Map<string, number>();
  for (const v of vragen) gezien.set(normaal(v.q), (gezien.get(normaal(v.q)) ?? 0) + 1);
  return [...gezien].filter(([, n]) => n > 1).map(([q]) => q);
}

/** Every target of every question that does not exist, as "question → why". */
function ontbrekendeDoelen(vragen: readonly Vraag[], bekend: Doelen): string[] {
  return vragen.flatMap((v) => v.expect.map((d) => doelfout(d, bekend)).flatMap((f) => (f ? [`"${v.q}" → ${f}`] : [])));
}

describe('helpers of this test', () => {
  const bekend: Doelen = new Map([
    ['handleiding/houding', headingIds(parseMarkdown('## Gastvrij zijn {#gastvrij}\n\n## Geduldig zijn', 'md'))],
    ['kenniscafes/kenniscafe-1', new Set(['themas'])],
  ]);
  it('accepts a page, a page with an explicit or derived heading id, and a kenniscafé section', () => {
    for (const d of ['handleiding/houding', 'handleiding/houding#gastvrij', 'handleiding/houding#geduldig-zijn'])
      expect(doelfout(d, bekend), d).toBeUndefined();
    expect(doelfout('kenniscafes/kenniscafe-1#themas', bekend)).toBeUndefined();
  });
  it('rejects a wrong anchor, an unknown page, a leading slash and a double anchor', () => {
    expect(doelfout('handleiding/houding#gastvrijheid', bekend)).toMatch(/geen kop met id "gastvrijheid"/);
    expect(doelfout('handleiding/hoeding', bekend)).toMatch(/geen pagina met slug \/handleiding\/hoeding/);
    expect(doelfout('/handleiding/houding', bekend)).toMatch(/zonder \//);
    expect(doelfout('handleiding/houding#gastvrij#x', bekend)).toMatch(/hoogstens één anker/);
  });
  it('derives a blog path from the slug, or from a dated file name', () => {
    expect(blogPath('blog/2026-11-22-x.md', 'mijn-slug')).toBe('kenniscafes/mijn-slug');
    expect(blogPath('blog/2026-11-22-x.md', undefined)).toBe('kenniscafes/2026/11/22/x');
  });
  it('finds a question twice whatever its case or spacing, and a missing target of any question', () => {
    const v = (q: string, ...doelen: string[]): Vraag => ({q, expect: doelen, lezer: 'ouder', soort: 'kort'});
    expect(dubbel([v('Kind  wil niet', 'x'), v('kind wil niet ', 'x'), v('anders', 'x')])).toEqual(['kind wil niet']);
    expect(ontbrekendeDoelen([v('a', 'handleiding/houding#gastvrij'), v('b', 'handleiding/houding')], bekend)).toEqual(
      [],
    );
    expect(ontbrekendeDoelen([v('c', 'handleiding/houding', 'handleiding/houding#gastvrijheid')], bekend)).toEqual([
      expect.stringMatching(/^"c" → .*geen kop met id "gastvrijheid"/),
    ]);
  });
  it('finds shape errors in a questions file', () => {
    expect(vormfouten({queries: [{q: 'x', expect: ['a'], lezer: 'ouder', soort: 'kort'}]}, 'f')).toEqual([]);
    expect(vormfouten({queries: [{q: '', expect: [], lezer: 'oma', soort: 'lang'}]}, 'f')).toHaveLength(4);
    expect(vormfouten({}, 'f')).toEqual(['f: het veld "queries" ontbreekt of is geen lijst.']);
  });
  it('splits each stratum evenly and the same way every time, whatever the input order', () => {
    const set: Vraag[] = Array.from({length: 41}, (_x, i) => ({
      q: `v${i}`,
      expect: ['x'],
      lezer: LEZERS[i % 4]!,
      soort: SOORTEN[i % 3]!,
    }));
    const a = splits(set);
    const b = splits([...set].reverse());
    expect(b).toEqual(a);
    expect(a.afstemming.length + a.controle.length).toBe(41);
    expect(Math.abs(a.afstemming.length - a.controle.length)).toBeLessThanOrEqual(1);
    expect(splits(set, 7)).not.toEqual(a);
  });
});

// Loaded once, outside the tests: reading and parsing every page takes seconds on a busy machine.
const bekend = await doelen();

describe('zoekvragen van lezers', () => {
  const afstemming = lees(BESTANDEN.afstemming);
  const controle = lees(BESTANDEN.controle);
  const alle = [...afstemming.queries, ...controle.queries];

  it('has at least 80 questions in each half', () => {
    expect(afstemming.queries.length).toBeGreaterThanOrEqual(80);
    expect(controle.queries.length).toBeGreaterThanOrEqual(80);
  });

  it('has no question twice (ignoring case and spaces)', () => {
    expect(dubbel(alle)).toEqual([]);
  });

  it('every target is a page of docs/ (current edition) or a kenniscafé, and every anchor a heading id there', () => {
    expect(ontbrekendeDoelen(alle, bekend)).toEqual([]);
  });

  it('the halves on disk are exactly the split that split.ts makes of all questions', () => {
    const {afstemming: a, controle: c} = splits(alle);
    const hint = 'run npx tsx tests/zoeken-vragen/split.ts after adding or changing questions';
    expect(fs.readFileSync(BESTANDEN.afstemming, 'utf8'), hint).toBe(schrijfbaar(DESCRIPTION.afstemming, a));
    expect(fs.readFileSync(BESTANDEN.controle, 'utf8'), hint).toBe(schrijfbaar(DESCRIPTION.controle, c));
  });

  it('each reader × kind stratum is split evenly (±1)', () => {
    for (const l of LEZERS)
      for (const s of SOORTEN) {
        const n = (qs: readonly Vraag[]) => qs.filter((v) => v.lezer === l && v.soort === s).length;
        expect(Math.abs(n(afstemming.queries) - n(controle.queries)), `${l} × ${s}`).toBeLessThanOrEqual(1);
      }
  });
});

// The development set: written later, apart from the two halves, for tuning beside the tuning half.
// It is never split, so only the shape, the targets and the uniqueness of its questions are checked.
describe('ontwikkelset van zoekvragen', () => {
  const ontwikkeling = lees(path.join(DIR, 'ontwikkeling.json')).queries;

  it('has at least 90 questions', () => {
    expect(ontwikkeling.length).toBeGreaterThanOrEqual(90);
  });

  // A question of the held-out half in the set one tunes on would be tuned on: it measures nothing then.
  // Only the question's number is named, so the message never shows a held-out question.
  it('shares no question with the two halves or the committed set', () => {
    const elders = new Set(
      [BESTANDEN.afstemming, BESTANDEN.controle, path.join(DIR, '../search-queries.json')].flatMap((f) =>
        (JSON.parse(fs.readFileSync(f, 'utf8')) as {queries: Array<{q: string}>}).queries.map((v) => normaal(v.q)),
      ),
    );
    const gedeeld = ontwikkeling.flatMap((v, i) => (elders.has(normaal(v.q)) ? [i + 1] : []));
    expect(gedeeld, 'vraag nummer … van ontwikkeling.json staat ook in een andere set: haal hem weg').toEqual([]);
  });

  it('has no question twice (ignoring case and spaces)', () => {
    expect(dubbel(ontwikkeling)).toEqual([]);
  });

  it('every target is a page of docs/ (current edition) or a kenniscafé, and every anchor a heading id there', () => {
    expect(ontbrekendeDoelen(ontwikkeling, bekend)).toEqual([]);
  });
});
