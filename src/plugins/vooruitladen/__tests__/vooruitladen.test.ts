import fs from 'node:fs';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import vooruitladenPlugin from '../index';
import {DEFAULT_OPTIONS} from '../options';
import {internalRoute} from '../client/route';

const a = (href: string, attrs: Record<string, string> = {}) => ({
  href,
  target: attrs.target ?? '',
  hasAttribute: (name: string) => name in attrs,
});
const here = {origin: 'https://kennisbank.example'};

describe('internalRoute (what keyboard focus preloads)', () => {
  it('gives the path of a page of this site under the base URL', () => {
    expect(internalRoute(a('https://kennisbank.example/handleiding/houding#kenmerken'), here, '/')).toBe(
      '/handleiding/houding',
    );
    expect(internalRoute(a('https://kennisbank.example/kb/begrippen'), here, '/kb/')).toBe('/kb/begrippen');
  });

  it('skips other hosts, paths outside the base URL, files, downloads and new tabs', () => {
    expect(internalRoute(a('https://github.com/OWNER/REPO/issues/new'), here, '/')).toBeUndefined();
    expect(internalRoute(a('https://kennisbank.example/elders'), here, '/kb/')).toBeUndefined();
    expect(internalRoute(a('https://kennisbank.example/kenniscafes/rss.xml'), here, '/')).toBeUndefined();
    expect(internalRoute(a('https://kennisbank.example/werkbladen/x', {download: ''}), here, '/')).toBeUndefined();
    expect(internalRoute(a('https://kennisbank.example/over', {target: '_blank'}), here, '/')).toBeUndefined();
  });
});

describe('vooruitladen plugin', () => {
  it('adds its client module, which exists', () => {
    const modules = vooruitladenPlugin({} as LoadContext, DEFAULT_OPTIONS).getClientModules!() as string[];
    expect(modules).toHaveLength(1);
    expect(fs.existsSync(modules[0]!)).toBe(true);
  });
});
