/**
 * What the rules, the search index and the tests need from a parsed page:
 * headings with the ids Docusaurus gives them, links and images, raw HTML and
 * JSX, and the text a reader sees, split into sections per heading.
 */
import {createSlugger, parseMarkdownHeadingId} from '@docusaurus/utils';
import type {Heading, Nodes, Parents, PhrasingContent, Root} from 'mdast';
import type {MdxJsxFlowElement, MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {toString} from 'mdast-util-to-string';
import {SKIP, visit} from 'unist-util-visit';
import yaml from 'js-yaml';
import {resolveMarkers} from './markers';
import {parseMarkdown} from './parse';

const parseMarkdownForFrontMatter = (raw: string) => {
  const first = parseMarkdown(raw, 'md').children[0];
  return first?.type === 'yaml' ? first : undefined;
};

const lineOf = (n: {position?: {start: {line: number}}}): number => n.position?.start.line ?? 1;

export interface HeadingInfo {
  line: number;
  depth: number;
  /** Heading text as the reader sees it (no explicit id, markers resolved). */
  text: string;
  /** `{#id}` in .md or `{/* #id *\/}` in .mdx, when given. */
  explicitId?: string;
  /** The id Docusaurus gives the heading: explicit, or derived from the text. */
  id: string;
}

/** An explicit id written as the heading's last child: an MDX comment `{/* #id *\/}` or an HTML comment `<!-- #id -->`. */
function commentId(heading: Heading): string | undefined {
  const last = heading.children.at(-1) as Nodes | undefined;
  let comment: string | undefined;
  if (last?.type === 'mdxTextExpression') {
    const program = last.data?.estree as {body: unknown[]; comments?: {value: string}[]} | undefined;
    if (program && program.body.length === 0 && program.comments?.length === 1) comment = program.comments[0]!.value;
  } else if (last?.type === 'html') {
    comment = /^<!--([\s\S]*)-->$/.exec(last.value)?.[1];
  }
  const first = comment?.trim().split(' ')[0];
  return first?.startsWith('#') ? first.slice(1) || undefined : undefined;
}

/** Text of heading children the way Docusaurus's heading plugin reads it (HTML and JSX left out). */
function headingSource(children: readonly PhrasingContent[]): string {
  const kept = children.filter((c) => c.type !== 'html' && !c.type.startsWith('mdx'));
  return toString(kept);
}

/** Every heading with its id, in document order; ids follow Docusaurus (explicit, else github-slugger, deduplicated). */
export function headings(tree: Root): HeadingInfo[] {
  const slugger = createSlugger();
  const out: HeadingInfo[] = [];
  visit(tree, 'heading', (h) => {
    let explicitId = commentId(h);
    let text = headingSource(explicitId ? h.children.slice(0, -1) : h.children);
    if (!explicitId) {
      const classic = parseMarkdownHeadingId(text, 'classic');
      if (classic.id) {
        explicitId = classic.id;
        text = classic.text;
      }
    }
    // Docusaurus uses an explicit id as written (not deduplicated); only derived ids go through the slugger.
    const id = explicitId ?? slugger.slug(text);
    out.push({line: lineOf(h), depth: h.depth, text: resolveMarkers(text).trim(), explicitId, id});
  });
  return out;
}

export interface LinkInfo {
  line: number;
  /** "link", "image", "definition" (`[a]: /doel`) or "jsx" (an `href`/`src` attribute in MDX). */
  kind: 'link' | 'image' | 'definition' | 'jsx';
  url: string;
  /** Link text, or an image's alt text. */
  text: string;
}

function jsxAttr(node: MdxJsxFlowElement | MdxJsxTextElement, name: string): string | undefined {
  for (const a of node.attributes)
    if (a.type === 'mdxJsxAttribute' && a.name === name && typeof a.value === 'string') return a.value;
  return undefined;
}

export function links(tree: Root): LinkInfo[] {
  const out: LinkInfo[] = [];
  visit(tree, (node) => {
    if (node.type === 'link') out.push({line: lineOf(node), kind: 'link', url: node.url, text: toString(node)});
    else if (node.type === 'image') out.push({line: lineOf(node), kind: 'image', url: node.url, text: node.alt ?? ''});
    else if (node.type === 'definition')
      out.push({line: lineOf(node), kind: 'definition', url: node.url, text: node.label ?? node.identifier});
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const href = jsxAttr(node, 'href') ?? jsxAttr(node, 'to');
      if (href !== undefined) out.push({line: lineOf(node), kind: 'jsx', url: href, text: toString(node)});
      const src = jsxAttr(node, 'src');
      if (src !== undefined) out.push({line: lineOf(node), kind: 'image', url: src, text: jsxAttr(node, 'alt') ?? ''});
    }
  });
  return out;
}

export interface MarkupInfo {
  line: number;
  /** "html" for raw HTML in .md, "jsx" for an element in .mdx. */
  kind: 'html' | 'jsx';
  /** Element name for JSX; the raw HTML otherwise. */
  value: string;
  /** Attribute name → string value, for JSX elements. */
  attributes: Record<string, string | true>;
}

/** Raw HTML and MDX elements: what the safe-HTML rule inspects. */
export function markup(tree: Root): MarkupInfo[] {
  const out: MarkupInfo[] = [];
  visit(tree, (node) => {
    if (node.type === 'html') out.push({line: lineOf(node), kind: 'html', value: node.value, attributes: {}});
    else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const attributes: Record<string, string | true> = {};
      for (const a of node.attributes) {
        if (a.type === 'mdxJsxAttribute') attributes[a.name] = typeof a.value === 'string' ? a.value : true;
      }
      out.push({line: lineOf(node), kind: 'jsx', value: node.name ?? '', attributes});
    }
  });
  return out;
}

/** Nodes a reader never sees as text: code, markup, expressions, metadata, formulas' source. */
export const INVISIBLE: ReadonlySet<string> = new Set([
  'code',
  'html',
  'yaml',
  'definition',
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'math',
  'inlineMath',
]);

export interface TextRun {
  line: number;
  text: string;
}

export interface TextOptions {
  /** Count `inline code` as text (search: yes; readability: no, it is not prose). Default true. */
  inlineCode?: boolean;
  /** Count an image's alt text (search: yes; readability: no). Default true. */
  alt?: boolean;
}

/** The visible text of a node, markers resolved, whitespace collapsed. */
export function visibleText(node: Nodes, options: TextOptions = {}): string {
  const parts: string[] = [];
  visit(node, (n) => {
    if (INVISIBLE.has(n.type)) return SKIP;
    if (n.type === 'text' || (n.type === 'inlineCode' && options.inlineCode !== false)) parts.push(n.value);
    else if (n.type === 'image' && options.alt !== false) parts.push(n.alt ?? '');
    else if (n.type === 'break') parts.push(' ');
    return undefined;
  });
  return resolveMarkers(parts.join('')).replace(/\s+/g, ' ').trim();
}

/** The visible text in blocks (paragraphs, headings, cells …), each with its line: what readability and personal-data checks read. */
export function textRuns(tree: Root, options: TextOptions = {}): TextRun[] {
  const out: TextRun[] = [];
  visit(tree, (node) => {
    if (INVISIBLE.has(node.type)) return SKIP;
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      const text = node.type === 'heading' ? headingText(node, options) : visibleText(node, options);
      if (text) out.push({line: lineOf(node), text});
      return SKIP;
    }
    return undefined;
  });
  return out;
}

function headingText(h: Heading, options: TextOptions = {}): string {
  const id = commentId(h);
  const text = visibleText({...h, children: id ? h.children.slice(0, -1) : h.children}, options);
  return parseMarkdownHeadingId(text, 'classic').text.trim();
}

export interface Section {
  /** Heading id ("" for the text above the first h2). */
  anchor: string;
  /** "h2" or "h2 › h3". */
  path: string;
  text: string;
  /** The visible text of the section's links, joined: words that name another page (search weighs them apart). */
  linkText: string;
  /** The section's links with a URL, in order: where each points and what its text says (search: anchor text). */
  links: Array<{url: string; text: string}>;
}

/** The links in a node: their URL ("" for a reference link) and visible text. */
function linksIn(node: Nodes): Array<{url: string; text: string}> {
  const out: Array<{url: string; text: string}> = [];
  visit(node, (n) => {
    if (INVISIBLE.has(n.type)) return SKIP;
    if (n.type === 'link' || n.type === 'linkReference') {
      out.push({url: n.type === 'link' ? n.url : '', text: visibleText(n)});
      return SKIP;
    }
    return undefined;
  });
  return out;
}

/**
 * The page as a reader sees it, in sections: the text above the first heading,
 * then one section per h2 and h3 (deeper headings stay in their section).
 */
export function sections(tree: Root): Section[] {
  const ids = headings(tree);
  let hi = 0;
  const out: Section[] = [];
  let current: {anchor: string; path: string; parts: string[]; links: Array<{url: string; text: string}>} = {
    anchor: '',
    path: '',
    parts: [],
    links: [],
  };
  let h2 = '';
  const flush = () => {
    const text = current.parts.join(' ').replace(/\s+/g, ' ').trim();
    const linkText = current.links
      .map((l) => l.text)
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
    const links = current.links.filter((l) => l.url !== '');
    if (text || current.anchor) out.push({anchor: current.anchor, path: current.path, text, linkText, links});
  };
  const walk = (parent: Parents) => {
    for (const child of parent.children as Nodes[]) {
      if (INVISIBLE.has(child.type)) continue;
      if (child.type === 'heading') {
        const info = ids[hi++]!;
        if (child.depth === 2 || child.depth === 3) {
          flush();
          if (child.depth === 2) h2 = info.text;
          current = {
            anchor: info.id,
            path: child.depth === 2 ? info.text : h2 ? `${h2} › ${info.text}` : info.text,
            parts: [],
            links: [],
          };
        } else {
          current.parts.push(info.text);
        }
        continue;
      }
      if (child.type === 'paragraph' || child.type === 'tableCell') {
        current.parts.push(visibleText(child));
        current.links.push(...linksIn(child));
        continue;
      }
      if ('children' in child) walk(child as Parents);
    }
  };
  walk(tree);
  flush();
  return out;
}

/** The front matter block of a parsed file as data (YAML, as Docusaurus reads it); {} when there is none. */
export function frontMatterData(tree: Root): Record<string, unknown> {
  const node = tree.children[0];
  if (node?.type !== 'yaml') return {};
  const data = yaml.load(node.value);
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** A file's text after its front matter block (the whole text when there is none). */
export function bodyAfterFrontMatter(raw: string): string {
  const node = parseMarkdownForFrontMatter(raw);
  return node?.position?.end.offset !== undefined
    ? raw.replace(/\r\n?/g, '\n').slice(node.position.end.offset).replace(/^\n+/, '')
    : raw;
}
