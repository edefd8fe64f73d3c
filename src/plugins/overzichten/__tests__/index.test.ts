/**
 * The overzichten plugin through its lifecycle, on a small fixture site with two editions:
 * the real docs plugin loads the pages (allContent), allContentLoaded writes the overview of
 * spanningsvelden and the notes for the 2021 pages, and configureWebpack makes pages depend on
 * the notes. A site whose docs have no current edition stops with that said, in Dutch.
 */
import path from 'node:path';
import type {Configuration} from 'webpack';
import {describe, expect, it} from 'vitest';
import {fixtureContext, loadedDocs, recordingActions, validated} from '../../shared/__tests__/lifecycle';
import overzichtenPlugin, {validateOptions} from '../index';
import {SINDS2021_FILE, SPANNINGSVELDEN_FILE} from '../shared';

const SITE = path.join(__dirname, '__fixtures__/website');

describe('overzichten plugin on a fixture site', () => {
  it('writes the spanningsvelden of the current edition and the notes the 2021 pages show', async () => {
    const context = await fixtureContext(SITE);
    const plugin = overzichtenPlugin(context, validated(validateOptions));
    const actions = recordingActions();
    await plugin.allContentLoaded!({allContent: await loadedDocs(context), actions});
    expect(JSON.parse(actions.data.get(SPANNINGSVELDEN_FILE)!)).toEqual([
      {
        id: 'spanningsvelden/afstand',
        title: 'Afstand en nabijheid',
        description: 'Een spanningsveld van de testsite.',
        permalink: '/spanningsvelden/afstand',
        thema: ['relatie', 'contact'],
        doelgroep: ['opvoeders'],
      },
      {
        id: 'spanningsvelden/regie',
        title: 'Wie heeft de regie',
        description: 'Nog een spanningsveld van de testsite.',
        permalink: '/spanningsvelden/regie',
        thema: ['regie'],
        doelgroep: ['ouders', 'organisatie'],
      },
    ]);
    expect(JSON.parse(actions.data.get(SINDS2021_FILE)!)).toEqual({
      'handleiding/houding': {tekst: 'Herschreven voor de test.', permalink: '/handleiding/houding', title: 'Houding'},
    });
    const mdx = {
      loader: '/x/node_modules/@docusaurus/mdx-loader/lib/index.js',
      options: {} as {dependencies?: string[]},
    };
    (plugin.configureWebpack as (c: Configuration) => unknown)({module: {rules: [{use: [mdx]}]}});
    expect(mdx.options.dependencies).toEqual([
      path.join(context.generatedFilesDir, 'overzichten/default', SINDS2021_FILE),
    ]);
  }, 60_000);

  it('says so when the docs have no current edition', async () => {
    const context = await fixtureContext(SITE);
    const plugin = overzichtenPlugin(context, validated(validateOptions));
    const allContent = await loadedDocs(context, {includeCurrentVersion: false, lastVersion: '2021', versions: {}});
    await expect(Promise.resolve(plugin.allContentLoaded!({allContent, actions: recordingActions()}))).rejects.toThrow(
      '[overzichten] de huidige editie ("current") van de docs is niet gevonden',
    );
  }, 60_000);
});
