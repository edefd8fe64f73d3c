import type {LoadContext} from '@docusaurus/types';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import paginastijlPlugin from '../index';
import {normalizeOptions} from '../options';
import {isListed} from '../server/webpack';
import {
  htmlClasses,
  neededBy,
  selectorClasses,
  splitStylesheets,
  withOnly,
  withStylesheet,
} from '../server/stylesheets';

type Test = (m: {identifier: () => string}) => boolean;
const cssModule = (file: string) => ({
  identifier: () =>
    `css /site/node_modules/css-loader/dist/cjs.js??ruleSet[1].rules[5]!/site/node_modules/postcss-loader/dist/cjs.js!${file}|0||||}`,
});

const configure = (separateStylesheets: string[], config: Configuration, isServer = false) =>
  (
    paginastijlPlugin({} as LoadContext, normalizeOptions({separateStylesheets})).configureWebpack as (
      c: Configuration,
      s: boolean,
      u: never,
      x: never,
    ) => unknown
  )(config, isServer, undefined as never, undefined as never);

describe('paginastijl: which CSS leaves the shared stylesheet', () => {
  it('keeps only the listed stylesheets out of Docusaurus’s one CSS chunk', () => {
    const styles: {type: string; test?: Test} = {type: 'css/mini-extract'};
    configure(['/katex/dist/katex', '/src/plugins/werkbladen/theme/'], {
      optimization: {splitChunks: {cacheGroups: {styles: styles as never}}},
    });
    expect(styles.test!(cssModule('/site/node_modules/katex/dist/katex.min.css'))).toBe(false);
    expect(styles.test!(cssModule('/site/src/plugins/werkbladen/theme/Werkblad/styles.module.css'))).toBe(false);
    expect(styles.test!(cssModule('/site/node_modules/infima/dist/css/default/default.css'))).toBe(true);
    expect(styles.test!(cssModule('/site/src/css/custom.css'))).toBe(true);
  });

  it('gives each listed entry one CSS file of its own, shared by the chunks that use it', () => {
    const cacheGroups: Record<string, {name?: string; type?: string; test?: Test; chunks?: string}> = {
      styles: {type: 'css/mini-extract'},
    };
    configure(['/katex/dist/katex', '/src/plugins/werkbladen/theme/'], {
      optimization: {splitChunks: {cacheGroups: cacheGroups as never}},
    });
    expect(Object.keys(cacheGroups)).toEqual(['styles', 'paginastijl0', 'paginastijl1']);
    const werkbladen = cacheGroups.paginastijl1!;
    expect([werkbladen.name, werkbladen.type, werkbladen.chunks]).toEqual([undefined, 'css/mini-extract', 'all']);
    expect(werkbladen.test!(cssModule('/site/src/plugins/werkbladen/theme/Werkblad/styles.module.css'))).toBe(true);
    expect(werkbladen.test!(cssModule('/site/node_modules/katex/dist/katex.min.css'))).toBe(false);
  });

  it('matches the source file, not a loader path that happens to contain the fragment', () => {
    const id = {identifier: () => 'css /site/node_modules/theme/Blog/loader.js!/site/src/css/custom.css|0'};
    expect(isListed(id, ['/theme/Blog/'])).toBe(false);
    expect(
      isListed(cssModule('C:\\site\\src\\pages\\index.module.css'.replaceAll('\\', '/')), [
        '/src/pages/index.module.css',
      ]),
    ).toBe(true);
  });

  it('leaves the server build alone and fails loudly when the CSS chunk is gone', () => {
    expect(configure(['/x/'], {}, true)).toEqual({});
    expect(() => configure(['/x/'], {optimization: {splitChunks: {cacheGroups: {}}}})).toThrow(
      /webpack-groep "styles"/,
    );
  });

  it('refuses an option that is not a list of texts, in Dutch', () => {
    expect(() => normalizeOptions({separateStylesheets: '/katex/'})).toThrow(
      /optie "separateStylesheets": moet een lijst zijn/,
    );
    expect(() => normalizeOptions({losseStijl: []})).toThrow(/onbekende optie "losseStijl"/);
    expect(() => normalizeOptions({losseStijlen: []})).toThrow(
      'optie "losseStijlen" bestaat niet meer: de optie heet nu "separateStylesheets"',
    );
  });
});

describe('paginastijl: which page links which stylesheet', () => {
  it('reads, per selector, the classes it requires', () => {
    const css =
      '@media (max-width:996px){.kaart_Ab12{width:1.5rem}}.a:not(.b)>p,.c .a{background:url(x.png#.nee)}' +
      '.theme-doc-markdown:has(>.tabel_Q1w2){container-type:inline-size}p{margin:0}@font-face{src:url("a.woff")}@keyframes k{0%{opacity:.5}}';
    expect(selectorClasses(css)).toEqual([['kaart_Ab12'], ['a'], ['c', 'a'], ['theme-doc-markdown', 'tabel_Q1w2']]);
    expect([...htmlClasses('<div class="a  kaart_Ab12"><p class="">x</p></div>')].sort()).toEqual(['a', 'kaart_Ab12']);
  });

  it('reads selectors as CSS does: alternatives, escapes, commas inside brackets, minified HTML', () => {
    expect(selectorClasses('.x:is(.a, .b) .y{color:red}.md\\:p-2,[data-x="a,b"] .z{margin:0}')).toEqual([
      ['x', 'y'],
      ['md:p-2'],
      ['z'],
    ]);
    expect([...htmlClasses("<p class=katex>x</p><span class='a b'></span>")].sort()).toEqual(['a', 'b', 'katex']);
  });

  it('links a split stylesheet in pages that may match one of its rules, once, at the end of the head', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'paginastijl-'));
    try {
      fs.writeFileSync(
        path.join(dir, 'styles.abc.css'),
        ':root{--x:1}.markdown{margin:0}.katex-display{overflow:auto}',
      );
      fs.writeFileSync(
        path.join(dir, '7906.def.css'),
        '.katex{font:normal 1.21em KaTeX_Main}.katex-display{margin:1em 0}.markdown .katex{x:y}',
      );
      fs.writeFileSync(path.join(dir, '812.aaa.css'), '.vraag_Xy12{border:1px solid}');
      const sheets = splitStylesheets(dir);
      expect(sheets.map((s) => s.file)).toEqual(['7906.def.css', '812.aaa.css']);
      // A page with .markdown but no .katex: no rule of the KaTeX file can apply.
      expect(neededBy('<div class="markdown"><p class="x"></p></div>', sheets)).toEqual([]);
      expect(neededBy('<div class="katex-display"></div>', sheets)).toEqual(['7906.def.css']);
      expect(neededBy('<span class="katex"></span><div class="vraag_Xy12"></div>', sheets)).toEqual([
        '7906.def.css',
        '812.aaa.css',
      ]);
      const page = '<html><head><link rel="stylesheet" href="/assets/css/styles.abc.css"></head><body></body></html>';
      const once = withStylesheet(page, '/kb/assets/css/7906.def.css');
      expect(once).toBe(
        '<html><head><link rel="stylesheet" href="/assets/css/styles.abc.css"><link rel="stylesheet" href="/kb/assets/css/7906.def.css"></head><body></body></html>',
      );
      expect(withStylesheet(once, '/kb/assets/css/7906.def.css')).toBe(once);
      // Docusaurus's own (minified) link to a file the page does not need goes; a needed one is added.
      const docusaurus =
        '<html><head><link rel=stylesheet href=/kb/assets/css/styles.abc.css>\n<link rel=stylesheet href=/kb/assets/css/812.aaa.css>\n</head><body><p class="katex"></p></body></html>';
      const hrefOf = (f: string) => `/kb/assets/css/${f}`;
      expect(withOnly(docusaurus, neededBy(docusaurus, sheets), ['7906.def.css', '812.aaa.css'], hrefOf)).toBe(
        '<html><head><link rel=stylesheet href=/kb/assets/css/styles.abc.css>\n<link rel="stylesheet" href="/kb/assets/css/7906.def.css"></head><body><p class="katex"></p></body></html>',
      );
    } finally {
      fs.rmSync(dir, {recursive: true});
    }
  });
});
