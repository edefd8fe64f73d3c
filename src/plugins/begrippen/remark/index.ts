/**
 * remark plugin of the glossary, for docs and kenniscafé posts:
 * - `[[woord]]` / `[[begrip|getoonde tekst]]` becomes <Begrip> with the term's
 *   short definition (looked up, case-insensitively, among the terms, aliases
 *   and ids of the page's own edition; kenniscafés use the current edition).
 *   Inside headings, links and quotes a marker becomes plain text; code is never touched.
 * - A term page gets its definition above the text and its related terms below it.
 * - `<BegrippenLijst />` (the A–Z page) gets its edition's terms, as a module the page imports.
 * An unknown word stops the build, naming file, line and the nearest term
 * (`npm run check` reports the same, before any build).
 */
import path from 'node:path';
import type {Parent, Root, RootContent, Text} from 'mdast';
import type {MdxJsxTextElement} from 'mdast-util-mdx-jsx';
import {editionOfFile} from '../../../content/editions';
import {normalise, unknownTermMessage, type Begrip} from '../../../content/glossary';
import {findMarkers} from '../../../content/markdown';
import {ContentError, type Problem} from '../../../content/problems';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import {ensureDefaultImport, findElements, identifierProp, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, pluginDataModule, readPluginData} from '../../shared/pluginData';
import {PLUGIN_NAME} from '../options';
import {termsFileName} from '../server/terms';

export interface RemarkBegrippenOptions {
  /** Site directory: where the plugin's data files are. */
  siteDir: string;
  /** Terms per edition, instead of the plugin's data files (tests). */
  terms?: Record<string, Begrip[]>;
}

/** Nodes whose text must stay plain: a term link inside them would be wrong or unreadable. */
const PLAIN_INSIDE = new Set(['heading', 'link', 'linkReference', 'blockquote']);

interface VFileLike {
  path?: string;
  data?: {frontMatter?: Record<string, unknown>};
}

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

export default function remarkBegrippen(options: RemarkBegrippenOptions) {
  const termsOf = (edition: string): Begrip[] =>
    options.terms?.[edition] ??
    readPluginData<Begrip[]>(pluginDataFile(options.siteDir, PLUGIN_NAME, termsFileName(edition)), PLUGIN_NAME);

  return (tree: Root, file: VFileLike): void => {
    const filePath = file.path ?? '(onbekend bestand)';
    const rel = path.isAbsolute(filePath)
      ? path.relative(options.siteDir, filePath).split(path.sep).join('/')
      : filePath;
    const isBlog = /(^|\/)(blog|docusaurus-plugin-content-blog)\//.test(rel);
    const edition = isBlog ? CURRENT_EDITION : editionOfFile(rel);
    const terms = termsOf(edition);
    const lookup = new Map<string, Begrip>();
    for (const t of terms) {
      for (const w of [t.id.replace(/-/g, ' '), t.id, t.term, ...t.aliases]) lookup.set(normalise(w), t);
    }
    const problems: Problem[] = [];
    let used = false;

    const replaceText = (node: Text, plain: boolean): RootContent[] | undefined => {
      const markers = findMarkers(node.value);
      if (markers.length === 0) return undefined;
      const out: RootContent[] = [];
      let last = 0;
      for (const m of markers) {
        if (m.index > last) out.push({type: 'text', value: node.value.slice(last, m.index)});
        last = m.index + m.raw.length;
        const t = lookup.get(normalise(m.target));
        if (!t) {
          const line = (node.position?.start.line ?? 0) + (node.value.slice(0, m.index).match(/\n/g)?.length ?? 0);
          problems.push({file: rel, line, message: unknownTermMessage(m.target, edition, {terms})});
          out.push({type: 'text', value: m.shown});
          continue;
        }
        if (plain) out.push({type: 'text', value: m.shown});
        else {
          out.push(begripNode(t, m.shown) as unknown as RootContent);
          used = true;
        }
      }
      if (last < node.value.length) out.push({type: 'text', value: node.value.slice(last)});
      return out;
    };

    const walk = (parent: Parent, plain: boolean): void => {
      const next: RootContent[] = [];
      let changed = false;
      for (const child of parent.children as RootContent[]) {
        if (child.type === 'text') {
          const replaced = replaceText(child, plain);
          if (replaced) {
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
    if (problems.length) throw new ContentError(problems);
    if (used) ensureDefaultImport(tree, 'Begrip', '@theme/Begrip');

    // A term page: its definition on top, related terms and the way back to A–Z below.
    const fm = file.data?.frontMatter;
    if (!isBlog && fm?.type === 'begrip') {
      const self = terms.find((t) => t.id === fm.id);
      if (self) {
        const verwant = self.verwant.map((v) => terms.find((t) => t.id === v)).filter((t): t is Begrip => Boolean(t));
        insertBlocks(tree, 'start', [
          jsxBlock('BegripKop', {definitie: self.definitie, engels: self.engels}) as RootContent,
        ]);
        insertBlocks(tree, 'end', [
          jsxBlock('BegripVoet', {
            verwant: verwant.map((t) => ({term: t.term, permalink: t.permalink})),
            azAnker: `${self.permalink.slice(0, self.permalink.lastIndexOf('/'))}#${self.id}`,
          }) as RootContent,
        ]);
        ensureDefaultImport(tree, 'BegripKop', '@theme/BegripKop');
        ensureDefaultImport(tree, 'BegripVoet', '@theme/BegripVoet');
      }
    }

    // The A–Z page: its edition's terms, as a module this page alone imports.
    const lists = findElements(tree, 'BegrippenLijst');
    if (lists.length > 0) {
      ensureDefaultImport(tree, 'BegrippenLijst', '@theme/BegrippenLijst');
      ensureDefaultImport(tree, '__begrippen', pluginDataModule(PLUGIN_NAME, termsFileName(edition)));
      for (const el of lists) el.attributes.push(identifierProp('begrippen', '__begrippen'));
    }
  };
}
