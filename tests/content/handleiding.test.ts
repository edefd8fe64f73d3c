/**
 * The handleiding in both editions: every page has what a reader needs to
 * trust it (title, description, sources), every phase page links the
 * werkbladen its front matter names (and no others), the route overview's
 * cells point at headings that exist, and pages in both editions say what
 * changed. The build-output part (banners) is in tests/browser/build-output.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {collectContentFiles, parseFile} from '../../src/content/validate';
import {FASEN, SPOREN, celPad} from '../../src/components/RouteOverzicht/route';

const SITE = path.resolve(__dirname, '../..');

interface Page {
  file: string;
  tree: string;
  data: Record<string, unknown>;
  body: string;
}

const pages: Page[] = collectContentFiles(SITE).flatMap((f) => {
  const p = parseFile(f.file, f.raw);
  return 'data' in p ? [{file: f.file, tree: f.tree, data: p.data, body: p.body}] : [];
});
const handleiding = pages.filter((p) => p.data.type === 'handleiding');
const current = handleiding.filter((p) => p.tree === 'current');
const pilot = handleiding.filter((p) => p.tree === '2021');
const FASE_IDS = FASEN.map((f) => f.id);

/** Heading ids of a body: `{#id}` in .md, `{/* #id *\/}` in .mdx. */
export function headingIds(body: string): Set<string> {
  const ids = [...body.matchAll(/^#{2,6} .*?(?:\{#([a-z0-9-]+)\}|\{\/\* #([a-z0-9-]+) \*\/\})\s*$/gm)];
  return new Set(ids.map((m) => (m[1] ?? m[2])!));
}

/** Werkblad ids linked in a body as /werkbladen/<id>. */
export function werkbladLinks(body: string): Set<string> {
  return new Set([...body.matchAll(/\]\(\/werkbladen\/([a-z0-9-]+)(?:#[a-z0-9-]+)?\)/g)].map((m) => m[1]!));
}

describe('helpers of this test', () => {
  it('finds heading ids in both syntaxes, and nothing in a heading without one', () => {
    expect(headingIds('## A {#a}\n### B {/* #b */}\n## C\n')).toEqual(new Set(['a', 'b']));
  });
  it('finds werkblad links, and not other links', () => {
    expect(werkbladLinks('[x](/werkbladen/rolverheldering) [y](/werkbladen) [z](/handleiding/houding)')).toEqual(
      new Set(['rolverheldering']),
    );
  });
});

describe('handleiding', () => {
  it('has pages in both editions', () => {
    expect(current.length).toBeGreaterThanOrEqual(15);
    expect(pilot.length).toBeGreaterThanOrEqual(8);
  });

  it.each(handleiding.map((p) => [p.file, p] as const))('%s has a title, a description and sources', (_f, p) => {
    expect(typeof p.data.title === 'string' && p.data.title.length >= 3, 'title').toBe(true);
    expect(typeof p.data.description === 'string' && p.data.description.length >= 20, 'description').toBe(true);
    expect(Array.isArray(p.data.bronnen) && p.data.bronnen.length >= 1, 'bronnen').toBe(true);
  });

  const phasePages = current.filter((p) => FASE_IDS.includes(p.data.id as (typeof FASE_IDS)[number]));
  it('has the three phase pages in the current edition', () => {
    expect(phasePages.map((p) => p.data.id).sort()).toEqual([...FASE_IDS].sort());
  });

  it.each(phasePages.map((p) => [p.file, p] as const))('%s links exactly the werkbladen of its front matter', (_f, p) => {
    const named = new Set((p.data.werkbladen as string[] | undefined) ?? []);
    expect(named.size, 'front matter "werkbladen" is leeg').toBeGreaterThan(0);
    expect(werkbladLinks(p.body)).toEqual(named);
  });

  it.each(['current', '2021'] as const)('every cell of the route overview (%s) points at a heading on its phase page', (editie) => {
    const missing: string[] = [];
    for (const fase of FASEN) {
      const page = handleiding.find((p) => p.tree === editie && p.data.id === fase.id);
      if (!page) {
        missing.push(`${editie}: pagina ${fase.id} ontbreekt`);
        continue;
      }
      const ids = headingIds(page.body);
      for (const s of SPOREN) {
        if (!ids.has(fase.cellen[s].anker)) missing.push(celPad(editie, fase.id, fase.cellen[s].anker));
      }
    }
    expect(missing).toEqual([]);
  });

  it('uses the overview component on the route page of both editions', () => {
    for (const p of handleiding.filter((x) => x.data.id === 'route-in-een-oogopslag')) {
      expect(p.body, p.file).toContain('<RouteOverzicht />');
    }
  });

  it.each(pilot.map((p) => [p.file, p] as const))('%s has a current page that says what changed since 2021', (_f, p) => {
    const now = current.find((c) => c.data.id === p.data.id);
    expect(now, `geen pagina met id ${String(p.data.id)} in docs/`).toBeDefined();
    expect(now!.data.slug).toBe(p.data.slug);
    expect(typeof now!.data.sinds2021, `${now!.file}: voeg "sinds2021" toe`).toBe('string');
  });

  it('keeps no markdown table beside the component on the current route page', () => {
    const route = fs.readFileSync(path.join(SITE, 'docs/handleiding/route-in-een-oogopslag.mdx'), 'utf8');
    expect(route).not.toMatch(/^\|/m); // the markdown table was replaced by the component
  });
});
