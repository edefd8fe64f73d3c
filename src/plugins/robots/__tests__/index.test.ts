/**
 * The robots plugin through its lifecycle, on a fixture site hosted under a sub-path in two
 * languages: postBuild of the default locale writes robots.txt naming both sitemaps by full
 * URL; the other locale's build writes nothing (its output is a folder of the first).
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureContext, postBuildProps, tempDir, validated} from '../../shared/__tests__/lifecycle';
import robotsPlugin, {validateOptions} from '../index';

const SITE = path.join(__dirname, '__fixtures__/website');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function build(locale: string): Promise<string[]> {
  const context = await fixtureContext(SITE, locale);
  const plugin = robotsPlugin(context, validated(validateOptions));
  const out = tempDir('robots-');
  cleanup.push(out.remove);
  await plugin.postBuild!(postBuildProps(context, out.dir, undefined));
  return fs.readdirSync(out.dir).map((f) => `${f}:\n${fs.readFileSync(path.join(out.dir, f), 'utf8')}`);
}

describe('robots plugin on a fixture site', () => {
  it('writes robots.txt in the default locale’s build, with every sitemap under the base URL', async () => {
    expect(await build('nl')).toEqual([
      'robots.txt:\nUser-agent: *\nAllow: /\n\nSitemap: https://intranet.example.org/kennisbank/sitemap.xml\nSitemap: https://intranet.example.org/kennisbank/en/sitemap.xml\n',
    ]);
  });

  it('writes nothing in another locale’s build', async () => {
    expect(await build('en')).toEqual([]);
  });

  it('has no options', () => {
    expect(() => validated(validateOptions, {sitemap: true})).toThrow(
      '[robots] De opties in docusaurus.config.ts kloppen niet',
    );
  });
});
