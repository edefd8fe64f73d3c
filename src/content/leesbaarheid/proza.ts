/**
 * The prose of a page for the readability signals: each paragraph, heading,
 * list item and table cell the reader sees, with what kind of block it is (a
 * fragment is normal in a list, not in a paragraph), the words of titles in
 * *emphasis* (names, not words to judge) and the glossary markers on the page.
 * Built on the site's Markdown toolkit (src/content/markdown), like
 * leestekst.ts.
 */
import type {Nodes, Paragraph, Root} from 'mdast';
import {findMarkers, visibleText} from '../markdown';

export type Bloksoort = 'alinea' | 'lijst' | 'kop' | 'tabel' | 'citaat';

export interface Prozablok {
  tekst: string;
  /** 1-based line where the block starts. */
  regel: number;
  soort: Bloksoort;
  /** Words set in *emphasis* in this block: titles of works ("*Jouw Gezin, Mijn Zorg?*"). */
  nadruk: ReadonlySet<string>;
  /** Texts in **bold**: labels ("**Waarvoor.**") and headings made of bold text, not sentences. */
  vet: readonly string[];
  /** Texts of links: a term in a link leads to its explanation. */
  links: readonly string[];
}

export interface Proza {
  blokken: Prozablok[];
  /** Targets of every `[[marker]]` on the page, as written. */
  markeringen: string[];
}

const WOORD = /[\p{L}\p{N}]+(?:['’\-/.][\p{L}\p{N}]+)*/gu;
const lineOf = (n: {position?: {start: {line: number}}}): number => n.position?.start.line ?? 1;
const opties = {inlineCode: false, alt: false} as const;

function opmaakIn(node: Nodes): Pick<Prozablok, 'nadruk' | 'vet' | 'links'> {
  const nadruk = new Set<string>();
  const vet: string[] = [];
  const links: string[] = [];
  const walk = (n: Nodes) => {
    if (n.type === 'emphasis') for (const m of visibleText(n, opties).matchAll(WOORD)) nadruk.add(m[0]);
    if (n.type === 'strong') vet.push(visibleText(n, opties));
    if (n.type === 'link' || n.type === 'linkReference') links.push(visibleText(n, opties));
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c);
  };
  walk(node);
  return {nadruk, vet, links};
}

/** Code, markup, expressions and formulas are not prose. */
const ONZICHTBAAR = new Set(['code', 'html', 'yaml', 'definition', 'mdxjsEsm', 'mdxFlowExpression', 'math']);

export function proza(tree: Root): Proza {
  const blokken: Prozablok[] = [];
  const markeringen: string[] = [];
  const walk = (n: Nodes, in_: Bloksoort) => {
    if (ONZICHTBAAR.has(n.type)) return;
    if (n.type === 'text') for (const m of findMarkers(n.value)) markeringen.push(m.target);
    const soort: Bloksoort =
      n.type === 'blockquote'
        ? 'citaat'
        : in_ === 'citaat'
          ? 'citaat'
          : n.type === 'listItem'
            ? 'lijst'
            : n.type === 'tableCell'
              ? 'tabel'
              : n.type === 'heading'
                ? 'kop'
                : in_;
    if (n.type === 'paragraph' || n.type === 'heading' || n.type === 'tableCell') {
      // A heading's explicit id ("{#wat-is-het}") is no text.
      const tekst = visibleText(n as Paragraph, opties).replace(/\s*\{#[^}]*\}$/, '');
      if (tekst) blokken.push({tekst, regel: lineOf(n), soort, ...opmaakIn(n)});
    }
    if ('children' in n) for (const c of n.children as Nodes[]) walk(c, soort);
  };
  walk(tree, 'alinea');
  return {blokken, markeringen};
}
