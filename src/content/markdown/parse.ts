/**
 * The one Markdown parser of the site's own code: remark with the syntax
 * extensions Docusaurus compiles pages with (GFM, directives for admonitions,
 * math, front matter, and MDX for .mdx files). Search text, content rules and
 * content tests all read pages through this tree, so they agree with each
 * other and with what the reader sees.
 *
 * The whole file is parsed (front matter included), so every position is a
 * line of the file as the contributor sees it.
 */
import type {Root} from 'mdast';
import remarkDirective from 'remark-directive';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import {visit} from 'unist-util-visit';

export type MarkdownFormat = 'md' | 'mdx';

/** A file that does not parse, with where and why (MDX is strict: an unclosed tag is an error). */
export class MarkdownSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: string,
  ) {
    super(`regel ${line}: ${reason}`);
  }
}

/** Docusaurus's `markdown.format: 'detect'`: .mdx is MDX, everything else CommonMark. */
export function formatOf(file: string): MarkdownFormat {
  return /\.mdx$/i.test(file) ? 'mdx' : 'md';
}

const base = () =>
  unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(remarkDirective).use(remarkMath);
const processors = {md: base().freeze(), mdx: base().use(remarkMdx).freeze()};

/**
 * Docusaurus shows a text or leaf directive that no plugin handles (":30" in "om 10:30 uur") as the
 * text it was written as (its unusedDirectives plugin); so does the toolkit.
 */
function restoreUnusedDirectives(tree: Root, source: string): void {
  visit(tree, (node, index, parent) => {
    if ((node.type === 'textDirective' || node.type === 'leafDirective') && parent && index !== undefined) {
      const {start, end} = node.position ?? {};
      const value =
        start?.offset !== undefined && end?.offset !== undefined ? source.slice(start.offset, end.offset) : '';
      const text = {type: 'text' as const, value, position: node.position};
      parent.children[index] =
        node.type === 'leafDirective'
          ? ({type: 'paragraph', children: [text], position: node.position} as never)
          : (text as never);
    }
  });
}

export function parseMarkdown(source: string, format: MarkdownFormat): Root {
  const text = source.replace(/\r\n?/g, '\n');
  try {
    const tree = processors[format].parse(text);
    restoreUnusedDirectives(tree, text);
    return tree;
  } catch (e) {
    const err = e as {
      line?: number;
      place?: {line?: number; start?: {line?: number}};
      reason?: string;
      message: string;
    };
    const reason = err.reason ?? err.message;
    // micromark puts the place in the message, "(7:1-7:7)", when it has no position of its own.
    const line = err.line ?? err.place?.line ?? err.place?.start?.line ?? Number(/\((\d+):\d+/.exec(reason)?.[1] ?? 1);
    throw new MarkdownSyntaxError(line, reason.replace(/\s*\(\d+:\d+(?:-\d+:\d+)?\)$/, ''));
  }
}
