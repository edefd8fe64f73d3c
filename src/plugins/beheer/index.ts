/**
 * beheer: the web editor at /beheer/ for contributors who are not developers
 * (Decap CMS, self-hosted). Its configuration is generated from the site's
 * schemas, vocabulary and data files (server/config.ts); saving opens a pull
 * request on GitHub (editorial workflow), where the same checks run as for any
 * other contribution. The editor is a page of its own, outside the Docusaurus
 * app: readers never download it, and it is not in the sitemap.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {DATA_FILES} from '../../content/siteData';
import {CURRENT_EDITION} from '../../content/vocabulary';
import {docsContentOf} from '../shared/plugin';
import {termsPerEdition} from '../begrippen/server/terms';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {githubRepo, type DecapConfig} from './server/config';
import {decapDistDir, stylesheetsOf} from './server/page';
import {editorConfig} from './server/siteConfig';
import {glossaryFor, writeEditor} from './server/write';
import type {PreviewTerm} from './shared/begrippen';

export {validateOptions} from './options';

/** decap-server's address when a contributor runs `npx decap-server` next to `npm start`. */
export const DEV_LOCAL_BACKEND = 'http://localhost:8081/api/v1';

export default function beheerPlugin(context: LoadContext, options: PluginOptions): Plugin<DecapConfig | undefined> {
  const {siteDir, siteConfig, baseUrl, i18n} = context;
  const repoUrl = String(siteConfig.customFields?.repoUrl ?? '');
  const devRoot = path.join(context.generatedFilesDir, PLUGIN_NAME);
  const devDir = path.join(devRoot, options.path);
  // `docusaurus build` sets NODE_ENV=production; `start` does not (see the zoeken plugin).
  const devServer = () => process.env.NODE_ENV !== 'production';
  const page = {baseUrl, editorPath: options.path, siteTitle: siteConfig.title, repoUrl, branch: options.branch};
  let terms: PreviewTerm[] = [];
  let loaded: DecapConfig | undefined;

  if (!githubRepo(repoUrl)) {
    console.log(`[${PLUGIN_NAME}] geen webeditor: die werkt met een GitHub-repository, en REPO_URL is "${repoUrl}".`);
    return {name: PLUGIN_NAME};
  }

  const configFor = (localBackend: boolean): DecapConfig => {
    return editorConfig(siteDir, {
      repoUrl,
      branch: options.branch,
      siteUrl: siteConfig.url,
      baseUrl,
      authUrl: options.authUrl,
      siteDomain: options.siteDomain,
      mediaFolder: options.mediaFolder,
      localBackend: localBackend ? {url: DEV_LOCAL_BACKEND} : undefined,
    });
  };

  return {
    name: PLUGIN_NAME,
    getPathsToWatch: () =>
      [DATA_FILES.authors, DATA_FILES.tags, `${DATA_FILES.bronnen}/*.yml`].map((f) => path.join(siteDir, f)),
    async loadContent() {
      return configFor(devServer() && options.devLocalBackend);
    },
    async contentLoaded({content}) {
      loaded = content;
    },
    async allContentLoaded({allContent}) {
      // The preview marks [[begrippen]] as the site does: the current edition's terms (kenniscafés use those too).
      const {editions} = termsPerEdition(docsContentOf(allContent, 'default', PLUGIN_NAME));
      terms = glossaryFor(editions.get(CURRENT_EDITION) ?? []);
      if (!devServer() || !loaded) return;
      // The dev server has no built CSS file: the preview gets Infima and the site's own stylesheet.
      const styles = [require.resolve('infima/dist/css/default/default.css'), path.join(siteDir, 'src/css/custom.css')];
      await fs.promises.mkdir(devDir, {recursive: true});
      await Promise.all(styles.map((s) => fs.promises.copyFile(s, path.join(devDir, path.basename(s)))));
      await writeEditor(devDir, {
        ...page,
        config: loaded,
        terms,
        copyDecap: false,
        previewStyles: styles.map((s) => `${baseUrl}${options.path}/${path.basename(s)}`),
      });
    },
    configureWebpack(_config, isServer) {
      if (isServer || !devServer()) return {};
      // `docusaurus start` serves static folders: the generated page and config, and Decap from node_modules.
      return {
        devServer: {
          static: [
            {directory: devRoot, publicPath: baseUrl, watch: true},
            {directory: decapDistDir(), publicPath: `${baseUrl}${options.path}/`, watch: false},
          ],
        },
      } as object;
    },
    async postBuild({outDir, content}) {
      // One editor per site, at the default locale's root (the content it edits is the Dutch source).
      if (i18n.currentLocale !== i18n.defaultLocale || !content) return;
      const home = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      await writeEditor(path.join(outDir, options.path), {
        ...page,
        config: content,
        terms,
        copyDecap: true,
        previewStyles: stylesheetsOf(home),
      });
    },
  };
}
