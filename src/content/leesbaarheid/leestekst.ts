/**
 * The text a reader reads, as blocks (paragraphs, headings, table cells) with
 * their line — from the site's Markdown toolkit (src/content/markdown), so what
 * the build shows, what search indexes and what is measured never disagree.
 * For readability, inline code and image alt texts do not count as prose.
 */
import type {Root} from 'mdast';
import {parseMarkdown, textRuns} from '../markdown';

export interface Blok {
  tekst: string;
  /** 1-based line where the block starts (of the file, when the tree is a whole file). */
  regel: number;
}

export function leesblokken(tree: Root): Blok[] {
  return textRuns(tree, {inlineCode: false, alt: false}).map((r) => ({tekst: r.text, regel: r.line}));
}

/** Blocks of a Markdown text (tests and small texts); lines count from the text's first line. */
export function leestekst(markdown: string, opties: {mdx?: boolean} = {}): Blok[] {
  return leesblokken(parseMarkdown(markdown, opties.mdx ? 'mdx' : 'md'));
}
