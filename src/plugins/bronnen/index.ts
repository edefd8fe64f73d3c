/**
 * Bronnen: every page names the sources it rests on (front matter `bronnen`,
 * keys of src/data/bronnen/<sleutel>.yml). The plugin reads and validates the sources
 * once; the remark plugin (./remark) puts each page's own sources under its text.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {ContentError} from '../../content/problems';
import {DATA_FILES, loadSiteData, type Bron} from '../../content/siteData';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {DATA_FILE} from './shared';

export {validateOptions} from './options';

export default function bronnenPlugin(context: LoadContext, options: PluginOptions): Plugin<Bron[]> {
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch: () => [path.join(context.siteDir, DATA_FILES.bronnen, '*.yml')],
    async loadContent() {
      const {data, problems} = loadSiteData(context.siteDir);
      if (problems.length > 0) throw new ContentError(problems);
      return data.bronnen;
    },
    async contentLoaded({content, actions}) {
      await actions.createData(DATA_FILE, JSON.stringify(content));
    },
    configureWebpack(config) {
      addMdxDependencies(config.module?.rules ?? [], [
        pluginDataFile(context.siteDir, PLUGIN_NAME, DATA_FILE, options.id),
      ]);
      return {};
    },
  };
}
