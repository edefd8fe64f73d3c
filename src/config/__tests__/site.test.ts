import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, canonicalUrl, siteLocation} from '../site';

describe('siteLocation', () => {
  it('defaults to the root of the default host', () => {
    expect(siteLocation({})).toEqual({url: DEFAULT_SITE_URL, baseUrl: '/'});
  });
  it('takes an intranet host and sub-path from the environment', () => {
    expect(siteLocation({SITE_URL: 'https://intranet.example.org/', BASE_URL: '/kennisbank'})).toEqual({
      url: 'https://intranet.example.org',
      baseUrl: '/kennisbank/',
    });
  });
  it('rejects a path in SITE_URL and says where it belongs', () => {
    expect(() => siteLocation({SITE_URL: 'https://intranet.example.org/kennisbank'})).toThrow(
      /BASE_URL=\/kennisbank\//,
    );
  });
  it('rejects a BASE_URL that is not a path', () => {
    expect(() => siteLocation({BASE_URL: 'kennisbank'})).toThrow(/moet een pad zijn/);
  });
  it('rejects a SITE_URL that is not a URL', () => {
    expect(() => siteLocation({SITE_URL: 'intranet'})).toThrow(/geen geldige URL/);
  });
});

describe('canonicalUrl', () => {
  it('is unset unless CANONICAL_URL is given, so a normal build changes nothing', () => {
    expect(canonicalUrl({})).toBeUndefined();
    expect(canonicalUrl({CANONICAL_URL: ' '})).toBeUndefined();
  });
  it('keeps the public base path and ends in a slash', () => {
    expect(canonicalUrl({CANONICAL_URL: 'https://kennisbank.example'})).toBe('https://kennisbank.example/');
    expect(canonicalUrl({CANONICAL_URL: 'https://example.org/kennisbank'})).toBe('https://example.org/kennisbank/');
  });
  it('refuses what is not the address of a site, in Dutch', () => {
    expect(() => canonicalUrl({CANONICAL_URL: 'kennisbank.example'})).toThrow(/geen geldige URL/);
    expect(() => canonicalUrl({CANONICAL_URL: 'ftp://kennisbank.example/'})).toThrow(/https:\/\//);
    expect(() => canonicalUrl({CANONICAL_URL: 'https://kennisbank.example/?a=1'})).toThrow(/geen \? of #/);
  });
});
