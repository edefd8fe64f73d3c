/**
 * remark plugin of the sources: a page (doc or kenniscafé) with front matter
 * `bronnen` gets the list of its sources — title, maker, kind, where — at the
 * end of its text. Only that page's sources travel with it.
 */
import type {Root, RootContent} from 'mdast';
import type {Bron} from '../../../content/siteData';
import {ensureDefaultImport, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, readPluginData} from '../../shared/pluginData';
import {PLUGIN_NAME} from '../options';
import {DATA_FILE, type PaginaBron} from '../shared';

export interface RemarkBronnenOptions {
  siteDir: string;
  /** Sources instead of the plugin's data file (tests). */
  bronnen?: Bron[];
}

export default function remarkBronnen(options: RemarkBronnenOptions) {
  return (tree: Root, file: {path?: string; data?: {frontMatter?: Record<string, unknown>}}): void => {
    const refs = file.data?.frontMatter?.bronnen;
    if (!Array.isArray(refs) || refs.length === 0) return;
    const bronnen =
      options.bronnen ?? readPluginData<Bron[]>(pluginDataFile(options.siteDir, PLUGIN_NAME, DATA_FILE), PLUGIN_NAME);
    const items: PaginaBron[] = (refs as {bron: string; waar?: string}[]).map(({bron, waar}) => {
      const b = bronnen.find((x) => x.key === bron);
      // The schema rejects unknown keys before any page is compiled; this is the last line of defence.
      if (!b) throw new Error(`[${PLUGIN_NAME}] ${file.path ?? ''}: onbekende bron "${bron}" (zie src/data/bronnen/).`);
      const extern = b.extern && b.url && b.geraadpleegd ? {url: b.url, geraadpleegd: b.geraadpleegd} : undefined;
      return {
        titel: b.titel,
        maker: b.maker,
        soort: b.soort,
        vindplaats: b.vindplaats,
        waar,
        ...(extern ? {extern} : {}),
      };
    });
    insertBlocks(tree, 'end', [jsxBlock('Bronnen', {bronnen: items}) as RootContent]);
    ensureDefaultImport(tree, 'Bronnen', '@theme/Bronnen');
  };
}
