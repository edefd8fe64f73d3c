/**
 * remark plugin of the overviews and page notes:
 * - a page with front matter `kort_gezegd` opens, under its title, with that summary;
 * - a page of the current edition with front matter `sinds2021` says, under its
 *   title, what changed since the 2021 edition;
 * - a page of the 2021 edition says what the current edition changed on it, with
 *   a link to the current page (the note of the current page with the same id);
 * - <SpanningsveldenOverzicht /> gets the list of spanningsvelden as a module.
 */
import path from 'node:path';
import type {Root, RootContent} from 'mdast';
import {editionOfFile} from '../../../content/editions';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import {ensureDefaultImport, findElements, identifierProp, insertBlocks, jsxBlock} from '../../shared/mdx';
import {pluginDataFile, pluginDataModule, readPluginData} from '../../shared/pluginData';
import {PLUGIN_NAME} from '../options';
import {SINDS2021_FILE, SPANNINGSVELDEN_FILE, type Sinds2021Entry} from '../shared';

export interface RemarkOverzichtenOptions {
  siteDir: string;
  /** Notes instead of the plugin's data file (tests). */
  sinds2021?: Record<string, Sinds2021Entry>;
}

/** The docs plugin's id of a doc: its folder inside the edition, then the front matter id. */
export function docId(rel: string, id: string): string {
  const m = /^(?:docs|versioned_docs\/version-[^/]+|i18n\/[^/]+\/docusaurus-plugin-content-docs\/[^/]+)\/(.*)$/.exec(
    rel,
  );
  const dir = m ? path.posix.dirname(m[1]!) : '.';
  return dir === '.' ? id : `${dir}/${id}`;
}

export default function remarkOverzichten(options: RemarkOverzichtenOptions) {
  return (tree: Root, file: {path?: string; data?: {frontMatter?: Record<string, unknown>}}): void => {
    const fm = file.data?.frontMatter ?? {};
    const rel = path
      .relative(options.siteDir, file.path ?? '')
      .split(path.sep)
      .join('/');
    const isDoc = /^(docs|versioned_docs|i18n\/[^/]+\/docusaurus-plugin-content-docs)\//.test(rel);
    if (isDoc && typeof fm.id === 'string') {
      // Under the title, in this order: the plain-language summary, then the edition note.
      const top: RootContent[] = [];
      const use = (name: string, props: Record<string, unknown>) => {
        top.push(jsxBlock(name, props) as RootContent);
        ensureDefaultImport(tree, name, `@theme/${name}`);
      };
      if (typeof fm.kort_gezegd === 'string') use('KortGezegd', {tekst: fm.kort_gezegd.trim()});
      const edition = editionOfFile(rel);
      if (edition === CURRENT_EDITION && typeof fm.sinds2021 === 'string') {
        use('Sinds2021', {tekst: fm.sinds2021.trim()});
      } else if (edition === '2021') {
        const notes =
          options.sinds2021 ??
          readPluginData<Record<string, Sinds2021Entry>>(
            pluginDataFile(options.siteDir, PLUGIN_NAME, SINDS2021_FILE),
            PLUGIN_NAME,
          );
        const entry = notes[docId(rel, fm.id)];
        if (entry) use('VeranderdInNieuweEditie', {...entry});
      }
      insertBlocks(tree, 'start', top);
    }
    const lists = findElements(tree, 'SpanningsveldenOverzicht');
    if (lists.length > 0) {
      ensureDefaultImport(tree, 'SpanningsveldenOverzicht', '@theme/SpanningsveldenOverzicht');
      ensureDefaultImport(tree, '__spanningsvelden', pluginDataModule(PLUGIN_NAME, SPANNINGSVELDEN_FILE));
      for (const el of lists) el.attributes.push(identifierProp('spanningsvelden', '__spanningsvelden'));
    }
  };
}
