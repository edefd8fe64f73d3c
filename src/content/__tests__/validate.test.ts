import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {formatProblem, formatProblems, frontMatterLine, levenshtein, suggest, yamlLine} from '../problems';
import {loadContent} from '../validate';

const SITE = path.join(__dirname, '__fixtures__/site');
const found = (await loadContent(SITE)).problems;
const problems = found.map(formatProblem);

describe('validateSite on the fixture site', () => {
  it('accepts a complete page', () => {
    expect(problems.filter((p) => p.startsWith('docs/gesprekskaarten.md'))).toEqual([]);
  });

  it.each([
    [
      'a missing description',
      'docs/zonder-beschrijving.md:1 — veld "description": ontbreekt: voeg één zin toe die zegt wat de lezer op deze pagina vindt',
    ],
    [
      'an unknown source key',
      'docs/onbekende-bron.md:9 — veld "bronnen.1.bron": onbekende bron; kies een van: artikel-gezinshuis-ouders, kenniscafe-1, moduleserie-samenwerken, relationele-route-onderweg, richtlijn-en-route',
    ],
    [
      'a duplicate slug',
      'docs/goed.md:3 — veld "slug": "/goed" wordt al gebruikt door docs/dubbele-slug.md. Kies een slug die nog niet bestaat.',
    ],
    ['broken YAML', 'docs/kapotte-yaml.md:5 — de front matter is geen geldige YAML'],
    [
      'a page without front matter',
      'docs/zonder-front-matter.md:1 — de pagina begint niet met front matter: zet bovenaan een blok tussen twee regels "---"',
    ],
    [
      'a spanningsveld without thema',
      'docs/spanning.md:1 — veld "thema": ontbreekt: dit veld is verplicht voor dit soort pagina',
    ],
    [
      'an unknown werkblad, with a suggestion',
      'docs/spanning.md:8 — veld "werkbladen.0": werkblad "gesprekskaartjes" bestaat niet in deze editie. Bedoel je "gesprekskaarten"?',
    ],
    [
      'an unknown blog author, with a suggestion',
      'blog/2026-01-01-post.md:5 — veld "authors.0": "redaktie" bestaat niet. Voeg de auteur toe aan blog/authors.yml of gebruik een bestaande sleutel. Bedoel je "redactie"?',
    ],
    ['an unknown blog tag', 'blog/2026-01-01-post.md:6 — veld "tags.1": "onbekend" bestaat niet.'],
    [
      'an unknown citation key, with the file, the key and a suggestion',
      'docs/onbekende-literatuur.md:7 — veld "literatuur.0": "noordegraf2020" bestaat niet. Voeg de bron toe aan src/data/literatuur.json of gebruik een bestaande sleutel. Bedoel je "noordegraaf2020"?',
    ],
  ])('reports %s with file, line and field', (_what, expected) => {
    expect(problems.some((p) => p.startsWith(expected))).toBe(true);
  });

  it('reports all problems in one run, not only the first', () => {
    expect(problems.length).toBeGreaterThanOrEqual(9);
    expect(formatProblems(found)).toMatch(/^\d+ problemen in de inhoud gevonden:/);
  });
});

describe('frontMatterLine', () => {
  const raw = [
    '---',
    'id: a',
    'bronnen:',
    '  - bron: x',
    '  - bron: y',
    '    waar: p. 3',
    'title: t',
    '---',
    'body',
  ].join('\n');
  it.each([
    [['id'], 2],
    [['bronnen'], 3],
    [['bronnen', 1], 5],
    [['bronnen', 1, 'waar'], 6],
    [['title'], 7],
    [['ontbreekt'], 1],
  ] as const)('finds %j on line %i', (p, line) => {
    expect(frontMatterLine(raw, p)).toBe(line);
  });

  const tricky = [
    '---',
    'id: b',
    'beschrijving: |',
    '  title: dit is tekst in een blok, geen veld',
    '  - bron: ook geen lijst',
    'werkbladen: [een, twee]',
    '"title": echt # met commentaar',
    'bronnen:',
    '- bron: x',
    '',
    '- {bron: y, waar: "p. 3"}',
    '---',
  ].join('\r\n');
  it.each([
    [['title'], 7],
    [['werkbladen', 1], 6],
    [['bronnen', 1], 11],
    [['bronnen', 1, 'waar'], 11],
    [['bronnen', 5], 8],
    [['beschrijving', 'title'], 3],
  ] as const)('reads the YAML as YAML: %j on line %i (not inside a text block, quoted keys too)', (p, line) => {
    expect(frontMatterLine(tricky, p)).toBe(line);
  });

  it('reads a data file the same way (yamlLine), 0 when the field is missing', () => {
    expect(yamlLine('titel: a\nmaker: |\n  soort: b\nsoort: c\n', ['soort'])).toBe(4);
    expect(yamlLine('titel: a\n', ['soort'])).toBe(0);
    expect(yamlLine('niet: [een, mapping\n', ['niet'])).toBe(1);
  });
});

describe('suggest', () => {
  it('offers the nearest key within reach', () => {
    expect(suggest('gesprekskaartjes', ['gesprekskaarten', 'rolverheldering'])).toBe(' Bedoel je "gesprekskaarten"?');
  });
  it('offers nothing when nothing is close', () => {
    expect(suggest('xyz', ['gesprekskaarten'])).toBe('');
  });
  it('computes edit distance', () => {
    expect(levenshtein('ouder', 'ouders')).toBe(1);
    expect(levenshtein('', 'abc')).toBe(3);
  });
});
