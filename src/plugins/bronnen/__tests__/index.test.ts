/**
 * The bronnen plugin through its lifecycle, on a small fixture site: loadContent reads and
 * checks the sources, contentLoaded writes what the remark plugin reads, configureWebpack
 * makes pages depend on it. A site with broken source files stops in loadContent, in Dutch,
 * naming file, line and field.
 */
import path from 'node:path';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import {ContentError, formatProblem} from '../../../content/problems';
import {fixtureContext, recordingActions, validated} from '../../shared/__tests__/lifecycle';
import bronnenPlugin, {validateOptions} from '../index';
import {DATA_FILE} from '../shared';

const FIXTURES = path.join(__dirname, '__fixtures__');

async function plugin(site: string, options: Record<string, unknown> = {}) {
  const context = await fixtureContext(path.join(FIXTURES, site));
  return {context, plugin: bronnenPlugin(context, validated(validateOptions, options))};
}

describe('bronnen plugin on a fixture site', () => {
  it('loads every source, sorted by key, without the editors’ fields', async () => {
    const {plugin: p} = await plugin('website');
    expect(await p.loadContent!()).toEqual([
      {key: 'gesprek', titel: 'Een gesprek voor de tests', maker: 'Deelnemers aan een testgesprek', soort: 'Verslag'},
      {
        key: 'testboek',
        titel: 'Een boek voor de tests',
        maker: 'De makers van de tests',
        soort: 'Boek',
        vindplaats: 'Nergens, het bestaat alleen hier',
      },
    ]);
  });

  it('writes the sources as the data file the remark plugin reads, and watches the source files', async () => {
    const {context, plugin: p} = await plugin('website');
    const content = await p.loadContent!();
    const actions = recordingActions();
    await p.contentLoaded!({content, actions});
    expect([...actions.data.keys()]).toEqual([DATA_FILE]);
    expect(JSON.parse(actions.data.get(DATA_FILE)!)).toEqual(content);
    expect(actions.globalData).toEqual([]);
    expect(p.getPathsToWatch!()).toEqual([path.join(context.siteDir, 'src/data/bronnen/*.yml')]);
  });

  it('makes every Markdown page depend on that data file', async () => {
    const {context, plugin: p} = await plugin('website');
    const mdx = {
      loader: '/x/node_modules/@docusaurus/mdx-loader/lib/index.js',
      options: {} as {dependencies?: string[]},
    };
    const config: Configuration = {module: {rules: [{test: /\.mdx?$/, use: [mdx]}]}};
    (p.configureWebpack as (c: Configuration) => unknown)(config);
    expect(mdx.options.dependencies).toEqual([path.join(context.siteDir, '.docusaurus/bronnen/default', DATA_FILE)]);
  });

  it('stops a site with broken sources in loadContent, naming file, line and field, in Dutch', async () => {
    const {plugin: p} = await plugin('website-met-fouten');
    const thrown = await Promise.resolve(p.loadContent!()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems.map(formatProblem)).toEqual([
      'src/data/bronnen/andere-sleutel.yml:1 — veld "sleutel": is "iets-anders", maar de bestandsnaam zegt "andere-sleutel": de sleutel is de bestandsnaam. Zet hier "andere-sleutel" (pagina\'s noemen de bron zo) of laat het veld weg.',
      'src/data/bronnen/zonder-maker.yml:1 — veld "maker": ontbreekt: zeg wie de bron maakte, zoals het document het zegt',
    ]);
  });

  it('refuses an unknown option, naming it', async () => {
    await expect(plugin('website', {map: 'src/data'})).rejects.toThrow(
      '[bronnen] De opties in docusaurus.config.ts kloppen niet:\n  ✗ onbekende optie "map".',
    );
  });
});
