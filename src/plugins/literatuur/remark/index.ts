/**
 * remark plugin of the bibliography: a page with front matter `literatuur`
 * gets its references (APA, formatted at build time) at the end of its text;
 * <Literatuurlijst /> gets the whole bibliography as a module the page imports.
 */
import type {Root, RootContent} from 'mdast';
import {ensureDefaultImport, findElements, identifierProp, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, pluginDataModule, readPluginData} from '../../shared/pluginData';
import {URLS} from '../../../content/vocabulary';
import {PLUGIN_NAME} from '../options';
import {DATA_FILE, type LiteratuurData} from '../shared';

export interface RemarkLiteratuurOptions {
  siteDir: string;
  /** Data instead of the plugin's data file (tests). */
  data?: LiteratuurData;
}

export default function remarkLiteratuur(options: RemarkLiteratuurOptions) {
  return (tree: Root, file: {data?: {frontMatter?: Record<string, unknown>}}): void => {
    const keys = file.data?.frontMatter?.literatuur;
    const lists = findElements(tree, 'Literatuurlijst');
    const cites = Array.isArray(keys) && keys.length > 0;
    if (!cites && lists.length === 0) return;
    const data =
      options.data ??
      readPluginData<LiteratuurData>(pluginDataFile(options.siteDir, PLUGIN_NAME, DATA_FILE), PLUGIN_NAME);
    if (cites) {
      const wanted = new Set(keys as string[]);
      const entries = data.entries.filter((e) => wanted.has(e.id));
      insertBlocks(tree, 'end', [jsxBlock('Literatuur', {entries, alles: URLS.literatuur}) as RootContent]);
      ensureDefaultImport(tree, 'Literatuur', '@theme/Literatuur');
    }
    if (lists.length > 0) {
      ensureDefaultImport(tree, 'Literatuurlijst', '@theme/Literatuurlijst');
      ensureDefaultImport(tree, '__literatuur', pluginDataModule(PLUGIN_NAME, DATA_FILE));
      for (const el of lists) el.attributes.push(identifierProp('data', '__literatuur'));
    }
  };
}
