/**
 * The literatuur plugin through its lifecycle, on a small fixture site: loadContent formats
 * the bibliography once, contentLoaded writes what pages get, postBuild writes the BibTeX and
 * RIS downloads into the locale's output. A broken bibliography stops loadContent with the
 * file and the entry named, in Dutch.
 */
import fs from 'node:fs';
import path from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {fixtureContext, postBuildProps, recordingActions, tempDir, validated} from '../../shared/__tests__/lifecycle';
import literatuurPlugin, {validateOptions} from '../index';
import {DATA_FILE, type LiteratuurData} from '../shared';

const FIXTURES = path.join(__dirname, '__fixtures__');
const cleanup: (() => void)[] = [];
afterEach(() => cleanup.splice(0).forEach((f) => f()));

async function plugin(site: string, options: Record<string, unknown> = {}) {
  const context = await fixtureContext(path.join(FIXTURES, site));
  return {context, plugin: literatuurPlugin(context, validated(validateOptions, options))};
}

describe('literatuur plugin on a fixture site', () => {
  it('formats every entry as APA, with the title of the source that names it, and the download paths', async () => {
    const {plugin: p} = await plugin('website');
    const content = await p.loadContent!();
    expect(content.data.downloads).toEqual({bibtex: '/downloads/literatuur.bib', ris: '/downloads/literatuur.ris'});
    expect(content.data.entries.map((e) => [e.id, e.text, e.bronTitel])).toEqual([
      ['zonder-jaar', 'Onbekend. (n.d.).', undefined],
      [
        'testauteur2020',
        // APA title case for the journal's name is Citation.js's.
        'Testauteur, A. (2020). Een artikel dat alleen in de tests bestaat. Tijdschrift Voor Tests, 1, 1–2. https://doi.org/10.0000/test.1',
        'De bron die het artikel noemt',
      ],
    ]);
    expect(content.bibtex).toMatch(/^@article\{testauteur2020,$/m);
    expect(content.ris).toMatch(/^ID {2}- zonder-jaar$/m);
  }, 60_000);

  it('writes what pages get with createData, and both downloads in postBuild', async () => {
    const {context, plugin: p} = await plugin('website');
    const content = await p.loadContent!();
    const actions = recordingActions();
    await p.contentLoaded!({content, actions});
    expect(JSON.parse(actions.data.get(DATA_FILE)!) as LiteratuurData).toEqual(content.data);
    const out = tempDir('literatuur-');
    cleanup.push(out.remove);
    await p.postBuild!(postBuildProps(context, out.dir, content));
    expect(fs.readFileSync(path.join(out.dir, 'downloads/literatuur.bib'), 'utf8')).toBe(content.bibtex);
    expect(fs.readFileSync(path.join(out.dir, 'downloads/literatuur.ris'), 'utf8')).toBe(content.ris);
  }, 60_000);

  it('follows its options: another export folder and file name', async () => {
    const {context, plugin: p} = await plugin('website', {exportDir: 'bestanden/lit', fileName: 'bibliografie'});
    const content = await p.loadContent!();
    expect(content.data.downloads.bibtex).toBe('/bestanden/lit/bibliografie.bib');
    const out = tempDir('literatuur-');
    cleanup.push(out.remove);
    await p.postBuild!(postBuildProps(context, out.dir, content));
    expect(fs.readdirSync(path.join(out.dir, 'bestanden/lit')).sort()).toEqual([
      'bibliografie.bib',
      'bibliografie.ris',
    ]);
  }, 60_000);

  it('stops on a broken bibliography, naming the file and the entry, in Dutch', async () => {
    const {plugin: p} = await plugin('website-met-fouten');
    await expect(p.loadContent!()).rejects.toThrow(
      'src/data/literatuur.json: publicatie "zondertype" heeft geen "type" (bijvoorbeeld "article-journal" of "document")',
    );
  });

  it('says which file it cannot read', async () => {
    const {plugin: p} = await plugin('website', {bibliography: 'src/data/bestaat-niet.json'});
    await expect(p.loadContent!()).rejects.toThrow('[literatuur] src/data/bestaat-niet.json kan niet gelezen worden');
  });
});
