import {getFileLoaderUtils} from '@docusaurus/utils';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import katexPlugin, {fontLoaders, katexStylesheetIn, withStylesheet} from '../index';
import remarkKatexCss, {KATEX_CSS} from '../remark';

// The real rules Docusaurus builds with, so an upgrade that changes them shows up here.
const docusaurusRules = () => {
  const {rules} = getFileLoaderUtils(false);
  return [rules.images(), rules.svgs(), rules.fonts(), rules.media(), rules.otherAssets()];
};

// Docusaurus's client config has its single CSS chunk; a test that is about something else gets one.
const withStyles = (config: Configuration): Configuration => ({
  optimization: {splitChunks: {cacheGroups: {styles: {type: 'css/mini-extract'}}}},
  ...config,
});

const configure = (config: Configuration) =>
  (katexPlugin().configureWebpack as (c: Configuration, isServer: boolean, utils: never, content: never) => unknown)(
    withStyles(config),
    false,
    undefined as never,
    undefined as never,
  );

describe('katex plugin', () => {
  it('finds only the font rule among Docusaurus’s asset rules', () => {
    const loaders = fontLoaders(docusaurusRules());
    expect(loaders).toHaveLength(1);
    expect(loaders[0]!.options!.limit).toBe(10000);
  });

  it('turns off inlining for fonts and leaves images alone', () => {
    const rules = docusaurusRules();
    configure({module: {rules}});
    expect(fontLoaders(rules)[0]!.options!.limit).toBe(false);
    const images = rules[0] as {use: {options: {limit: unknown}}[]};
    expect(images.use[0]!.options.limit).toBe(10000);
  });

  it('fails loudly when the font rule is no longer there', () => {
    expect(() => configure({module: {rules: []}})).toThrow(/webpack-regel voor lettertypen/);
  });

  it('keeps KaTeX’s stylesheet out of the one stylesheet of every page, and nothing else', () => {
    const styles: {type: string; test?: (m: {identifier: () => string}) => boolean} = {type: 'css/mini-extract'};
    configure({module: {rules: docusaurusRules()}, optimization: {splitChunks: {cacheGroups: {styles: styles as never}}}});
    const css = (file: string) => ({identifier: () => `css /site/node_modules/css-loader/dist/cjs.js!${file}|0||||}`});
    expect(styles.test!(css('/site/node_modules/katex/dist/katex.min.css'))).toBe(false);
    expect(styles.test!(css('/site/node_modules/infima/dist/css/default/default.css'))).toBe(true);
    expect(styles.test!(css('/site/src/css/custom.css'))).toBe(true);
  });

  it('fails loudly when Docusaurus no longer has its single CSS chunk', () => {
    expect(() => configure({module: {rules: docusaurusRules()}, optimization: {splitChunks: {cacheGroups: {}}}})).toThrow(/webpack-groep "styles"/);
  });
});

describe('remarkKatexCss', () => {
  const run = (md: string) => {
    const tree = unified().use(remarkParse).use(remarkMath).parse(md);
    const out = unified().use(remarkMath).use(remarkKatexCss).runSync(tree) as Root;
    return out.children.filter((c) => c.type === ('mdxjsEsm' as never)).map((c) => (c as unknown as {value: string}).value);
  };

  it('imports the stylesheet on a page with a display or inline formula, once', () => {
    expect(run('# Titel\n\n$$\n\\frac{3113}{937}\n$$\n\nEn $x$ ook.\n')).toEqual([`import "${KATEX_CSS}";`]);
    expect(run('Alleen $x^2$ hier.\n')).toEqual([`import "${KATEX_CSS}";`]);
  });

  it('leaves a page without a formula alone', () => {
    expect(run('# Titel\n\nGeen formule, wel 5 euro.\n')).toEqual([]);
  });
});

describe('linking the KaTeX chunk in built pages', () => {
  it('finds the CSS file with KaTeX’s rules, not the site’s one stylesheet', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'katex-css-'));
    fs.writeFileSync(path.join(dir, 'styles.abc.css'), ':root{--x:1}.katex-display{overflow:auto}');
    expect(katexStylesheetIn(dir)).toBeUndefined();
    fs.writeFileSync(path.join(dir, '7906.def.css'), '.katex{font:normal 1.21em KaTeX_Main}');
    expect(katexStylesheetIn(dir)).toBe('7906.def.css');
    fs.rmSync(dir, {recursive: true});
  });

  it('adds the link at the end of the head, once', () => {
    const page = '<html><head><link rel="stylesheet" href="/assets/css/styles.a.css"></head><body></body></html>';
    const once = withStylesheet(page, '/kb/assets/css/7906.def.css');
    expect(once).toBe('<html><head><link rel="stylesheet" href="/assets/css/styles.a.css"><link rel="stylesheet" href="/kb/assets/css/7906.def.css"></head><body></body></html>');
    expect(withStylesheet(once, '/kb/assets/css/7906.def.css')).toBe(once);
  });
});
