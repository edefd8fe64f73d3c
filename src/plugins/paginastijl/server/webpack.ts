/**
 * The listed stylesheets out of Docusaurus's one `styles` chunk, each into a CSS
 * file of its own that travels with the code of the pages that import it.
 */
import type {Configuration} from 'webpack';
import {PLUGIN_NAME} from '../options';

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

/** Changes the client build's split chunks in place: the listed CSS leaves `styles`, one group per fragment. */
export function splitListedStylesheets(
  config: Pick<Configuration, 'optimization'>,
  fragments: readonly string[],
): void {
  const splitChunks = config.optimization?.splitChunks;
  const styles = (splitChunks ? splitChunks.cacheGroups?.styles : undefined) as CacheGroupLike | undefined;
  if (styles?.type !== 'css/mini-extract') {
    throw new Error(
      `[${PLUGIN_NAME}] De webpack-groep "styles" (alle CSS in één bestand) is niet gevonden; pas src/plugins/paginastijl/server/webpack.ts aan de nieuwe Docusaurus-versie aan.`,
    );
  }
  styles.test = (module: ModuleLike) => !isListed(module, fragments);
  // One CSS file per listed entry, shared by every chunk that uses it. Left in the chunks
  // that import them, component styles were copied into each of those chunks, and a page
  // loading several such chunks linked the same rules several times.
  fragments.forEach((fragment, i) => {
    // No name: a named chunk costs a name → id entry in the webpack runtime of every page.
    (splitChunks as {cacheGroups: Record<string, unknown>}).cacheGroups[`paginastijl${i}`] = {
      type: 'css/mini-extract',
      test: (module: ModuleLike) => isListed(module, [fragment]),
      chunks: 'all',
      enforce: true,
      priority: 60,
    };
  });
}
