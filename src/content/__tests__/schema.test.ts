/**
 * The front-matter schema of each structured content type, on one valid and
 * several invalid fixtures (__fixtures__/schema/<type>.<case>.md). Each invalid
 * fixture must fail on the field it is about, with a Dutch message.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {frontMatterData, parseMarkdown} from '../markdown';
import {contentSchemas} from '../schema';
import {loadSiteData} from '../siteData';

const DIR = path.join(__dirname, '__fixtures__/schema');
const schemas = contentSchemas(loadSiteData(path.resolve(__dirname, '../../..')).data.bronnen.map((b) => b.key));
const load = (name: string) => frontMatterData(parseMarkdown(fs.readFileSync(path.join(DIR, name), 'utf8'), 'md'));
const check = (type: string, data: Record<string, unknown>) =>
  (type === 'blog' ? schemas.blog : schemas.doc(type)).safeParse(data);

const TYPES = ['spanningsveld', 'handleiding', 'onderzoek', 'blog'] as const;

const invalid: [type: string, fixture: string, field: string, message: RegExp][] = [
  ['spanningsveld', 'zonder-doelgroep', 'doelgroep', /./],
  ['spanningsveld', 'onbekende-doelgroep', 'doelgroep.0', /kies uit: ouders, opvoeders, professionals, organisatie/],
  ['spanningsveld', 'thema-met-hoofdletters', 'thema.0', /onbekend thema .*kies uit: contact, draagkracht/],
  ['handleiding', 'zonder-bronnen', 'bronnen', /noem minstens één bron/],
  ['handleiding', 'slug-zonder-slash', 'slug', /moet beginnen met "\/"/],
  ['handleiding', 'sinds2021-te-kort', 'sinds2021', /./],
  ['onderzoek', 'literatuur-geen-lijst', 'literatuur', /./],
  ['onderzoek', 'bron-met-onbekend-veld', 'bronnen.0', /./],
  ['onderzoek', 'beschrijving-te-kort', 'description', /te kort/],
  ['onderzoek', 'kort-gezegd-te-kort', 'kort_gezegd', /^is te kort: schrijf 3 tot 5 korte zinnen \(nu 2\)$/],
  ['onderzoek', 'kort-gezegd-te-lang', 'kort_gezegd', /^is te lang: houd het bij 3 tot 5 korte zinnen \(nu 6\)/],
  ['onderzoek', 'kort-gezegd-geen-tekst', 'kort_gezegd', /3 tot 5 korte zinnen/],
  ['blog', 'zonder-auteurs', 'authors', /blog\/authors\.yml/],
  ['blog', 'slug-met-spatie', 'slug', /kleine letters/],
  ['blog', 'lege-tags', 'tags', /blog\/tags\.yml/],
];

describe('content-type schemas', () => {
  it('has a valid fixture and at least three invalid ones per type', () => {
    const files = fs.readdirSync(DIR);
    for (const t of TYPES) {
      expect(files, t).toContain(`${t}.geldig.md`);
      expect(files.filter((f) => f.startsWith(`${t}.`) && f !== `${t}.geldig.md`).length, t).toBeGreaterThanOrEqual(3);
    }
    // every invalid fixture on disk is listed above, so none is silently untested
    const listed = new Set(invalid.map(([t, f]) => `${t}.${f}.md`));
    expect(files.filter((f) => !f.endsWith('.geldig.md') && !listed.has(f))).toEqual([]);
  });

  it.each(TYPES)('accepts the valid %s fixture', (type) => {
    const result = check(type, load(`${type}.geldig.md`));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(invalid)('rejects %s fixture "%s" on field %s', (type, fixture, field, message) => {
    const result = check(type, load(`${type}.${fixture}.md`));
    expect(result.success).toBe(false);
    const issue = result.error!.issues.find((i) => i.path.join('.') === field);
    expect(
      issue,
      `geen fout op "${field}": ${JSON.stringify(result.error!.issues.map((i) => i.path.join('.')))}`,
    ).toBeDefined();
    expect(issue!.message).toMatch(message);
  });

  it('is stricter for a spanningsveld than for an info page', () => {
    const data = load('spanningsveld.zonder-doelgroep.md');
    expect(check('spanningsveld', data).success).toBe(false);
    expect(check('info', {...data, type: 'info'}).success).toBe(true);
  });
});
