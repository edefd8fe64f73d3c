import {getFileLoaderUtils} from '@docusaurus/utils';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import katexPlugin, {fontLoaders} from '../index';

// The real rules Docusaurus builds with, so an upgrade that changes them shows up here.
const docusaurusRules = () => {
  const {rules} = getFileLoaderUtils(false);
  return [rules.images(), rules.svgs(), rules.fonts(), rules.media(), rules.otherAssets()];
};

const configure = (config: Configuration) =>
  (katexPlugin().configureWebpack as (c: Configuration, isServer: boolean, utils: never, content: never) => unknown)(
    config,
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

  it('ships KaTeX’s stylesheet from node_modules', () => {
    expect(katexPlugin().getClientModules!()).toEqual([expect.stringMatching(/node_modules\/katex\/dist\/katex\.min\.css$/)]);
  });
});
