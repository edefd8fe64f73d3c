/**
 * KaTeX's fonts as separate files instead of data URIs. Docusaurus inlines every
 * asset under 10 kB; for KaTeX that put about 100 kB of base64 fonts (woff, woff2
 * and ttf of the same faces) into the one stylesheet every page loads, while a
 * browser fetches a font file only when a page uses its glyphs.
 */
import type {Configuration} from 'webpack';
import {PLUGIN_NAME} from '../options';

interface RuleLike {
  test?: unknown;
  use?: unknown;
}
interface LoaderLike {
  loader?: string;
  options?: Record<string, unknown>;
}

/** The url-loader entries of the rule that loads font files. */
export function fontLoaders(rules: readonly unknown[]): LoaderLike[] {
  const found: LoaderLike[] = [];
  for (const rule of rules as RuleLike[]) {
    if (!(rule?.test instanceof RegExp) || !rule.test.test('KaTeX_Main-Regular.woff2')) continue;
    for (const use of Array.isArray(rule.use) ? (rule.use as LoaderLike[]) : []) {
      if (typeof use?.loader === 'string' && use.loader.includes('url-loader')) found.push(use);
    }
  }
  return found;
}

/** Turns off inlining in Docusaurus's font rule (`limit: false`: the file loader writes assets/fonts/…). */
export function keepFontsAsFiles(config: Pick<Configuration, 'module'>): void {
  const loaders = fontLoaders(config.module?.rules ?? []);
  if (loaders.length === 0) {
    // A Docusaurus upgrade changed its font rule: say so rather than quietly inline fonts again.
    throw new Error(
      `[${PLUGIN_NAME}] De webpack-regel voor lettertypen is niet gevonden; pas src/plugins/katex/server/fonts.ts aan de nieuwe Docusaurus-versie aan.`,
    );
  }
  for (const l of loaders) l.options = {...l.options, limit: false};
}
