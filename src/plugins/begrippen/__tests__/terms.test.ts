import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {editionOfFile} from '../../../content/editions';
import {buildGlossary, normalise} from '../../../content/glossary';
import {formatProblem} from '../../../content/problems';
import {checkSite} from '../../../content/check';
import {normalizeOptions, DEFAULT_OPTIONS} from '../options';
import {fixtures, termsOf} from './helpers';

const goed = await fixtures('goed');
const slecht = await fixtures('slecht');
const glossaryMessages = (list: typeof goed) =>
  buildGlossary(list.filter((x) => x.problems.length === 0).map((x) => x.source)).problems.map(formatProblem);
const schemaMessages = (name: string) =>
  slecht.find((x) => x.file.endsWith(`/${name}.md`))!.problems.map(formatProblem);

describe('begrip schema (front matter of one term file)', () => {
  it.each(goed.map((x) => [x.file, x] as const))('%s is valid', (_f, x) => {
    expect(x.problems).toEqual([]);
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

  it('rejects a slug that does not match the file', () => {
    expect(schemaMessages('verkeerde-slug').join('\n')).toMatch(/veld "slug": moet "\/begrippen\/verkeerde-slug" zijn/);
  });
});

describe('buildGlossary (the glossary of one edition)', () => {
  it('takes every term and sorts A–Z', () => {
    const terms = termsOf(goed);
    expect(terms.map((t) => t.id)).toEqual(['gezinshuis', 'gezinshuisouder', 'sensitief-begrenzen']);
    expect(terms[1]).toMatchObject({
      term: 'gezinshuisouder',
      permalink: '/begrippen/gezinshuisouder',
      aliases: ['gezinshuisouders', 'gezinshuismoeder', 'gezinshuisvader'],
      verwant: ['gezinshuis'],
      engels: 'english term',
    });
  });

  it('prefixes the permalink with the edition path', async () => {
    expect(termsOf(await fixtures('goed', '2021'))[0]!.permalink).toBe('/2021/begrippen/gezinshuis');
  });

  it('reports a duplicate alias, naming both terms', () => {
    expect(glossaryMessages(slecht)).toContainEqual(
      expect.stringMatching(
        /slecht\/gezinshuisouder\.md:\d+ — veld "aliases\.1": "gezinshuismoeder" hoort al bij begrip "dubbele-alias"/,
      ),
    );
  });

  it('reports an unknown related term with the nearest existing one', () => {
    const all = [...goed.filter((x) => !x.file.endsWith('gezinshuisouder.md')), ...slecht];
    expect(glossaryMessages(all)).toContainEqual(
      expect.stringMatching(
        /veld "verwant\.0": verwant begrip "gezinshuisoudr" bestaat niet in deze editie\. Bedoel je "gezinshuisouder"\?/,
      ),
    );
  });

  it('reports the same word twice in one term', () => {
    const x = goed[1]!;
    const source = {
      ...x.source,
      raw: x.source.raw!.replace('aliases: [', 'aliases: [Gezinshuisouder, '),
      data: {...x.source.data, aliases: ['Gezinshuisouder', ...(x.source.data.aliases as string[])]},
    };
    expect(buildGlossary([source]).problems.map(formatProblem)).toContainEqual(
      expect.stringMatching(/veld "aliases\.0": "Gezinshuisouder" staat dubbel bij begrip "gezinshuisouder"/),
    );
  });

  it('finds a term by term, alias and id, ignoring case and extra spaces', () => {
    const {lookup} = buildGlossary(goed.map((x) => x.source));
    expect(lookup.get(normalise('Gezinshuisvader'))?.id).toBe('gezinshuisouder');
    expect(lookup.get(normalise('SENSITIEF   begrensd'))?.id).toBe('sensitief-begrenzen');
    expect(lookup.get(normalise('sensitief-begrenzen'))?.id).toBe('sensitief-begrenzen');
    expect(lookup.get(normalise('ouder'))).toBeUndefined();
  });

  it('knows the edition of a file from its path', () => {
    expect(editionOfFile('docs/handleiding/houding.md')).toBe('current');
    expect(editionOfFile('versioned_docs/version-2021/handleiding/houding.md')).toBe('2021');
    expect(editionOfFile('/x/i18n/en/docusaurus-plugin-content-docs/version-2021/a.md')).toBe('2021');
    expect(editionOfFile('/x/i18n/en/docusaurus-plugin-content-docs/current/a.md')).toBe('current');
  });
});

describe('options', () => {
  it('validates its options, naming unknown and removed ones', () => {
    expect(normalizeOptions({id: 'default'})).toEqual(DEFAULT_OPTIONS);
    expect(() => normalizeOptions({routePrefix: '/begrippen'})).toThrow(
      /optie "routePrefix" bestaat niet meer: de URL van een begrip ligt vast/,
    );
    expect(() => normalizeOptions({onbekend: 1})).toThrow(
      /\[begrippen\] De opties in docusaurus.config.ts kloppen niet:\n {2}✗ onbekende optie "onbekend"/,
    );
  });
});

const {site} = await checkSite(path.resolve(__dirname, '../../../..'));

describe('the glossary of this site', () => {
  it('loads without problems', () => {
    expect([...site.glossaries.values()].flatMap((g) => g.problems).map(formatProblem)).toEqual([]);
  });

  it('has at least 30 terms in the current edition and a pilot subset in 2021', () => {
    const current = site.glossaries.get('current')!.terms;
    const pilot = site.glossaries.get('2021')!.terms;
    expect(current.length).toBeGreaterThanOrEqual(30);
    expect(pilot.length).toBeGreaterThan(0);
    const ids = new Set(current.map((t) => t.id));
    for (const t of pilot) {
      expect(ids, `2021-begrip ${t.id} bestaat ook in de huidige editie`).toContain(t.id);
      expect(t.permalink).toBe(`/2021/begrippen/${t.id}`);
    }
  });
});
