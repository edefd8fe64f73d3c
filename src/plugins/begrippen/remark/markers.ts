/**
 * `[[woord]]` and `[[begrip|getoonde tekst]]` in a page's text become <Begrip> elements
 * with the term's short definition. Inside headings, links, link references and quotes a
 * marker becomes plain text (a term link there would be wrong or unreadable); code is never
 * touched (its text is no `text` node). An unknown word is a problem with file, line and the
 * nearest term, and its shown text stays.
 */
import type {Parent, RootContent, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {normalise, unknownTermMessage, type Begrip} from '../../../content/glossary';
import {findMarkers} from '../../../content/markdown';
import type {Problem} from '../../../content/problems';

/** Nodes whose text must stay plain: a term link inside them would be wrong or unreadable. */
const PLAIN_INSIDE = new Set(['heading', 'link', 'linkReference', 'blockquote']);

const attr = (name: string, value: string) => ({type: 'mdxJsxAttribute' as const, name, value});

export function begripNode(t: Begrip, shown: string): MdxJsxTextElement {
  return {
    type: 'mdxJsxTextElement',
    name: 'Begrip',
    attributes: [
      attr('to', t.permalink),
      attr('term', t.term),
      attr('definitie', t.definitie),
      attr('engels', t.engels),
    ],
    children: [{type: 'text', value: shown}],
  };
}

/** Every word a marker may use for a term, folded: its id (with and without dashes), the term and its aliases. */
export function termLookup(terms: readonly Begrip[]): Map<string, Begrip> {
  const lookup = new Map<string, Begrip>();
  for (const t of terms) {
    for (const w of [t.id.replace(/-/g, ' '), t.id, t.term, ...t.aliases]) lookup.set(normalise(w), t);
  }
  return lookup;
}

export interface MarkerContext {
  /** Site-relative file, for problems. */
  file: string;
  edition: string;
  terms: Begrip[];
  lookup: ReadonlyMap<string, Begrip>;
}

/** The markers of one text node as nodes: text, <Begrip> (or plain text where `plain`), text …; undefined without markers. */
function replaceMarkers(
  node: Text,
  plain: boolean,
  ctx: MarkerContext,
  problems: Problem[],
): RootContent[] | undefined {
  const markers = findMarkers(node.value);
  if (markers.length === 0) return undefined;
  const out: RootContent[] = [];
  let last = 0;
  for (const m of markers) {
    if (m.index > last) out.push({type: 'text', value: node.value.slice(last, m.index)});
    last = m.index + m.raw.length;
    const t = ctx.lookup.get(normalise(m.target));
    if (!t) {
      const line = (node.position?.start.line ?? 0) + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
      problems.push({file: ctx.file, line, message: unknownTermMessage(m.target, ctx.edition, {terms: ctx.terms})});
    }
    out.push(t && !plain ? (begripNode(t, m.shown) as unknown as RootContent) : {type: 'text', value: m.shown});
  }
  if (last < node.value.length) out.push({type: 'text', value: node.value.slice(last)});
  return out;
}

/**
 * Replaces every marker in the tree; returns the problems (unknown words) and whether a
 * <Begrip> was placed (then the page needs its import).
 */
export function markTerms(tree: Parent, ctx: MarkerContext): {problems: Problem[]; used: boolean} {
  const problems: Problem[] = [];
  let used = false;
  const walk = (parent: Parent, plain: boolean): void => {
    const next: RootContent[] = [];
    let changed = false;
    for (const child of parent.children as RootContent[]) {
      if (child.type === 'text') {
        const replaced = replaceMarkers(child, plain, ctx, problems);
        if (replaced) {
          used ||= replaced.some((n) => n.type === ('mdxJsxTextElement' as string));
          next.push(...replaced);
          changed = true;
          continue;
        }
      } else if ('children' in child) {
        walk(child, plain || PLAIN_INSIDE.has(child.type));
      }
      next.push(child);
    }
    if (changed) parent.children = next as Parent['children'];
  };
  walk(tree, false);
  return {problems, used};
}
