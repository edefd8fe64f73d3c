import type {LoadContext} from '@docusaurus/types';
import {getFileLoaderUtils} from '@docusaurus/utils';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import type {Root} from 'mdast';
import remarkMath from 'remark-math';
import remarkParse from 'remark-parse';
import {unified} from 'unified';
import katexPlugin from '../index';
import {DEFAULT_OPTIONS} from '../options';
import {fontLoaders} from '../server/fonts';
import remarkKatexCss, {KATEX_CSS} from '../remark';

// The real rules Docusaurus builds with, so an upgrade that changes them shows up here.
const docusaurusRules = () => {
  const {rules} = getFileLoaderUtils(false);
  return [rules.images(), rules.svgs(), rules.fonts(), rules.media(), rules.otherAssets()];
};

const configure = (config: Configuration) =>
  (
    katexPlugin({} as LoadContext, DEFAULT_OPTIONS).configureWebpack as (
      c: Configuration,
      isServer: boolean,
      utils: never,
      content: never,
    ) => unknown
  )(config, false, undefined as never, undefined as never);

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
});

describe('remarkKatexCss', () => {
  const run = (md: string) => {
    const tree = unified().use(remarkParse).use(remarkMath).parse(md);
    const out = unified().use(remarkMath).use(remarkKatexCss).runSync(tree) as Root;
    return out.children
      .filter((c) => c.type === ('mdxjsEsm' as never))
      .map((c) => (c as unknown as {value: string}).value);
  };

  it('imports the stylesheet on a page with a display or inline formula, once', () => {
    expect(run('# Titel\n\n$$\n\\frac{3113}{937}\n$$\n\nEn $x$ ook.\n')).toEqual([`import "${KATEX_CSS}";`]);
    expect(run('Alleen $x^2$ hier.\n')).toEqual([`import "${KATEX_CSS}";`]);
  });

  it('leaves a page without a formula alone', () => {
    expect(run('# Titel\n\nGeen formule, wel 5 euro.\n')).toEqual([]);
  });
});
