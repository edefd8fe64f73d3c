import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatProblem, loadSiteIndex, validateFile} from '../../../content/validate';
import {buildTerms, loadSiteTerms, normalise, readTermSources, termLookup, versionOfFile} from '../terms';
import {DEFAULT_OPTIONS, validateOptions} from '../options';

const FIXTURES = path.join(__dirname, '__fixtures__');
const SITE = path.resolve(__dirname, '../../../..');
const index = loadSiteIndex(SITE);
const goed = readTermSources(FIXTURES, 'goed');
const slecht = readTermSources(FIXTURES, 'slecht');
const messages = (sources: typeof goed) => buildTerms(sources, DEFAULT_OPTIONS).problems.map(formatProblem);
const schemaMessages = (name: string) => {
  const src = slecht.find((s) => s.file.endsWith(`/${name}.md`))!;
  return validateFile({...src, kind: 'doc', tree: 'current'}, index).problems.map(formatProblem);
};

describe('begrip schema (front matter of one term file)', () => {
  it.each(goed.map((s) => [s.file, s] as const))('%s is valid', (_f, src) => {
    expect(validateFile({...src, kind: 'doc', tree: 'current'}, index).problems).toEqual([]);
  });

  it('rejects a term without definitie, naming file and field', () => {
    expect(schemaMessages('zonder-definitie')).toEqual([
      expect.stringMatching(/^slecht\/zonder-definitie\.md:\d+ — veld "definitie": ontbreekt: geef een korte uitleg/),
    ]);
  });

  it('rejects a term without bronnen', () => {
    expect(schemaMessages('zonder-bronnen').join('\n')).toMatch(/veld "bronnen": ontbreekt: noem minstens één bron/);
  });

  it('rejects a definitie that is too long, a missing English term and a verwant that is no id', () => {
    const m = schemaMessages('te-lang').join('\n');
    expect(m).toMatch(/veld "definitie": is te lang/);
    expect(m).toMatch(/veld "engels": ontbreekt: geef het Engelse woord/);
    expect(m).toMatch(/veld "verwant\.0": moet bestaan uit kleine letters/);
  });
});

describe('buildTerms (the glossary of one edition)', () => {
  it('reads every term file, skips the A–Z page and sorts A–Z', () => {
    const {terms, problems} = buildTerms(goed, DEFAULT_OPTIONS);
    expect(problems).toEqual([]);
    expect(terms.map((t) => t.id)).toEqual(['gezinshuis', 'gezinshuisouder', 'sensitief-begrenzen']);
    expect(terms[1]).toMatchObject({
      term: 'gezinshuisouder',
      permalink: '/begrippen/gezinshuisouder',
      aliases: ['gezinshuisouders', 'gezinshuismoeder', 'gezinshuisvader'],
      verwant: ['gezinshuis'],
      engels: 'english term',
    });
  });

  it('prefixes the permalink with the edition path', () => {
    expect(buildTerms(goed, DEFAULT_OPTIONS, '/2021').terms[0]!.permalink).toBe('/2021/begrippen/gezinshuis');
  });

  it('reports a duplicate alias, naming both terms', () => {
    expect(messages(slecht)).toContainEqual(
      expect.stringMatching(/slecht\/gezinshuisouder\.md:\d+ — veld "aliases\.1": "gezinshuismoeder" hoort al bij begrip "dubbele-alias"/),
    );
  });

  it('reports an unknown related term with the nearest existing one', () => {
    const all = [...goed.filter((s) => !s.file.endsWith('gezinshuisouder.md')), ...slecht];
    expect(messages(all)).toContainEqual(
      expect.stringMatching(/veld "verwant\.0": verwant begrip "gezinshuisoudr" bestaat niet in deze editie \(slecht\/\)\. Bedoel je "gezinshuisouder"\?/),
    );
  });

  it('reports missing definitie and bronnen and a slug that does not match the file', () => {
    const m = messages(slecht).join('\n');
    expect(m).toMatch(/zonder-definitie\.md:\d+ — veld "definitie": ontbreekt bij begrip "zonder-definitie"/);
    expect(m).toMatch(/zonder-bronnen\.md:\d+ — veld "bronnen": ontbreekt bij begrip "zonder-bronnen"/);
    expect(m).toMatch(/verkeerde-slug\.md:\d+ — veld "slug": moet "\/begrippen\/verkeerde-slug" zijn/);
  });

  it('reports the same word twice in one term', () => {
    const src = goed[1]!;
    const raw = src.raw.replace('aliases: [', 'aliases: [Gezinshuisouder, ');
    expect(messages([{...src, raw}])).toContainEqual(
      expect.stringMatching(/veld "aliases\.0": "Gezinshuisouder" staat dubbel bij begrip "gezinshuisouder"/),
    );
  });
});

describe('lookup helpers', () => {
  it('finds a term by term, alias and id, ignoring case and extra spaces', () => {
    const lookup = termLookup(buildTerms(goed, DEFAULT_OPTIONS).terms);
    expect(lookup.get(normalise('Gezinshuisvader'))?.id).toBe('gezinshuisouder');
    expect(lookup.get(normalise('SENSITIEF   begrensd'))?.id).toBe('sensitief-begrenzen');
    expect(lookup.get(normalise('sensitief-begrenzen'))?.id).toBe('sensitief-begrenzen');
    expect(lookup.get(normalise('ouder'))).toBeUndefined();
  });

  it('knows the edition of a file from its path', () => {
    expect(versionOfFile('docs/handleiding/houding.md')).toBe('current');
    expect(versionOfFile('versioned_docs/version-2021/handleiding/houding.md')).toBe('2021');
    expect(versionOfFile('/x/i18n/en/docusaurus-plugin-content-docs/version-2021/a.md')).toBe('2021');
    expect(versionOfFile('/x/i18n/en/docusaurus-plugin-content-docs/current/a.md')).toBe('current');
  });

  it('validates its options', () => {
    expect(validateOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
    expect(() => validateOptions({routePrefix: 'begrippen/'})).toThrow(/routePrefix moet beginnen met "\/"/);
    expect(() => validateOptions({onbekend: 1})).toThrow(/Ongeldige opties voor de begrippen-plugin/);
  });
});

describe('the glossary of this site', () => {
  const {versions, problems} = loadSiteTerms(SITE, DEFAULT_OPTIONS);

  it('loads without problems', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('has at least 30 terms in the current edition and a pilot subset in 2021', () => {
    expect(versions.current!.length).toBeGreaterThanOrEqual(30);
    const current = new Set(versions.current!.map((t) => t.id));
    expect(versions['2021']!.length).toBeGreaterThan(0);
    for (const t of versions['2021']!) {
      expect(current, `2021-begrip ${t.id} bestaat ook in de huidige editie`).toContain(t.id);
      expect(t.permalink).toBe(`/2021/begrippen/${t.id}`);
    }
  });
});
