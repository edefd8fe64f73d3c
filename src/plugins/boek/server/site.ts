/** Reading the built site: which HTML file serves a route, and what each link target in the book is called. */
import fs from 'node:fs';
import path from 'node:path';
import type {Book} from './book';
import {termAnchor} from './chapter';

/** The HTML file of a route path (with base URL), as deploy/nginx.conf looks it up. */
export function htmlFileFor(outDir: string, permalink: string, baseUrl: string): string {
  const rel = decodeURI(
    permalink.startsWith(baseUrl) ? permalink.slice(baseUrl.length) : permalink.replace(/^\//, ''),
  ).replace(/\/$/, '');
  const candidates = rel === '' ? ['index.html'] : [`${rel}.html`, path.join(rel, 'index.html')];
  const found = candidates.map((c) => path.join(outDir, c)).find((f) => fs.existsSync(f));
  if (!found)
    throw new Error(`Boek: de pagina ${permalink} staat niet in de build (${candidates.join(' of ')} in ${outDir}).`);
  return found;
}

/** Every place a link in the book can go, with a name for the link's description. */
export function bookTargets(book: Book): Map<string, string> {
  const targets = new Map<string, string>();
  for (const ch of book.chapters)
    for (const h of ch.headings) targets.set(h.id, h.id === ch.key ? ch.title : `${h.text} (${ch.title})`);
  for (const t of book.glossary) targets.set(termAnchor(t.id), `begrip ${t.term}`);
  const walk = (entries: Book['toc']) => {
    for (const e of entries) {
      if (!targets.has(e.id)) targets.set(e.id, e.title);
      walk(e.children);
    }
  };
  walk(book.toc);
  return targets;
}
