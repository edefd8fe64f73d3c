/**
 * zoeken: Dutch-aware local search on FlexSearch.
 * Server: builds one index per docs version (blog posts go with the current
 * edition) from the loaded content, writes them as JSON next to the pages in
 * postBuild, and in `docusaurus start` serves them from a generated folder.
 * Client: theme/SearchBar (navbar) and theme/ZoekenPage (/zoeken).
 */
import path from 'node:path';
import type {LoadContext, Plugin, PluginModule} from '@docusaurus/types';
import type {LoadedContent as DocsContent} from '@docusaurus/plugin-content-docs';
import type {BlogContent} from '@docusaurus/plugin-content-blog';
import {validateOptions, type PluginOptions} from './options';
import {buildSearchIndex} from './server/buildIndex';
import {collectPages} from './server/collect';
import {manifestOf, writeIndexFiles} from './server/writeIndex';
import type {SearchIndexFile} from './shared/types';

export {validateOptions};

export interface ZoekenGlobalData {
  indexes: ReturnType<typeof manifestOf>;
  searchPagePath: string;
}

export default function zoekenPlugin(context: LoadContext, rawOptions: unknown): Plugin<unknown> {
  const options: PluginOptions = validateOptions(rawOptions);
  const devDir = path.join(context.generatedFilesDir, 'zoeken-index');
  // jiti loads the config without __dirname; the plugin is site-local, so its place is fixed.
  const themePath = path.join(context.siteDir, 'src/plugins/zoeken/theme');
  let files: SearchIndexFile[] = [];
  // `docusaurus build` sets NODE_ENV=production; `start` only defaults it to development
  // and keeps whatever the shell had (a test runner's "test", for one).
  const devServer = () => process.env.NODE_ENV !== 'production' && options.devIndex;

  return {
    name: 'zoeken',
    getThemePath() {
      return themePath;
    },
    getTypeScriptThemePath() {
      return themePath;
    },
    async allContentLoaded({allContent, actions}) {
      const docs = allContent['docusaurus-plugin-content-docs']?.default as DocsContent | undefined;
      const blog = allContent['docusaurus-plugin-content-blog']?.default as BlogContent | undefined;
      const {versions, synonyms} = collectPages({siteDir: context.siteDir, baseUrl: context.baseUrl, docs, blog});
      files = versions.map((v) =>
        buildSearchIndex({
          locale: context.i18n.currentLocale,
          version: v.version,
          edition: v.edition,
          pages: v.pages,
          synonyms,
          thesaurus: options.thesaurus,
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

/** Docusaurus calls this before the plugin; it also gives the plugin its id. */
function validatePluginOptions({options}: {options: unknown}): PluginOptions & {id: string} {
  const raw = (options ?? {}) as {id?: unknown};
  return {...validateOptions(options), id: typeof raw.id === 'string' ? raw.id : 'default'};
}
// PluginModule types validateOptions as generic in its result; ours has one concrete result.
zoekenPlugin.validateOptions = validatePluginOptions as unknown as NonNullable<PluginModule['validateOptions']>;
