/**
 * begrippen: the glossary. Once all content is loaded (allContentLoaded) it takes
 * the term pages (`type: begrip`) of every edition from the docs plugin, checks
 * them (./server/terms.ts) and writes each edition's terms as data; the remark
 * plugin (./remark) reads that data to turn [[markers]] into explained terms
 * (`@theme/Begrip`) and to give term pages (`@theme/BegripKop`, `@theme/BegripVoet`)
 * and the A–Z page (`@theme/BegrippenLijst`) what they show. Nothing goes into
 * global data: a page carries only the terms it uses.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ContentError} from '../../content/problems';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {docsContentOf, themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {termsFileName, termsPerEdition} from './server/terms';

export {validateOptions} from './options';

export default function begrippenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const dataFiles: string[] = [];
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      const {editions, problems} = termsPerEdition(docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME));
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
