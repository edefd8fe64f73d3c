/**
 * Markdown body → the text a reader reads, as blocks (paragraphs, headings,
 * list items, table cells) with their line. Parsed with the same remark
 * syntax Docusaurus uses (GFM, directives for admonitions, math, MDX for .mdx),
 * so what the build shows and what is measured never disagree.
 *
 * Left out: code, HTML (comments included), images, math, MDX imports/exports
 * and {expressions}, heading ids. Kept: link text, quotations, admonition text
 * and titles; a glossary marker `[[term|getoond]]` counts as its shown text.
 */
import {parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Nodes, Parent, Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {MARKER} from '../../plugins/begrippen/remark';

export interface Blok {
  tekst: string;
  /** 1-based line in the body where the block starts. */
  regel: number;
}

/** Nodes whose content nobody reads as running text. */
const WEGLATEN = new Set([
  'code',
  'inlineCode',
  'html',
  'math',
  'inlineMath',
  'image',
  'imageReference',
  'definition',
  'footnoteReference',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'yaml',
]);

/** Blocks of running text; everything else is a container or left out. */
const BLOKKEN = new Set(['paragraph', 'heading', 'tableCell']);

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective).use(remarkMath).freeze();
const mdxMarkdown = markdown().use(remarkMdx).freeze();

function parse(body: string, mdx: boolean): Root {
  return (mdx ? mdxMarkdown : markdown).parse(body);
}

export function leestekst(body: string, opties: {mdx?: boolean} = {}): Blok[] {
  const blokken: Blok[] = [];

  const inline = (node: Nodes): string => {
    if (WEGLATEN.has(node.type)) return '';
    switch (node.type) {
      case 'text':
        return node.value.replace(MARKER, (_m, doel: string, getoond?: string) => getoond ?? doel);
      case 'break':
        return ' ';
      // Docusaurus shows an unknown ":naam" directive as the text it was written as ("om 10:30 uur").
      case 'textDirective':
      case 'leafDirective': {
        const {start, end} = node.position ?? {};
        return start?.offset !== undefined && end?.offset !== undefined ? body.slice(start.offset, end.offset) : '';
      }
      default:
        return 'children' in node ? (node as Parent).children.map((c) => inline(c as Nodes)).join('') : '';
    }
  };

  const walk = (node: Nodes): void => {
    if (WEGLATEN.has(node.type)) return;
    if (BLOKKEN.has(node.type)) {
      let tekst = inline(node);
      if (node.type === 'heading') tekst = parseMarkdownHeadingId(tekst).text;
      tekst = tekst.replace(/\s+/g, ' ').trim();
      if (tekst) blokken.push({tekst, regel: node.position?.start.line ?? 1});
      return;
    }
    if ('children' in node) for (const c of (node as Parent).children) walk(c as Nodes);
  };

  walk(parse(body, opties.mdx ?? false));
  return blokken;
}
