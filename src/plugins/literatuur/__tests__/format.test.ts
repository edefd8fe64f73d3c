import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkEntries, formatBibliography, linkUrls, readEntry, toBibtex, toRis, type CslEntry} from '../server/format';

const fixture = (name: string): unknown =>
  JSON.parse(fs.readFileSync(path.join(__dirname, '__fixtures__', name), 'utf8'));
const entries = checkEntries(fixture('literatuur.json'), 'literatuur.json');
const site = checkEntries(
  JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../data/literatuur.json'), 'utf8')),
  'src/data/literatuur.json',
);

describe('checkEntries', () => {
  it.each([
    ['dubbele-sleutel.json', 'de sleutel "a" komt twee keer voor'],
    ['zonder-id.json', 'publicatie nr. 1 heeft geen "id"'],
    ['zonder-type.json', 'publicatie "zondertype" heeft geen "type"'],
    ['geen-lijst.json', 'verwacht een lijst'],
  ])('rejects %s, naming the file and the entry', (name, message) => {
    expect(() => checkEntries(fixture(name), `src/data/${name}`)).toThrow(`src/data/${name}: ${message}`);
  });
});

describe('formatBibliography (APA)', () => {
  const {entries: out} = formatBibliography(entries);
  const byId = Object.fromEntries(out.map((e) => [e.id, e]));

  it('formats every entry once', () => {
    expect(out.map((e) => e.id).sort()).toEqual(['huefner2010', 'noordegraaf2020', 'rapport']);
  });

  it('writes an APA reference with italic journal and volume and a DOI link', () => {
    expect(byId.noordegraaf2020!.text).toBe(
      'Noordegraaf, M., & Schep, E. (2020). Een relationele route tot gedeeld opvoederschap. Journal of Social Intervention: Theory and Practice, 29(6), 21–42. https://doi.org/10.18352/jsi.635',
    );
    expect(byId.noordegraaf2020!.html).toContain(
      '<i>Journal of Social Intervention: Theory and Practice</i>, <i>29</i>',
    );
    expect(byId.noordegraaf2020!.html).toContain(
      '<a href="https://doi.org/10.18352/jsi.635">https://doi.org/10.18352/jsi.635</a>',
    );
    expect(byId.noordegraaf2020!.doi).toBe('10.18352/jsi.635');
  });

  it('escapes markup in the data', () => {
    expect(byId.rapport!.html).not.toContain('<met>');
    expect(byId.rapport!.html).toContain('&#60;met&#62;');
  });

  it('gives the text a reader sees, every entity decoded', () => {
    expect(byId.rapport!.text).toBe('Rapport <met> & tekens. (n.d.). Retrieved https://example.org/rapport.pdf');
  });

  it('keeps note, bron and context for the full list', () => {
    expect(byId.huefner2010).toMatchObject({
      note: 'titel niet vermeld in de bronnen',
      bron: 'artikel-gezinshuis-ouders',
    });
  });

  it('formats the whole site bibliography, DOI entries with a DOI link', () => {
    const all = formatBibliography(site).entries;
    expect(all).toHaveLength(site.length);
    for (const e of site.filter((x) => x.DOI)) {
      expect(all.find((x) => x.id === e.id)!.html).toContain(`href="https://doi.org/${e.DOI}"`);
    }
    // citation-js loads its CSL engine on first use: slow on a busy machine, not a timing test.
  }, 60_000);
});

describe('readEntry', () => {
  it('keeps the markup inside the csl-entry wrapper byte for byte, and reads its text', () => {
    expect(readEntry('\n  <div class="csl-entry" data-csl-entry-id="a"><i>A &#38; B</i>, p.&#160;3</div>\n')).toEqual({
      inner: '<i>A &#38; B</i>, p.&#160;3',
      text: 'A & B, p.\u00a03',
    });
  });
  it('takes markup without a wrapper as it is', () => {
    expect(readEntry('Huefner. (2010).')).toEqual({inner: 'Huefner. (2010).', text: 'Huefner. (2010).'});
  });
});

describe('linkUrls', () => {
  it('links URLs without swallowing the full stop after them', () => {
    expect(linkUrls('Zie https://doi.org/10.1/x.')).toBe(
      'Zie <a href="https://doi.org/10.1/x">https://doi.org/10.1/x</a>.',
    );
  });
  it('leaves text without URLs alone', () => {
    expect(linkUrls('Huefner. (2010).')).toBe('Huefner. (2010).');
  });
});

describe('exports', () => {
  const keysAndDois = (list: CslEntry[]) => list.map((e) => [e.id, e.DOI] as const);

  it.each(keysAndDois(site))('BibTeX has the site key %s (and its DOI)', (id, doi) => {
    const bib = toBibtex(site);
    expect(bib).toMatch(new RegExp(`^@\\w+\\{${id},$`, 'm'));
    if (doi) expect(bib).toContain(`doi = {${doi}}`);
  });

  it.each(keysAndDois(site))('RIS has the site key %s (and its DOI)', (id, doi) => {
    const ris = toRis(site);
    expect(ris).toMatch(new RegExp(`^ID  - ${id}$`, 'm'));
    if (doi) expect(ris).toMatch(new RegExp(`^DO  - ${doi.replace(/\./g, '\\.')}$`, 'm'));
  });

  it('has one record per entry in both formats', () => {
    expect(toBibtex(site).match(/^@\w+\{/gm)).toHaveLength(site.length);
    expect(toRis(site).match(/^ER {2}- /gm)).toHaveLength(site.length);
  });
});
