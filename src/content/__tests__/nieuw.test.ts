import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkInput, kebab, NIEUW_TYPE_KEYS, scaffold, uniqueSlug} from '../nieuw';
import {checkSite} from '../check';
import {classify} from '../frontMatter';
import {formatProblem, isError} from '../problems';
import {collectContentFiles} from '../validate';
import {loadSiteData} from '../siteData';

const SITE = path.resolve(__dirname, '../../..');
const {files} = collectContentFiles(SITE);

/** Everything npm run check would say about one new file added to the real site. */
async function checkNew(file: string, raw: string): Promise<string[]> {
  const {problems} = await checkSite(SITE, {}, {files: [...files, {file, raw, ...classify(file)!}], problems: []});
  return problems.filter((p) => p.file === file && isError(p)).map(formatProblem);
}

describe('kebab and uniqueSlug', () => {
  it('makes a URL-safe slug from a Dutch title', () => {
    expect(kebab('Kenniscafé 2: Ouders aan tafel!')).toBe('kenniscafe-2-ouders-aan-tafel');
    expect(kebab('  Gezinshuis — ouders & "opvoeders"  ')).toBe('gezinshuis-ouders-opvoeders');
  });
  it('writes ligatures and compatibility forms as plain letters and digits', () => {
    expect(kebab('Eﬃciënt ĳsje in ２ stappen²')).toBe('efficient-ijsje-in-2-stappen2');
  });
  it('adds -2, -3 … when the slug is taken', () => {
    expect(uniqueSlug('a', new Set(['a', 'a-2']))).toBe('a-3');
    expect(uniqueSlug('b', new Set(['a']))).toBe('b');
  });
});

describe('checkInput', () => {
  it('reports every wrong flag at once, in Dutch, with suggestions', () => {
    expect(
      checkInput(
        {type: 'kenniscafe', titel: 'Kc', auteur: 'redaktie', tags: ['kenniscafee'], bron: 'kenniscafe1'},
        SITE,
      ),
    ).toEqual([
      '--titel is te kort: geef een titel van minstens 3 tekens.',
      // The list is every source file's key: new sources (web pages among them) join it.
      `--bron "kenniscafe1" is geen bekende bron. Kies een van: ${loadSiteData(SITE)
        .data.bronnen.map((b) => b.key)
        .join(
          ', ',
        )} (een nieuwe bron zet je eerst in src/data/bronnen/, één bestand per bron). Bedoel je "kenniscafe-1"?`,
      '--tags: "kenniscafee" staat niet in blog/tags.yml. Voeg hem daar eerst toe of kies een bestaande tag. Bedoel je "kenniscafe"?',
      '--auteur "redaktie" staat niet in blog/authors.yml. Voeg de auteur daar eerst toe of kies een bestaande. Bedoel je "redactie"?',
    ]);
  });
});

/** What a contributor does next: replace every [placeholder] of the template with own words. */
const fillIn = (content: string) =>
  content.replace(/(?<!\[)\[[A-ZÉ][^[\]\n]*\](?![(\]])/g, 'Een korte zin in eigen woorden');

describe('scaffold', () => {
  it.each(NIEUW_TYPE_KEYS)(
    'a new %s asks only for its template text to be filled in, and passes npm run check once it is',
    async (type) => {
      const blog = type === 'kenniscafe';
      const result = scaffold(
        {
          type,
          titel: 'Samen aan tafel',
          auteur: blog ? 'redactie' : undefined,
          tags: blog ? ['kenniscafe'] : ['contact'],
          bron: 'kenniscafe-1',
        },
        SITE,
        files,
        new Date(Date.UTC(2026, 11, 1)),
      );
      const fresh = await checkNew(result.file, result.content);
      expect(fresh.length).toBeGreaterThan(0);
      expect(fresh.filter((m) => !m.endsWith('[sjabloon]'))).toEqual([]);
      expect(await checkNew(result.file, fillIn(result.content))).toEqual([]);
    },
    120_000,
  );

  it('never reuses a slug that exists', () => {
    const r = scaffold(
      {type: 'spanningsveld', titel: 'Afstand en nabijheid', tags: ['contact'], bron: 'kenniscafe-1'},
      SITE,
      files,
    );
    expect(r.slug).toBe('/spanningsvelden/afstand-en-nabijheid-2');
    expect(r.file).toBe('docs/spanningsvelden/afstand-en-nabijheid-2.md');
  });
});

describe('npm run nieuw with flags (no prompts)', () => {
  const run = (args: string[]) =>
    execFileSync(
      process.execPath,
      [path.join(SITE, 'node_modules/tsx/dist/cli.mjs'), path.join(SITE, 'scripts/nieuw.ts'), ...args],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );

  it('writes a kenniscafé that passes the check once its template text is filled in', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nieuw-'));
    const stdout = run([
      '--type',
      'kenniscafe',
      '--titel',
      'Kenniscafé 2: Ouders aan tafel',
      '--auteur',
      'redactie',
      '--tags',
      'kenniscafe,samenwerken-met-ouders',
      '--bron',
      'kenniscafe-1',
      '--datum',
      '2026-12-01',
      '--uitvoer',
      out,
    ]);
    const file = 'blog/2026-12-01-kenniscafe-2-ouders-aan-tafel.md';
    expect(stdout).toContain(`Nieuw bestand: ${file}`);
    expect(await checkNew(file, fillIn(fs.readFileSync(path.join(out, file), 'utf8')))).toEqual([]);
  }, 120_000);

  it('writes a begrip with the glossary fields that passes the check once filled in', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'nieuw-'));
    run([
      '--type',
      'begrip',
      '--titel',
      'Voorbeeldbegrip',
      '--bron',
      'kenniscafe-1',
      '--tags',
      'contact',
      '--uitvoer',
      out,
    ]);
    const file = 'docs/begrippen/voorbeeldbegrip.md';
    const raw = fs.readFileSync(path.join(out, file), 'utf8');
    expect(raw).toMatch(/^term: "?voorbeeldbegrip"?$/m);
    expect(await checkNew(file, fillIn(raw))).toEqual([]);
  }, 120_000);

  it('fails with the missing flags named when it cannot ask', () => {
    let err = '';
    try {
      run(['--type', 'begrip']);
    } catch (e) {
      err = String((e as {stderr: string}).stderr);
    }
    expect(err).toContain('Ontbrekend: --titel, --bron, --tags.');
  }, 120_000);
});

describe('npm run nieuw -- --help', () => {
  it('explains every option in Dutch', () => {
    const out = execFileSync(
      process.execPath,
      [path.join(SITE, 'node_modules/tsx/dist/cli.mjs'), path.join(SITE, 'scripts/nieuw.ts'), '--help'],
      {encoding: 'utf8'},
    );
    for (const flag of [
      '--type',
      '--titel',
      '--bron',
      '--tags',
      '--auteur',
      '--doelgroep',
      '--beschrijving',
      '--datum',
    ])
      expect(out).toContain(flag);
    expect(out).toContain('begin een nieuwe bijdrage vanuit een sjabloon');
    expect(out).not.toMatch(/\b(the|with|without|write)\b/);
  }, 60_000);
});
