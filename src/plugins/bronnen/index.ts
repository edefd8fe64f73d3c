/**
 * bronnen: every page names the sources it rests on (front matter `bronnen`,
 * keys of src/data/bronnen/<sleutel>.yml). The plugin reads and validates the
 * sources once (loadContent) and writes them as data (contentLoaded); the remark
 * plugin (./remark) puts each page's own sources under its text with
 * `@theme/Bronnen`.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import type {Bron} from '../../content/siteData';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {bronnenGlob, loadBronnen} from './server/load';
import {DATA_FILE} from './shared';

export {validateOptions} from './options';

export default function bronnenPlugin(context: LoadContext, options: PluginOptions): Plugin<Bron[]> {
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch: () => [bronnenGlob(context.siteDir)],
    loadContent: async () => loadBronnen(context.siteDir),
    async contentLoaded({content, actions}) {
      await actions.createData(DATA_FILE, JSON.stringify(content));
    },
    configureWebpack(config) {
      // A page's sources are compiled into it: rebuild pages when a source changes.
      addMdxDependencies(config.module?.rules ?? [], [
        pluginDataFile(context.siteDir, PLUGIN_NAME, DATA_FILE, options.id),
      ]);
      return {};
    },
  };
}
