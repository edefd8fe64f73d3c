/**
 * The web editor's config is generated from what the site validates with: the
 * dropdowns hold exactly the values the schemas and data files allow, so a form
 * entry cannot fail `npm run check` on a value the form offered, and a new tag
 * or source needs no second edit.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {contentSchemas} from '../../../content/schema';
import {loadSiteData, type SiteData} from '../../../content/siteData';
import {AUDIENCES, THEMES} from '../../../content/vocabulary';
import {decapConfig, githubRepo, type DecapConfig, type DecapField} from '../server/config';
import {editorConfig} from '../server/siteConfig';

const SITE = path.resolve(__dirname, '../../../..');
const {data} = loadSiteData(SITE);

const input = (over: Partial<SiteData> = {}) => ({
  repoUrl: 'https://github.com/organisatie/kennisbank',
  branch: 'main',
  siteUrl: 'https://intranet.example.org',
  baseUrl: '/kennisbank/',
  mediaFolder: 'static/img/bijdragen',
  data: {...data, ...over},
  labels: {authors: {}, tags: {}},
});

function fieldOf(config: DecapConfig, collection: string, ...names: string[]): DecapField {
  let fields = config.collections.find((c) => c.name === collection)!.fields;
  let f: DecapField | undefined;
  for (const n of names) {
    f = fields.find((x) => x.name === n);
    if (!f) throw new Error(`geen veld ${names.join('.')} in ${collection}`);
    fields = f.fields ?? [];
  }
  return f!;
}
const values = (f: DecapField) => f.options?.map((o) => o.value);

describe('beheer config', () => {
  const config = editorConfig(SITE, input());

  it('has the four collections, the editorial workflow on GitHub and a Dutch UI', () => {
    expect(config.collections.map((c) => c.name)).toEqual(['kenniscafes', 'spanningsvelden', 'begrippen', 'bronnen']);
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend).toMatchObject({
      name: 'github',
      repo: 'organisatie/kennisbank',
      branch: 'main',
      open_authoring: true,
    });
    expect(config.locale).toBe('nl');
    expect(config.local_backend).toBeUndefined();
    expect(config.collections.find((c) => c.name === 'bronnen')).toMatchObject({
      folder: 'src/data/bronnen',
      extension: 'yml',
      format: 'yml',
    });
  });

  it('stays on this host under the base URL: logo and uploads are the site’s own', () => {
    expect(config.logo_url).toBe('/kennisbank/img/logo.svg');
    expect(config.site_url).toBe('https://intranet.example.org/kennisbank/');
    expect(config.public_folder).toBe('/img/bijdragen');
  });

  it('offers exactly the site data’s tags, authors and sources, and the schema’s audiences and themes', () => {
    expect(values(fieldOf(config, 'kenniscafes', 'tags'))).toEqual([...data.tags]);
    expect(values(fieldOf(config, 'kenniscafes', 'authors'))).toEqual([...data.authors]);
    const keys = data.bronnen.map((b) => b.key);
    for (const c of ['kenniscafes', 'spanningsvelden', 'begrippen'])
      expect(values(fieldOf(config, c, 'bronnen', 'bron'))).toEqual(keys);
    expect(values(fieldOf(config, 'spanningsvelden', 'doelgroep'))).toEqual(AUDIENCES);
    expect(values(fieldOf(config, 'spanningsvelden', 'thema'))).toEqual(THEMES);
    expect(fieldOf(config, 'spanningsvelden', 'doelgroep').multiple).toBe(true);
  });

  it('follows the data: a new tag or source file is in the dropdown without another edit', () => {
    const extra = {...data.bronnen[0]!, key: 'verslag-kenniscafe-9', titel: 'Verslag kenniscafé 9'};
    const more = decapConfig(
      input({tags: new Set([...data.tags, 'nieuw-onderwerp']), bronnen: [...data.bronnen, extra]}),
    );
    expect(values(fieldOf(more, 'kenniscafes', 'tags'))).toContain('nieuw-onderwerp');
    const bron = fieldOf(more, 'kenniscafes', 'bronnen', 'bron');
    expect(bron.options).toContainEqual({
      value: 'verslag-kenniscafe-9',
      label: 'Verslag kenniscafé 9 (verslag-kenniscafe-9)',
    });
  });

  it('marks required what the schema requires, except names filled in on save', () => {
    expect(fieldOf(config, 'kenniscafes', 'title').required).toBe(true);
    // Not required in the form: a draft can be saved before its source is known (the check requires it).
    expect(fieldOf(config, 'kenniscafes', 'bronnen').required).toBe(false);
    expect(fieldOf(config, 'kenniscafes', 'bronnen').min).toBeUndefined();
    expect(fieldOf(config, 'kenniscafes', 'slug').required).toBe(false);
    expect(fieldOf(config, 'begrippen', 'definitie').required).toBe(true);
    expect(fieldOf(config, 'bronnen', 'toelichting').required).toBe(false);
  });

  it('turns the schema’s string rules into a form pattern that agrees with the schema', () => {
    const schemas = contentSchemas(data.bronnen.map((b) => b.key));
    const id = fieldOf(config, 'spanningsvelden', 'id');
    const re = new RegExp(id.pattern![0]);
    for (const value of ['afstand-en-nabijheid', 'Afstand en nabijheid', 'a--b']) {
      expect(re.test(value), value).toBe(schemas.spanningsveld.shape.id.safeParse(value).success);
    }
  });

  it('the text field is Markdown as written, with the site’s image button and the check’s size limit', () => {
    const body = fieldOf(config, 'kenniscafes', 'body');
    expect(body.widget).toBe('tekst');
    expect(body.modes).toEqual(['raw']);
    expect(body.beheer).toMatchObject({maxBytes: 300 * 1024, publicFolder: '/img/bijdragen', bericht: true});
    expect(fieldOf(config, 'begrippen', 'body').beheer).toMatchObject({bericht: false});
  });

  it('images of a page go to its own folder under static/, and pages refer to them without "static"', () => {
    for (const c of config.collections.filter((x) => x.name !== 'bronnen'))
      expect(c).toMatchObject({media_folder: '/static/img/bijdragen', public_folder: '/img/bijdragen'});
  });

  it('a page form can add a new source whose file goes to src/data/bronnen in the same pull request', () => {
    for (const c of ['kenniscafes', 'spanningsvelden', 'begrippen']) {
      const f = fieldOf(config, c, 'nieuwe_bron');
      expect(f).toMatchObject({widget: 'nieuwe-bron', required: false, media_folder: '/src/data/bronnen'});
      expect((f.beheer as {bestaand: string[]}).bestaand).toEqual(data.bronnen.map((b) => b.key));
    }
  });

  it('logs in only through what the administrator configured (no default that goes nowhere)', () => {
    expect(config.backend.base_url).toBeUndefined();
    const netlify = decapConfig({...input(), authUrl: 'https://api.netlify.com', siteDomain: 'kb.netlify.app'});
    expect(netlify.backend).toMatchObject({base_url: 'https://api.netlify.com', site_domain: 'kb.netlify.app'});
  });

  it('refuses a repository that is not on GitHub, in Dutch', () => {
    expect(githubRepo('https://github.com/a/b.git')).toBe('a/b');
    expect(githubRepo('https://gitlab.com/a/b')).toBeUndefined();
    expect(() => decapConfig({...input(), repoUrl: 'https://gitlab.com/a/b'})).toThrow(
      /werkt met een GitHub-repository/,
    );
  });
});
