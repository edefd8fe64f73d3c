import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {doelProblemen, readZoekvragen, ZOEKVRAGEN_DIR} from '../../../content/zoekvragen';
import {ContentError} from '../../../content/problems';
import {buildSearchIndex} from '../server/buildIndex';
import {ROOT, realSiteIndex} from '../../../../tests/lib/zoeken/realSite';

describe('the site’s reader questions', () => {
  it('read without problems, and every doel is a page or section of the current edition', () => {
    const {entries, problems} = readZoekvragen(ROOT);
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    // buildSearchIndex stops on a doel that does not exist (tested below); the real index builds.
    expect(() => realSiteIndex()).not.toThrow();
  });
});

describe('readZoekvragen on broken files', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zoekvragen-'));
  afterAll(() => fs.rmSync(dir, {recursive: true, force: true}));
  const read = (files: Record<string, string>) => {
    fs.rmSync(path.join(dir, ZOEKVRAGEN_DIR), {recursive: true, force: true});
    fs.mkdirSync(path.join(dir, ZOEKVRAGEN_DIR), {recursive: true});
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, ZOEKVRAGEN_DIR, name), text);
    return readZoekvragen(dir);
  };

  it('names file, line and field of a wrong entry, and keeps the good ones', () => {
    const r = read({
      'a.yml': [
        '- doel: voor-ouders/wat-kun-je-vragen#tips',
        '  vragen:',
        '    - mag ik de pleegouders appen',
        '- doel: /voor-ouders',
        '  vragen: [hulp voor ouders]',
        '- doel: voor-ouders',
        '  vraag: [hulp]',
      ].join('\n'),
    });
    expect(r.entries).toEqual([
      {
        doel: 'voor-ouders/wat-kun-je-vragen#tips',
        vragen: ['mag ik de pleegouders appen'],
        file: `${ZOEKVRAGEN_DIR}/a.yml`,
        line: 1,
      },
    ]);
    expect(r.problems.map((p) => `${p.file}:${p.line} ${p.field ?? ''} ${p.message}`)).toEqual([
      expect.stringMatching(/a\.yml:4 doel moet het adres van een pagina zijn zonder \/ ervoor/),
      expect.stringMatching(/a\.yml:6 vragen ontbreekt/),
      expect.stringMatching(/a\.yml:7 {2}onbekende velden: vraag/),
    ]);
  });

  it('refuses a doel in two files, naming where it already is', () => {
    const entry = '- doel: gouden-regels\n  vragen: [tips]\n';
    const r = read({'a.yml': entry, 'b.yml': `# kop\n${entry}`});
    expect(r.problems).toEqual([
      expect.objectContaining({
        file: `${ZOEKVRAGEN_DIR}/b.yml`,
        line: 2,
        field: 'doel',
        message: `"gouden-regels" staat al in ${ZOEKVRAGEN_DIR}/a.yml:1. Voeg de vragen samen onder één doel.`,
      }),
    ]);
  });

  it('names, for npm run check, a doel that is no page or no heading of its page', () => {
    const at = (doel: string, line: number) => ({doel, vragen: ['x'], file: 'z.yml', line});
    const pages = new Map<string, ReadonlySet<string> | null>([
      ['/voor-ouders', new Set(['tips', 'hulp'])],
      ['/kenniscafes/een', null],
    ]);
    expect(
      doelProblemen(
        [at('voor-ouders#tips', 1), at('voor-ouders#bellen', 2), at('weg', 3), at('kenniscafes/een#x', 4)],
        pages,
      ),
    ).toEqual([
      {
        file: 'z.yml',
        line: 2,
        field: 'doel',
        message: 'de pagina /voor-ouders heeft geen kop met id "bellen". Wel: tips, hulp.',
      },
      expect.objectContaining({line: 3, message: expect.stringMatching(/geen pagina met het adres \/weg/)}),
    ]);
  });

  it('says how to repair broken YAML', () => {
    const r = read({'a.yml': '- doel: gouden-regels\n  vragen: [tips\n'});
    expect(r.problems[0]).toMatchObject({
      file: `${ZOEKVRAGEN_DIR}/a.yml`,
      message: expect.stringMatching(/geen geldige YAML/),
    });
  });
});

describe('reader questions in the index', () => {
  const page = {
    path: 'voor-ouders/contact',
    title: 'Contact',
    type: 'ouders',
    body: 'Intro.\n\n## Op de hoogte blijven {#op-de-hoogte}\n\nKleine dingen delen.\n',
  };
  const build = (doel: string) =>
    buildSearchIndex({
      locale: 'nl',
      version: 'current',
      edition: 'E',
      pages: [page],
      zoekvragen: [{doel, vragen: ['mag ik de pleegouders appen', 'whatsapp met gezinshuis'], file: 'z.yml', line: 3}],
    });

  it('become extra words of their section, or of the page without an anchor', () => {
    const section = build('voor-ouders/contact#op-de-hoogte').sections.find((s) => s.a === 'op-de-hoogte');
    expect(section?.k.split(' ')).toEqual(expect.arrayContaining(['appen', 'whatsapp', 'pleegouders']));
    const index = build('voor-ouders/contact');
    expect(index.pages[0]?.k.split(' ')).toEqual(expect.arrayContaining(['appen', 'whatsapp']));
    expect(index.sections.some((s) => s.k.includes('appen'))).toBe(false);
  });

  it('stop the build on a doel that does not exist, naming file, line and the anchors the page has', () => {
    expect(() => build('voor-ouders/contact#bellen')).toThrow(ContentError);
    expect(() => build('voor-ouders/contact#bellen')).toThrow(
      /z\.yml:3.*doel.*de pagina \/voor-ouders\/contact heeft geen kop met id "bellen"\. Wel: op-de-hoogte\./s,
    );
    expect(() => build('voor-ouders/bestaat-niet')).toThrow(
      /er is geen pagina met het adres \/voor-ouders\/bestaat-niet/,
    );
  });
});
