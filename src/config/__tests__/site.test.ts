import {describe, expect, it} from 'vitest';
import {DEFAULT_SITE_URL, siteLocation} from '../site';

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
