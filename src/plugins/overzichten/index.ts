/**
 * overzichten: overviews built from the docs plugin's front matter once all
 * content is loaded (allContentLoaded): the spanningsvelden overview, and per
 * page of the 2021 edition what the current edition changed on it (front matter
 * `sinds2021` of the current page). The remark plugin (./remark) gives each page
 * only its part, with `@theme/KortGezegd`, `@theme/Sinds2021`,
 * `@theme/VeranderdInNieuweEditie` and `@theme/SpanningsveldenOverzicht`.
 */
import type {LoadContext, Plugin} from '@docusaurus/types';
import {addMdxDependencies, pluginDataFile} from '../shared/pluginData';
import {docsContentOf, themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {indexOfCurrentEdition} from './server/collect';
import {SINDS2021_FILE, SPANNINGSVELDEN_FILE} from './shared';

export {validateOptions} from './options';

export default function overzichtenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      const {spanningsvelden, sinds2021} = indexOfCurrentEdition(
        docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME),
      );
      await actions.createData(SPANNINGSVELDEN_FILE, JSON.stringify(spanningsvelden));
      await actions.createData(SINDS2021_FILE, JSON.stringify(sinds2021));
    },
    configureWebpack(config) {
      // The 2021 pages carry the current edition's notes: rebuild them when a note changes.
      addMdxDependencies(config.module?.rules ?? [], [
        pluginDataFile(context.siteDir, PLUGIN_NAME, SINDS2021_FILE, options.id),
      ]);
      return {};
    },
  };
}
