/**
 * The everyday-words list (src/data/zoekwoorden.yml) reviewed like content:
 * its schema gives Dutch messages with file, line and field, and every word
 * an entry finds (`vindt`) really stands on the site, so no entry points
 * nowhere.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {readZoekwoorden, ZOEKWOORDEN_FILE} from '../../../content/zoekwoorden';
import {realPages, ROOT} from '../../../../tests/lib/zoeken/realSite';
import {words} from '../shared/normalize';

/** Every word readers can see on the site (titles, descriptions, page text), as the search folds it. */
function siteWords(): Set<string> {
  const out = new Set<string>();
  for (const p of realPages().pages) for (const w of words(`${p.title} ${p.description ?? ''} ${p.body}`)) out.add(w);
  return out;
}

/** The `vindt` words and phrases of each entry that do not stand on the site, with the entry's line. */
function pointingNowhere(entries: ReturnType<typeof readZoekwoorden>['entries'], site: Set<string>): string[] {
  return entries.flatMap((e) =>
    e.vindt
      .filter((v) => words(v).some((w) => !site.has(w)))
      .map((v) => `${ZOEKWOORDEN_FILE}:${e.line} — vindt "${v}": staat nergens op de site`),
  );
}

describe('zoekwoorden.yml', () => {
  const {entries, problems} = readZoekwoorden(ROOT);
  const site = siteWords();

  it('is valid and not empty', () => {
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(20);
  });
  it('every word an entry finds stands on the site', () => {
    expect(pointingNowhere(entries, site)).toEqual([]);
  });
  it('the check can fail: an entry that finds a word the site never uses is named with its line', () => {
    expect(pointingNowhere([{woorden: ['x'], vindt: ['spanning', 'qwertyuiop'], line: 7}], site)).toEqual([
      `${ZOEKWOORDEN_FILE}:7 — vindt "qwertyuiop": staat nergens op de site`,
    ]);
  });
});

describe('readZoekwoorden on broken lists', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zoekwoorden-'));
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const read = (yaml: string) => {
    fs.writeFileSync(path.join(dir, 'z.yml'), yaml);
    return readZoekwoorden(dir, 'z.yml');
  };

  it('names file, line and field of a wrong entry, and keeps the good ones', () => {
    const r = read(
      [
        '- woorden: [ruzie]',
        '  vindt: [spanning]',
        '- woorden: [Ruzie maken]',
        '  vindt: [spanning]',
        '- woorden: [appen]',
        '  vinden: [appje]',
      ].join('\n'),
    );
    expect(r.entries).toEqual([{woorden: ['ruzie'], vindt: ['spanning'], line: 1}]);
    expect(r.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          file: 'z.yml',
          line: 3,
          field: 'woorden.0',
          message: expect.stringMatching(/één woord/),
        }),
        expect.objectContaining({file: 'z.yml', line: 6, message: expect.stringMatching(/onbekende velden: vinden/)}),
        expect.objectContaining({file: 'z.yml', field: 'vindt', message: expect.stringMatching(/ontbreekt/)}),
      ]),
    );
  });
  it('refuses a stopword and a word in two entries', () => {
    const r = read(
      [
        '- woorden: [niet]',
        '  vindt: [spanning]',
        '- woorden: [ruzie]',
        '  vindt: [spanning]',
        '- woorden: [ruzie]',
        '  vindt: [conflict]',
      ].join('\n'),
    );
    expect(r.problems.map((p) => `${p.line} ${p.field} ${p.message}`)).toEqual([
      expect.stringMatching(/^1 woorden\.0 "niet" is een stopwoord/),
      expect.stringMatching(/^5 woorden\.0 "ruzie" staat al in het item op regel 3/),
    ]);
  });
  it('says how to repair broken YAML', () => {
    const r = read('- woorden: [ruzie\n  vindt: spanning]\n');
    expect(r.problems[0]).toMatchObject({file: 'z.yml', message: expect.stringMatching(/geen geldige YAML/)});
  });
});
