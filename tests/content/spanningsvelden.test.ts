/**
 * Spanningsvelden have the same shape and are linked both ways: each links to
 * at least one relationele handeling or gouden regel, and each Kenniscafé-1
 * theme links its spanningsveld page, which links back to that theme.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {collectContentFiles, parseFile} from '../../src/content/validate';

const SITE = path.resolve(__dirname, '../..');
const files = collectContentFiles(SITE);
const parsed = files.flatMap((f) => {
  const p = parseFile(f.file, f.raw);
  return 'data' in p ? [{file: f.file, kind: f.kind, tree: f.tree, data: p.data, body: p.body}] : [];
});
const velden = parsed.filter((p) => p.tree === 'current' && p.data.type === 'spanningsveld');
const KC1 = 'kenniscafe-1-samenwerken-met-ouders';
const kc1 = parsed.find((p) => p.kind === 'blog' && p.data.slug === KC1);

/** Internal link targets of a markdown body: "/path#anchor" → [path, anchor]. */
export function links(body: string): {path: string; anchor?: string}[] {
  return [...body.matchAll(/\]\((\/[a-z0-9/-]*)(?:#([a-z0-9-]+))?\)/g)].map((m) => ({path: m[1]!, anchor: m[2]}));
}

/** The `### … {#id}` sections of a body, with their text. */
export function sections(body: string, level = 3): {id: string; text: string}[] {
  const re = new RegExp(`^${'#'.repeat(level)} .*\\{#([a-z0-9-]+)\\}\\s*$`, 'gm');
  const marks = [...body.matchAll(re)];
  return marks.map((m, i) => ({
    id: m[1]!,
    text: body.slice(m.index! + m[0].length, i + 1 < marks.length ? marks[i + 1]!.index : undefined).split(/^## /m)[0]!,
  }));
}

const linksHandelingOfRegel = (body: string) =>
  links(body).some((l) => l.path.startsWith('/handleiding/handelingen/') || l.path === '/gouden-regels');

describe('helpers of this test', () => {
  it('tells a page with a handeling or gouden-regel link from one without', () => {
    expect(linksHandelingOfRegel('Zie [x](/handleiding/handelingen/elkaar-aanvullen).')).toBe(true);
    expect(linksHandelingOfRegel('Zie [regel](/gouden-regels#respecteer-de-band).')).toBe(true);
    expect(linksHandelingOfRegel('Zie [houding](/handleiding/houding) en [werkblad](/werkbladen/rolverheldering).')).toBe(false);
  });
  it('splits level-3 sections and stops at the next level-2 heading', () => {
    expect(sections('### A {#a}\nx [l](/p)\n### B {#b}\ny\n## C {#c}\nz')).toEqual([
      {id: 'a', text: '\nx [l](/p)\n'},
      {id: 'b', text: '\ny\n'},
    ]);
  });
});

describe('spanningsvelden', () => {
  it('has at least ten pages', () => {
    expect(velden.length).toBeGreaterThanOrEqual(10);
  });

  it.each(velden.map((v) => [v.file, v] as const))('%s links to at least one relationele handeling or gouden regel', (_f, v) => {
    expect(linksHandelingOfRegel(v.body)).toBe(true);
  });

  it('Kenniscafé 1 exists', () => {
    expect(kc1, `blog-post met slug ${KC1}`).toBeDefined();
  });

  const themes = kc1 ? sections(kc1.body.slice(kc1.body.indexOf('{#themas}'))) : [];
  it('Kenniscafé 1 has seven themes', () => {
    expect(themes.map((t) => t.id)).toHaveLength(7);
  });

  it.each(themes.map((t) => [t.id, t] as const))('Kenniscafé-1 theme %s links its spanningsveld, which links back', (id, t) => {
    const target = links(t.text).find((l) => l.path.startsWith('/spanningsvelden/'));
    expect(target, `thema ${id} linkt niet naar een spanningsveld`).toBeDefined();
    const veld = velden.find((v) => v.data.slug === target!.path);
    expect(veld, `${target!.path} bestaat niet`).toBeDefined();
    expect(veld!.data.kenniscafe).toBe(KC1);
    expect(links(veld!.body)).toContainEqual({path: `/kenniscafes/${KC1}`, anchor: id});
  });
});
