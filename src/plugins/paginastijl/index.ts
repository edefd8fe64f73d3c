/**
 * paginastijl: CSS that only some pages use travels with those pages, not in the one
 * stylesheet every page loads.
 *
 * Docusaurus puts all CSS of the site into one render-blocking `styles` chunk, so a
 * handleiding page also downloads the styles of the worksheets, the route table, the
 * glossary index, the blog and KaTeX. The stylesheets named in `losseStijlen` stay with the
 * code of the pages that import them instead: webpack loads that CSS before a client-side
 * navigation shows the page. In the built HTML, Docusaurus links some of these files where they
 * are not used and misses others, so postBuild decides: a page links each separate file that has
 * a rule which may style one of its elements (the page uses every class the selector names),
 * and no other. Pages are styled before (and without) JavaScript, and webpack, finding the link,
 * does not load the file twice. `tests/browser/paginastijl.test.ts` lets Chromium check
 * every built page.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import type {PaginastijlOptions} from './options';
import {htmlFiles, neededBy, splitStylesheets, withOnly} from './server/stylesheets';

export {validateOptions} from './options';

interface CacheGroupLike {
  type?: unknown;
  test?: unknown;
}
type ModuleLike = {identifier?: () => string};

/** Whether a CSS module (mini-css-extract names its source file in its identifier) is listed. */
export function isListed(module: ModuleLike, fragments: readonly string[]): boolean {
  const id = (module.identifier?.() ?? '').replaceAll('\\', '/');
  // The identifier ends with the resource after the last loader ("…!/site/src/x.module.css|0|…").
  const resource = id.slice(id.lastIndexOf('!') + 1);
  return fragments.some((f) => resource.includes(f));
}

export default function paginastijlPlugin(_context: unknown, options: PaginastijlOptions): Plugin<void> {
  return {
    name: 'paginastijl',
    configureWebpack(config, isServer) {
      if (isServer) return {};
      const splitChunks = config.optimization?.splitChunks;
      const styles = (splitChunks ? splitChunks.cacheGroups?.styles : undefined) as CacheGroupLike | undefined;
      if (styles?.type !== 'css/mini-extract') {
        throw new Error(
          '[paginastijl] De webpack-groep "styles" (alle CSS in één bestand) is niet gevonden; pas src/plugins/paginastijl/index.ts aan de nieuwe Docusaurus-versie aan.',
        );
      }
      styles.test = (module: ModuleLike) => !isListed(module, options.losseStijlen);
      // One CSS file per listed entry, shared by every chunk that uses it. Left in the chunks
      // that import them, component styles were copied into each of those chunks, and a page
      // loading several such chunks linked the same rules several times.
      options.losseStijlen.forEach((fragment, i) => {
        // No name: a named chunk costs a name → id entry in the webpack runtime of every page.
        (splitChunks as {cacheGroups: Record<string, unknown>}).cacheGroups[`paginastijl${i}`] = {
          type: 'css/mini-extract',
          test: (module: ModuleLike) => isListed(module, [fragment]),
          chunks: 'all',
          enforce: true,
          priority: 60,
        };
      });
      return {};
    },
    async postBuild({outDir, siteConfig}) {
      const sheets = splitStylesheets(path.join(outDir, 'assets/css'));
      if (sheets.length === 0) return;
      const all = sheets.map((s) => s.file);
      for (const page of htmlFiles(outDir)) {
        const html = fs.readFileSync(page, 'utf8');
        const linked = withOnly(html, neededBy(html, sheets), all, (f) => `${siteConfig.baseUrl}assets/css/${f}`);
        if (linked !== html) fs.writeFileSync(page, linked);
      }
    },
  };
}
