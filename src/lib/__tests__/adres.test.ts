import {describe, expect, it} from 'vitest';
import {belowBase, canonicalFor, publicRoot, publicUrl, type SiteAddress} from '../adres';

const local: SiteAddress = {
  siteUrl: 'https://intranet.example.org',
  baseUrl: '/kennisbank/',
  locale: 'nl',
  defaultLocale: 'nl',
};
const localEn: SiteAddress = {...local, baseUrl: '/kennisbank/en/', locale: 'en'};
const copy: SiteAddress = {...local, canonicalUrl: 'https://kennisbank.example/'};
const copyEn: SiteAddress = {...localEn, canonicalUrl: 'https://kennisbank.example/'};

describe('publicRoot and publicUrl', () => {
  it('name the site itself without CANONICAL_URL', () => {
    expect(publicRoot(local)).toBe('https://intranet.example.org/kennisbank/');
    expect(publicUrl(localEn, '2024/handleiding/houding')).toBe(
      'https://intranet.example.org/kennisbank/en/2024/handleiding/houding',
    );
  });
  it('name the public site with CANONICAL_URL, the locale below its root', () => {
    expect(publicUrl(copy, '2024/handleiding/houding')).toBe('https://kennisbank.example/2024/handleiding/houding');
    expect(publicUrl(copyEn, '/handleiding')).toBe('https://kennisbank.example/en/handleiding');
    expect(publicRoot({...copy, canonicalUrl: 'https://example.org/kb'})).toBe('https://example.org/kb/');
  });
});

describe('belowBase', () => {
  it('strips the base URL, and knows the base itself with or without its slash', () => {
    expect(belowBase('/kennisbank/handleiding', '/kennisbank/')).toBe('handleiding');
    expect(belowBase('/kennisbank/', '/kennisbank/')).toBe('');
    expect(belowBase('/kennisbank', '/kennisbank/')).toBe('');
    expect(belowBase('/elders', '/kennisbank/')).toBeUndefined();
  });
});

describe('canonicalFor', () => {
  it('leaves an ordinary page of an ordinary build to Docusaurus', () => {
    expect(canonicalFor(local, '/kennisbank/handleiding/houding', '/2024')).toBeUndefined();
    expect(canonicalFor(local, '/kennisbank/2021/handleiding/houding', '/2024')).toBeUndefined();
  });
  it('names the current page for a pinned twin of the current edition', () => {
    expect(canonicalFor(local, '/kennisbank/2024/handleiding/houding', '/2024')).toBe(
      'https://intranet.example.org/kennisbank/handleiding/houding',
    );
    expect(canonicalFor(localEn, '/kennisbank/en/2024/handleiding', '/2024')).toBe(
      'https://intranet.example.org/kennisbank/en/handleiding',
    );
  });
  it('names the public site for every page of a copy, twins as their current page', () => {
    expect(canonicalFor(copy, '/kennisbank/', '/2024')).toBe('https://kennisbank.example/');
    expect(canonicalFor(copy, '/kennisbank/kenniscafes/x/', '/2024')).toBe('https://kennisbank.example/kenniscafes/x');
    expect(canonicalFor(copyEn, '/kennisbank/en/2024/handleiding/houding', '/2024')).toBe(
      'https://kennisbank.example/en/handleiding/houding',
    );
    expect(canonicalFor(copyEn, '/kennisbank/en/2021/handleiding', '/2024')).toBe(
      'https://kennisbank.example/en/2021/handleiding',
    );
  });
});
