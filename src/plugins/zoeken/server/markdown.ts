/**
 * Markdown body → the sections a reader sees: the text above the first heading,
 * then one section per h2/h3 with its anchor. Markup is stripped to the words
 * on the page (link text stays, URLs go; code fences, HTML comments, import
 * lines and admonition fences go). Headings without `{#id}` get the id
 * Docusaurus would give them.
 */
import {createSlugger} from '@docusaurus/utils';

export interface MarkdownSection {
  anchor: string;
  /** "h2" or "h2 › h3" */
  path: string;
  text: string;
}

// `{#id}` in Markdown; `{/* #id */}` in .mdx, where MDX v4 mode no longer accepts the first form.
const HEADING = /^(#{2,3})\s+(.*?)\s*(?:\{#([^}\s]+)\}|\{\/\*\s*#([^\s*]+)\s*\*\/\})?\s*#*\s*$/;

export function inlineText(md: string): string {
  return md
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<\/?[A-Za-z][^>]*>/g, ' ')
    .replace(/[*_`~]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function markdownSections(body: string): MarkdownSection[] {
  const slugger = createSlugger();
  const sections: MarkdownSection[] = [];
  let current: {anchor: string; path: string; lines: string[]} = {anchor: '', path: '', lines: []};
  let h2 = '';
  let fence: string | null = null;
  const flush = () => {
    const text = inlineText(current.lines.join('\n'));
    if (text || current.anchor) sections.push({anchor: current.anchor, path: current.path, text});
  };
  for (const raw of body.replace(/<!--[\s\S]*?-->/g, '').split(/\r?\n/)) {
    const fenceMatch = /^\s*(```|~~~)/.exec(raw);
    if (fenceMatch) {
      fence = fence === null ? (fenceMatch[1] ?? null) : fence === fenceMatch[1] ? null : fence;
      continue;
    }
    if (fence !== null) continue;
    const h = HEADING.exec(raw);
    if (h) {
      flush();
      const title = inlineText(h[2] ?? '');
      const anchor = h[3] ?? h[4] ?? slugger.slug(title);
      if (h[1] === '##') h2 = title;
      current = {anchor, path: h[1] === '##' ? title : h2 ? `${h2} › ${title}` : title, lines: []};
      continue;
    }
    if (/^\s*(import|export)\s/.test(raw) || /^\s*:::/.test(raw) || /^\s*\|?\s*:?-{3,}/.test(raw)) continue;
    current.lines.push(raw.replace(/^\s*(?:>\s*)+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\|/g, ' '));
  }
  flush();
  return sections;
}
