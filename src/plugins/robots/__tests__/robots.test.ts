import {describe, expect, it} from 'vitest';
import {robotsTxt} from '../server/robotsTxt';

describe('robotsTxt', () => {
  it('allows everything and names the sitemap of every locale by full URL', () => {
    expect(robotsTxt('https://kennisbank.example', '/', ['', '/en'])).toBe(
      'User-agent: *\nAllow: /\n\nSitemap: https://kennisbank.example/sitemap.xml\nSitemap: https://kennisbank.example/en/sitemap.xml\n',
    );
  });
  it('follows the base URL of a copy on a sub-path', () => {
    expect(robotsTxt('https://intranet.example.org/', '/kennisbank/', [''])).toContain(
      'Sitemap: https://intranet.example.org/kennisbank/sitemap.xml',
    );
  });
});
