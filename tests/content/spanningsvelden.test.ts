/**
 * Spanningsvelden have the same shape and are linked both ways: each links to
 * at least one relationele handeling or gouden regel, and each Kenniscafé-1
 * theme links its spanningsveld page, which links back to that theme.
 */
import {describe, expect, it} from 'vitest';
import {contentPages, internalLinks, sectionsAt, type InternalLink} from '../lib/content';
import {parseMarkdown} from '../../src/content/markdown';

const parsed = (await contentPages()).filter((p) => p.tree);
const velden = parsed.filter((p) => p.edition === 'current' && p.data.type === 'spanningsveld');
const KC1 = 'kenniscafe-1-samenwerken-met-ouders';
const kc1 = parsed.find((p) => p.kind === 'blog' && p.data.slug === KC1);

const linksHandelingOfRegel = (links: readonly InternalLink[]) =>
  links.some((l) => l.path.startsWith('/handleiding/handelingen/') || l.path === '/gouden-regels');
const md = (body: string) => parseMarkdown(body, 'md');

describe('helpers of this test', () => {
  it('tells a page with a handeling or gouden-regel link from one without', () => {
    expect(linksHandelingOfRegel(internalLinks(md('Zie [x](/handleiding/handelingen/elkaar-aanvullen).')))).toBe(true);
    expect(linksHandelingOfRegel(internalLinks(md('Zie [regel](/gouden-regels#respecteer-de-band).')))).toBe(true);
    expect(
      linksHandelingOfRegel(
        internalLinks(md('Zie [houding](/handleiding/houding) en [werkblad](/werkbladen/rolverheldering).')),
      ),
    ).toBe(false);
  });
  it('splits level-3 sections and stops at the next level-2 heading', () => {
    expect(sectionsAt(md('### A {#a}\n\nx [l](/p)\n\n### B {#b}\n\ny\n\n## C {#c}\n\n[z](/q)'), 3)).toEqual([
      {id: 'a', line: 1, links: [{path: '/p', line: 3}]},
      {id: 'b', line: 5, links: []},
    ]);
  });
});

describe('spanningsvelden', () => {
  it('has at least ten pages', () => {
    expect(velden.length).toBeGreaterThanOrEqual(10);
  });

  it.each(velden.map((v) => [v.file, v] as const))(
    '%s links to at least one relationele handeling or gouden regel',
    (_f, v) => {
      expect(linksHandelingOfRegel(internalLinks(v.tree!))).toBe(true);
    },
  );

  it('Kenniscafé 1 exists', () => {
    expect(kc1, `blog-post met slug ${KC1}`).toBeDefined();
  });

  // The themes are the level-3 sections under the heading {#themas}.
  const themas = kc1?.tree ? sectionsAt(kc1.tree, 2).find((s) => s.id === 'themas') : undefined;
  const next = kc1?.tree && themas ? (sectionsAt(kc1.tree, 2).find((s) => s.line > themas.line)?.line ?? Infinity) : 0;
  const themes =
    kc1?.tree && themas ? sectionsAt(kc1.tree, 3).filter((t) => t.line > themas.line && t.line < next) : [];
  it('Kenniscafé 1 has seven themes', () => {
    expect(themes.map((t) => t.id)).toHaveLength(7);
  });

  it.each(themes.map((t) => [t.id, t] as const))(
    'Kenniscafé-1 theme %s links its spanningsveld, which links back',
    (id, t) => {
      const target = t.links.find((l) => l.path.startsWith('/spanningsvelden/'));
      expect(target, `thema ${id} linkt niet naar een spanningsveld`).toBeDefined();
      const veld = velden.find((v) => v.data.slug === target!.path);
      expect(veld, `${target!.path} bestaat niet`).toBeDefined();
      expect(veld!.data.kenniscafe).toBe(KC1);
      expect(internalLinks(veld!.tree!).map(({path, anchor}) => ({path, anchor}))).toContainEqual({
        path: `/kenniscafes/${KC1}`,
        anchor: id,
      });
    },
  );
});
