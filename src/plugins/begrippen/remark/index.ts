/**
 * remark plugin of the glossary, for docs and kenniscafé posts:
 * - `[[woord]]` / `[[begrip|getoonde tekst]]` becomes <Begrip> with the term's
 *   short definition (looked up, case-insensitively, among the terms, aliases
 *   and ids of the page's own edition; kenniscafés use the current edition),
 *   see ./markers.ts. Inside headings, links and quotes a marker becomes plain
 *   text; code is never touched.
 * - A term page gets its definition above the text and its related terms below it.
 * - `<BegrippenLijst />` (the A–Z page) gets its edition's terms, as a module the page imports.
 * An unknown word stops the build, naming file, line and the nearest term
 * (`npm run check` reports the same, before any build).
 */
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import {editionOfFile} from '../../../content/editions';
import type {Begrip} from '../../../content/glossary';
import {ContentError} from '../../../content/problems';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import {ensureDefaultImport, findElements, identifierProp, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, pluginDataModule, readPluginData} from '../../shared/pluginData';
import {PLUGIN_NAME} from '../options';
import {termsFileName} from '../server/terms';
import {markTerms, termLookup} from './markers';

export interface RemarkBegrippenOptions {
  /** Site directory: where the plugin's data files are. */
  siteDir: string;
  /** Terms per edition, instead of the plugin's data files (tests). */
  terms?: Record<string, Begrip[]>;
}

interface VFileLike {
  path?: string;
  data?: {frontMatter?: Record<string, unknown>};
}

/** A term's own page: its definition on top, related terms and the way back to A–Z below. */
function addTermPage(tree: Root, self: Begrip, terms: readonly Begrip[]): void {
  const verwant = self.verwant.map((v) => terms.find((t) => t.id === v)).filter((t): t is Begrip => Boolean(t));
  insertBlocks(tree, 'start', [jsxBlock('BegripKop', {definitie: self.definitie, engels: self.engels}) as RootContent]);
  insertBlocks(tree, 'end', [
    jsxBlock('BegripVoet', {
      verwant: verwant.map((t) => ({term: t.term, permalink: t.permalink})),
      azAnker: `${self.permalink.slice(0, self.permalink.lastIndexOf('/'))}#${self.id}`,
    }) as RootContent,
  ]);
  ensureDefaultImport(tree, 'BegripKop', '@theme/BegripKop');
  ensureDefaultImport(tree, 'BegripVoet', '@theme/BegripVoet');
}

/** The A–Z page: its edition's terms, as a module this page alone imports. */
function fillTermLists(tree: Root, edition: string): void {
  const lists = findElements(tree, 'BegrippenLijst');
  if (lists.length === 0) return;
  ensureDefaultImport(tree, 'BegrippenLijst', '@theme/BegrippenLijst');
  ensureDefaultImport(tree, '__begrippen', pluginDataModule(PLUGIN_NAME, termsFileName(edition)));
  for (const el of lists) el.attributes.push(identifierProp('begrippen', '__begrippen'));
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

    const {problems, used} = markTerms(tree, {file: rel, edition, terms, lookup: termLookup(terms)});
    if (problems.length) throw new ContentError(problems);
    if (used) ensureDefaultImport(tree, 'Begrip', '@theme/Begrip');

    const fm = file.data?.frontMatter;
    const self = !isBlog && fm?.type === 'begrip' ? terms.find((t) => t.id === fm.id) : undefined;
    if (self) addTermPage(tree, self, terms);
    fillTermLists(tree, edition);
  };
}
