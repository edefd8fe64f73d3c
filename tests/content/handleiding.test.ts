/**
 * The handleiding in both editions: every page has what a reader needs to
 * trust it (title, description, sources), every phase page links the
 * werkbladen its front matter names (and no others), the route overview's
 * cells point at headings that exist, and pages in both editions say what
 * changed. The build-output part (banners) is in tests/browser/kennisbank-pages.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {findElements} from '../../src/plugins/shared/mdx';
import {parseMarkdown} from '../../src/content/markdown';
import {FASEN, SPOREN, celPad} from '../../src/components/RouteOverzicht/route';
import {contentPages, headingIds, internalLinks, SITE} from '../lib/content';

const pages = (await contentPages()).filter((p) => p.tree);
const handleiding = pages.filter((p) => p.data.type === 'handleiding');
const current = handleiding.filter((p) => p.edition === 'current');
const pilot = handleiding.filter((p) => p.edition === '2021');
const FASE_IDS = FASEN.map((f) => f.id);

/** Werkblad ids linked on a page as /werkbladen/<id>. */
export function werkbladLinks(tree: Parameters<typeof internalLinks>[0]): Set<string> {
  return new Set(
    internalLinks(tree).flatMap((l) => (/^\/werkbladen\/[a-z0-9-]+$/.test(l.path) ? [l.path.split('/')[2]!] : [])),
  );
}

describe('helpers of this test', () => {
  it('finds heading ids in both syntaxes', () => {
    expect(headingIds(parseMarkdown('## A {#a}\n\n## C\n', 'md'))).toEqual(new Set(['a', 'c']));
    expect(headingIds(parseMarkdown('### B {/* #b */}\n', 'mdx'))).toEqual(new Set(['b']));
  });
  it('finds werkblad links, and not other links', () => {
    expect(
      werkbladLinks(parseMarkdown('[x](/werkbladen/rolverheldering) [y](/werkbladen) [z](/handleiding/houding)', 'md')),
    ).toEqual(new Set(['rolverheldering']));
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

  it.each(phasePages.map((p) => [p.file, p] as const))(
    '%s links exactly the werkbladen of its front matter',
    (_f, p) => {
      const named = new Set((p.data.werkbladen as string[] | undefined) ?? []);
      expect(named.size, 'front matter "werkbladen" is leeg').toBeGreaterThan(0);
      expect(werkbladLinks(p.tree!)).toEqual(named);
    },
  );

  it.each(['current', '2021'] as const)(
    'every cell of the route overview (%s) points at a heading on its phase page',
    (editie) => {
      const missing: string[] = [];
      for (const fase of FASEN) {
        const page = handleiding.find((p) => p.edition === editie && p.data.id === fase.id);
        if (!page) {
          missing.push(`${editie}: pagina ${fase.id} ontbreekt`);
          continue;
        }
        const ids = headingIds(page.tree!);
        for (const s of SPOREN) {
          if (!ids.has(fase.cellen[s].anker)) missing.push(celPad(editie, fase.id, fase.cellen[s].anker));
        }
      }
      expect(missing).toEqual([]);
    },
  );

  it('uses the overview component on the route page of both editions', () => {
    for (const p of handleiding.filter((x) => x.data.id === 'route-in-een-oogopslag')) {
      expect(findElements(p.tree!, 'RouteOverzicht'), p.file).toHaveLength(1);
    }
  });

  it.each(pilot.map((p) => [p.file, p] as const))(
    '%s has a current page that says what changed since 2021',
    (_f, p) => {
      const now = current.find((c) => c.data.id === p.data.id);
      expect(now, `geen pagina met id ${String(p.data.id)} in docs/`).toBeDefined();
      expect(now!.data.slug).toBe(p.data.slug);
      expect(typeof now!.data.sinds2021, `${now!.file}: voeg "sinds2021" toe`).toBe('string');
    },
  );

  it('keeps no markdown table beside the component on the current route page', () => {
    const route = fs.readFileSync(path.join(SITE, 'docs/handleiding/route-in-een-oogopslag.mdx'), 'utf8');
    expect(route).not.toMatch(/^\|/m); // the markdown table was replaced by the component
  });
});
