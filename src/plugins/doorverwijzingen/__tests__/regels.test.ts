import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {redirects} from '../../../config/redirects';
import {TEXTS} from '../index';
import {normalizeOptions} from '../options';
import {DEPLOY_REDIRECTS_FILE, deployRedirectsConf} from '../server/deploy';
import {
  expandRedirects,
  fallbackFile,
  fallbackPage,
  listProblems,
  netlifyRedirects,
  nginxRedirects,
} from '../server/regels';

const moved = [{from: ['/handleiding/oude-houding', '/houding'], to: '/handleiding/houding'}];

describe('the redirect list', () => {
  it('gives every locale every redirect', () => {
    expect(expandRedirects(moved, ['', '/en'])).toEqual([
      {from: '/handleiding/oude-houding', to: '/handleiding/houding'},
      {from: '/houding', to: '/handleiding/houding'},
      {from: '/en/handleiding/oude-houding', to: '/en/handleiding/houding'},
      {from: '/en/houding', to: '/en/handleiding/houding'},
    ]);
  });

  it('refuses, in Dutch, an entry that is not a page path, naming what a path looks like', () => {
    expect(() => normalizeOptions({redirects: [{from: 'handleiding/x', to: '/y'}]})).toThrow(
      /redirects\.0\.from.*\/handleiding\/houding/,
    );
    expect(() => normalizeOptions({redirects: [{from: '/x', to: '/y#anker'}]})).toThrow(/zonder \? of #/);
    expect(() => normalizeOptions({redirects: [{from: '/x/', to: '/y'}]})).toThrow(/zonder \/ erachter/);
    expect(() => normalizeOptions({redirects: [{from: '/x', naar: '/y'}]})).toThrow(/redirects\.0/);
  });

  it('finds a redirect to itself, a double entry and a chain', () => {
    expect(
      listProblems([
        {from: '/a', to: '/a'},
        {from: '/b', to: '/c'},
        {from: '/b', to: '/d'},
        {from: '/e', to: '/b'},
      ]),
    ).toEqual([
      '"/a" verwijst naar zichzelf.',
      '"/b" staat twee keer in de lijst (naar "/c" en naar "/d").',
      '"/e" verwijst naar "/b", dat zelf weer doorverwijst: laat "/e" meteen naar "/d" gaan.',
    ]);
  });
});

describe('nginx', () => {
  it('answers each old address with a 301 to the new one, query kept, below the base URL', () => {
    const conf = nginxRedirects(moved, '/kennisbank/', ['', '/en']);
    expect(conf).toContain(
      'location = /kennisbank/handleiding/oude-houding {\n    absolute_redirect off;\n    return 301 /kennisbank/handleiding/houding$is_args$args;\n}',
    );
    expect(conf).toContain(
      'location = /kennisbank/en/houding {\n    absolute_redirect off;\n    return 301 /kennisbank/en/handleiding/houding$is_args$args;\n}',
    );
    expect(conf.match(/^location/gm)).toHaveLength(4);
  });

  it('deploy/redirects.conf is up to date with src/config/redirects.ts (npm run redirects)', () => {
    const onDisk = fs.existsSync(DEPLOY_REDIRECTS_FILE) ? fs.readFileSync(DEPLOY_REDIRECTS_FILE, 'utf8') : '';
    expect(onDisk, 'deploy/redirects.conf is niet bijgewerkt: voer npm run redirects uit').toBe(
      deployRedirectsConf(redirects),
    );
  });

  it('deploy/nginx.conf includes it, from the folder it is told to live in', () => {
    const conf = fs.readFileSync(path.join(path.dirname(DEPLOY_REDIRECTS_FILE), 'nginx.conf'), 'utf8');
    expect(conf).toMatch(/^include kennisbank\/redirects\.conf;$/m);
  });
});

describe('Netlify _redirects', () => {
  const text = netlifyRedirects({
    list: moved,
    baseUrl: '/kennisbank/',
    localePrefixes: ['', '/en'],
    pages: ['/', '/handleiding', '/handleiding/houding'],
  });
  const rules = text
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split(/\s+/));

  it('has the bare sub-path, the moved pages and every page with a trailing slash, for every locale', () => {
    expect(rules).toContainEqual(['/kennisbank', '/kennisbank/', '301']);
    expect(rules).toContainEqual(['/kennisbank/en/houding', '/kennisbank/en/handleiding/houding', '301']);
    expect(rules).toContainEqual(['/kennisbank/handleiding/houding/', '/kennisbank/handleiding/houding', '301']);
    expect(rules).toContainEqual(['/kennisbank/en/handleiding/', '/kennisbank/en/handleiding', '301']);
  });

  it('never sends an address to itself or to a page that is not listed', () => {
    for (const [from, to, status] of rules) {
      expect(status).toBe('301');
      expect(from).not.toBe(to);
    }
    expect(rules.some(([from]) => from === '/kennisbank/')).toBe(false);
  });

  it('has no bare sub-path rule at the root', () => {
    expect(netlifyRedirects({list: [], baseUrl: '/', localePrefixes: [''], pages: ['/a']})).toMatch(
      /^\/a\/ {2}\/a {2}301$/m,
    );
    expect(netlifyRedirects({list: [], baseUrl: '/', localePrefixes: [''], pages: ['/a']}).split('\n')).not.toContain(
      '  /  301',
    );
  });
});

describe('the page left at an old address (hosts without server rules)', () => {
  const page = fallbackPage({
    to: '/kennisbank/handleiding/houding',
    canonical: 'https://k.example/kennisbank/handleiding/houding',
    lang: 'nl',
    title: TEXTS['kennisbank.doorverwijzing.titel'],
    text: TEXTS['kennisbank.doorverwijzing.tekst'],
    linkText: 'https://k.example/kennisbank/handleiding/houding',
    scriptSrc: '/kennisbank/doorverwijzing.js',
  });

  it('has no inline script (the CSP allows only files of the site) and its script runs before the refresh', () => {
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(page).not.toMatch(/\son[a-z]+=/);
    expect(
      page.indexOf('<script src="/kennisbank/doorverwijzing.js" data-naar="/kennisbank/handleiding/houding">'),
    ).toBeLessThan(page.indexOf('http-equiv="refresh"'));
  });

  it('still works without JavaScript and says where the page went, in the page language', () => {
    expect(page).toContain('<meta http-equiv="refresh" content="0; url=/kennisbank/handleiding/houding">');
    expect(page).toContain('<html lang="nl">');
    expect(page).toContain(
      '<a href="/kennisbank/handleiding/houding">https://k.example/kennisbank/handleiding/houding</a>',
    );
    expect(page).toContain('<meta name="robots" content="noindex">');
  });

  it('is written where nginx and static hosts look for the old address', () => {
    expect(fallbackFile('/handleiding/oude-houding')).toBe('handleiding/oude-houding.html');
  });

  it('has its English texts in i18n/en/code.json', () => {
    const code = JSON.parse(
      fs.readFileSync(path.resolve(__dirname, '../../../../i18n/en/code.json'), 'utf8'),
    ) as Record<string, {message: string}>;
    for (const [id, nl] of Object.entries(TEXTS)) {
      expect(code[id]?.message, `voeg "${id}" toe aan i18n/en/code.json`).toBeTruthy();
      expect(code[id]!.message).not.toBe(nl);
      expect(code[id]!.message.includes('{link}')).toBe(nl.includes('{link}'));
    }
  });
});
