/**
 * The begrippen plugin through its lifecycle, on a small fixture site with two editions:
 * the real docs plugin loads the pages (allContent), allContentLoaded writes each edition's
 * terms as the data the remark plugin and the A–Z page read, and configureWebpack makes
 * pages depend on those files. Terms that claim the same word or name an unknown related
 * term stop the build, naming file and field, in Dutch.
 */
import path from 'node:path';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import type {Begrip} from '../../../content/glossary';
import {ContentError, formatProblem} from '../../../content/problems';
import {fixtureContext, loadedDocs, recordingActions, validated} from '../../shared/__tests__/lifecycle';
import begrippenPlugin, {validateOptions} from '../index';
import {termsFileName} from '../server/terms';

const FIXTURES = path.join(__dirname, '__fixtures__');

async function run(site: string) {
  const context = await fixtureContext(path.join(FIXTURES, site));
  const plugin = begrippenPlugin(context, validated(validateOptions));
  const actions = recordingActions();
  const result = await Promise.resolve(plugin.allContentLoaded!({allContent: await loadedDocs(context), actions})).then(
    () => undefined,
    (e: unknown) => e,
  );
  return {context, plugin, actions, error: result};
}

describe('begrippen plugin on a fixture site', () => {
  it('writes the terms of each edition, with their edition’s URL', async () => {
    const {actions, error} = await run('website');
    expect(error).toBeUndefined();
    expect([...actions.data.keys()].sort()).toEqual([termsFileName('2021'), termsFileName('current')]);
    const current = JSON.parse(actions.data.get(termsFileName('current'))!) as Begrip[];
    expect(current.map((t) => [t.id, t.permalink, t.aliases, t.verwant])).toEqual([
      ['ouder', '/begrippen/ouder', ['ouders'], ['pleegouder']],
      ['pleegouder', '/begrippen/pleegouder', ['pleegouders', 'pleegmoeder'], ['ouder']],
    ]);
    const old = JSON.parse(actions.data.get(termsFileName('2021'))!) as Begrip[];
    expect(old.map((t) => [t.id, t.permalink, t.definitie])).toEqual([
      ['ouder', '/2021/begrippen/ouder', 'De definitie van ouder in de editie 2021 van de testsite.'],
    ]);
    // Nothing global: a page carries only the terms it marks.
    expect(actions.globalData).toEqual([]);
  }, 60_000);

  it('then makes every Markdown page depend on each edition’s terms', async () => {
    const {context, plugin} = await run('website');
    const mdx = {
      loader: '/x/node_modules/@docusaurus/mdx-loader/lib/index.js',
      options: {} as {dependencies?: string[]},
    };
    (plugin.configureWebpack as (c: Configuration) => unknown)({module: {rules: [{use: [mdx]}]}});
    expect(mdx.options.dependencies?.sort()).toEqual(
      ['2021', 'current'].map((e) => path.join(context.generatedFilesDir, 'begrippen/default', termsFileName(e))),
    );
  }, 60_000);

  it('stops on a word two terms claim and on an unknown related term, naming file and field', async () => {
    const {error} = await run('website-met-fouten');
    expect(error).toBeInstanceOf(ContentError);
    expect((error as ContentError).problems.map(formatProblem)).toEqual([
      'docs/begrippen/stiefouder.md:1 — veld "aliases.0": "ouders" hoort al bij begrip "ouder". Een woord mag maar bij één begrip horen: haal het hier of daar weg.',
      'docs/begrippen/ouder.md:1 — veld "verwant.0": verwant begrip "grootouder" bestaat niet in deze editie.',
    ]);
  }, 60_000);

  it('names the docs plugin it could not find', async () => {
    const context = await fixtureContext(path.join(FIXTURES, 'website'));
    const plugin = begrippenPlugin(context, validated(validateOptions, {docsPluginId: 'handleiding'}));
    await expect(
      Promise.resolve(plugin.allContentLoaded!({allContent: await loadedDocs(context), actions: recordingActions()})),
    ).rejects.toThrow('[begrippen] docs-plugin "handleiding" niet gevonden');
  }, 60_000);

  it('says what replaced a removed option', () => {
    expect(() => validated(validateOptions, {routePrefix: '/woorden'})).toThrow(
      'optie "routePrefix" bestaat niet meer: de URL van een begrip ligt vast op /begrippen/<id>',
    );
  });
});
