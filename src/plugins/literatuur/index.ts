/**
 * literatuur: the bibliography (src/data/literatuur.json, CSL-JSON) formatted
 * once at build time (loadContent): APA references for pages that cite (front
 * matter `literatuur`) and for the full list, handed to those pages by the
 * remark plugin (./remark, `@theme/Literatuur` and `@theme/Literatuurlijst`),
 * and BibTeX/RIS downloads at stable URLs (/downloads/literatuur.bib, .ris) in
 * every locale's output (postBuild). Citation.js never reaches the browser.
 * Unknown keys in front matter are reported by the content check.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {loadLiteratuur, writeExports, type LiteratuurContent} from './server/content';
import {DATA_FILE} from './shared';

export {validateOptions} from './options';

export default function literatuurPlugin(context: LoadContext, options: PluginOptions): Plugin<LiteratuurContent> {
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch: () => [path.join(context.siteDir, options.bibliography)],
    loadContent: () => loadLiteratuur(context.siteDir, options),
    async contentLoaded({content, actions}) {
      await actions.createData(DATA_FILE, JSON.stringify(content.data));
    },
    configureWebpack(config) {
      // References are compiled into the pages that cite them: rebuild those pages when the bibliography changes.
      addMdxDependencies(config.module?.rules ?? [], [
        pluginDataFile(context.siteDir, PLUGIN_NAME, DATA_FILE, options.id),
      ]);
      return {};
    },
    postBuild: ({content, outDir}) => writeExports(outDir, options, content),
  };
}
