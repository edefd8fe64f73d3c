/**
 * The paginastijl plugin through its lifecycle, on a fixture site under /kb/ and a small
 * built output: postBuild gives each page exactly the separate stylesheets it needs (a link
 * Docusaurus put in a page that does not use it goes, a missing one is added) and leaves the
 * rest of the HTML as built; another locale's nested output is that build's business.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {Configuration} from 'webpack';
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureContext, postBuildProps, tempDir, validated} from '../../shared/__tests__/lifecycle';
import paginastijlPlugin, {validateOptions} from '../index';

const FIXTURES = path.join(__dirname, '__fixtures__');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function built(): Promise<(file: string) => string> {
  const context = await fixtureContext(path.join(FIXTURES, 'website'));
  const plugin = paginastijlPlugin(context, validated(validateOptions, {separateStylesheets: ['/katex/dist/katex']}));
  const out = tempDir('paginastijl-');
  cleanup.push(out.remove);
  fs.cpSync(path.join(FIXTURES, 'build'), out.dir, {recursive: true});
  await plugin.postBuild!(postBuildProps(context, out.dir, undefined));
  return (file) => fs.readFileSync(path.join(out.dir, file), 'utf8');
}

describe('paginastijl plugin on a fixture build', () => {
  it('removes a link to a stylesheet the page cannot use, and nothing else', async () => {
    const read = await built();
    const before = fs.readFileSync(path.join(FIXTURES, 'build/index.html'), 'utf8');
    expect(read('index.html')).toBe(before.replace('<link rel=stylesheet href=/kb/assets/css/812.aaa.css>\n', ''));
  });

  it('adds the separate stylesheets a page uses, under the base URL, at the end of its head', async () => {
    const read = await built();
    expect(read('werkbladen/gesprek.html')).toBe(
      fs
        .readFileSync(path.join(FIXTURES, 'build/werkbladen/gesprek.html'), 'utf8')
        .replace(
          '</head>',
          '<link rel="stylesheet" href="/kb/assets/css/7906.def.css"><link rel="stylesheet" href="/kb/assets/css/812.aaa.css"></head>',
        ),
    );
  });

  it('leaves another locale’s build alone', async () => {
    const read = await built();
    expect(read('en/index.html')).toBe(fs.readFileSync(path.join(FIXTURES, 'build/en/index.html'), 'utf8'));
  });

  it('changes only the browser build’s CSS chunks', async () => {
    const context = await fixtureContext(path.join(FIXTURES, 'website'));
    const plugin = paginastijlPlugin(context, validated(validateOptions, {separateStylesheets: ['/katex/dist/katex']}));
    const config: Configuration = {optimization: {splitChunks: {cacheGroups: {styles: {type: 'css/mini-extract'}}}}};
    const configure = plugin.configureWebpack as (c: Configuration, isServer: boolean) => unknown;
    configure(config, true);
    expect(Object.keys((config.optimization!.splitChunks as {cacheGroups: object}).cacheGroups)).toEqual(['styles']);
    configure(config, false);
    expect(Object.keys((config.optimization!.splitChunks as {cacheGroups: object}).cacheGroups)).toEqual([
      'styles',
      'paginastijl0',
    ]);
  });
});
