/**
 * Links that never break: every URL in urls.json still resolves in the build
 * (as a page, file, anchor or client redirect), and every public URL of the
 * build is listed, so URL changes show up in review. Reads build/ only.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {compareManifest, formatManifestReport, readManifest} from '../../src/urls/manifest';
import {BASE_URL, BUILD_DIR} from '../lib/site';


describe('urls.json', () => {
  it('every listed URL still works and every public URL is listed (npm run urls after an intended change)', () => {
    const manifest = readManifest(path.resolve(__dirname, '../../urls.json'));
    expect(manifest.length).toBeGreaterThan(50);
    expect(formatManifestReport(compareManifest(manifest, BUILD_DIR, BASE_URL))).toEqual([]);
  });
});
