/**
 * zoeken: Dutch-aware local search (own BM25F index in small shards; no search library in the browser).
 * Server: builds one index per docs version (blog posts go with the current
 * edition) from the loaded content, writes them as JSON next to the pages in
 * postBuild, and in `docusaurus start` serves them from a generated folder.
 * Client: theme/SearchBar (navbar) and theme/ZoekenPage (/zoeken).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {blogContentOf, docsContentOf, themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {buildSearchIndex} from './server/buildIndex';
import {collectPages, readZoekvragenOrThrow, readZoekwoordenOrThrow} from './server/collect';
import {manifestOf, writeIndexFiles} from './server/writeIndex';
import type {SearchIndexFile, ZoekenGlobalData} from './shared/types';

export {validateOptions} from './options';

export default function zoekenPlugin(context: LoadContext, options: PluginOptions): Plugin<void> {
  const devDir = path.join(context.generatedFilesDir, 'zoeken-index');
  let files: SearchIndexFile[] = [];
  // `docusaurus build` sets NODE_ENV=production; `start` only defaults it to development
  // and keeps whatever the shell had (a test runner's "test", for one).
  const devServer = () => process.env.NODE_ENV !== 'production' && options.devIndex;

  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    async allContentLoaded({allContent, actions}) {
      const docs = docsContentOf(allContent, options.docsPluginId, PLUGIN_NAME);
      const blog = blogContentOf(allContent, options.blogPluginId);
      const {versions, synonyms} = collectPages({siteDir: context.siteDir, baseUrl: context.baseUrl, docs, blog});
      const zoekwoorden = readZoekwoordenOrThrow(context.siteDir, options.zoekwoorden);
      const zoekvragen = readZoekvragenOrThrow(context.siteDir, options.zoekvragen);
      files = versions.map((v) =>
        buildSearchIndex({
          locale: context.i18n.currentLocale,
          version: v.version,
          edition: v.edition,
          pages: v.pages,
          synonyms,
          zoekwoorden,
          reflectionAnchors: options.reflectieAnkers,
          // Written for the current pages: a frozen edition's index stays as it was.
          zoekvragen: v.version === 'current' ? zoekvragen : [],
        }),
      );
      const data: ZoekenGlobalData = {indexes: manifestOf(files), searchPagePath: options.searchPagePath};
      actions.setGlobalData(data);
      actions.addRoute({
        path: `${context.baseUrl}${options.searchPagePath}`,
        component: '@theme/ZoekenPage',
        exact: true,
      });
      if (devServer()) {
        await writeIndexFiles(devDir, files);
      }
    },
    configureWebpack(_config, isServer) {
      if (isServer || !devServer()) return {};
      // `docusaurus start` serves static folders; ours holds the index files (arrays merge, so we add one).
      return {devServer: {static: [{directory: devDir, publicPath: context.baseUrl, watch: true}]}} as object;
    },
    async postBuild({outDir}) {
      await writeIndexFiles(outDir, files);
    },
  };
}
