/**
 * Begrippen (glossary). At build time it takes the term pages of every edition
 * from the docs plugin and writes each edition's terms as data; the remark
 * plugin (./remark) reads that data to turn [[markers]] into explained terms
 * and to give term pages and the A–Z page what they show. Nothing goes into
 * global data: a page carries only the terms it uses.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import {ContentError} from '../../content/problems';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {termsFileName, termsPerEdition} from './server/terms';

export {validateOptions} from './options';

export default function begrippenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const themePath = path.join(__dirname, 'theme');
  const dataFiles: string[] = [];
  return {
    name: PLUGIN_NAME,
    getThemePath: () => themePath,
    getTypeScriptThemePath: () => themePath,
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.[options.docsPluginId] as DocsContent | undefined;
      if (!docs) throw new Error(`[${PLUGIN_NAME}] docs-plugin "${options.docsPluginId}" niet gevonden; staat de docs-plugin in docusaurus.config.ts?`);
      const {editions, problems} = termsPerEdition(docs);
      if (problems.length > 0) throw new ContentError(problems);
      dataFiles.length = 0;
      for (const [edition, terms] of editions) {
        await actions.createData(termsFileName(edition), JSON.stringify(terms));
        dataFiles.push(pluginDataFile(context.siteDir, PLUGIN_NAME, termsFileName(edition), options.id));
      }
    },
    configureWebpack(config) {
      // A term's definition is compiled into every page that marks it: rebuild those pages when it changes.
      addMdxDependencies(config.module?.rules ?? [], dataFiles);
      return {};
    },
  };
}
