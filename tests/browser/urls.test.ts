/**
 * Links that never break: every URL in urls.json still resolves in the build
 * (as a page, file, anchor or client redirect). A new page never fails here:
 * the deploy workflow adds new URLs to urls.json. Reads the build only.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {readPublicFiles} from '../../src/urls/declared';
import {compareManifest, formatRemovals, readManifest} from '../../src/urls/manifest';
import {SITE} from '../lib/content';
import {BASE_URL, BUILD_DIR} from '../lib/site';

describe('urls.json', () => {
  it('every listed URL still works (a removed URL needs a redirect in src/config/redirects.ts)', () => {
    const manifest = readManifest(path.join(SITE, 'urls.json'));
    expect(manifest.length).toBeGreaterThan(50);
    // The files and anchors the plugins reported while building BUILD_DIR.
    const report = compareManifest(manifest, BUILD_DIR, readPublicFiles(SITE), BASE_URL);
    if (report.nieuw.length > 0)
      console.log(`Nieuwe URL's (de deploy zet ze in urls.json):\n${report.nieuw.map((u) => `  + ${u}`).join('\n')}`);
    expect(formatRemovals(report)).toEqual([]);
  });
});
