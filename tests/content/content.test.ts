/**
 * Every published content file, one test each, so a failing contribution is
 * named in the test title with what to fix.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {collectContentFiles, formatProblem, loadSiteIndex, validateFile, validateSite} from '../../src/content/validate';

const SITE = path.resolve(__dirname, '../..');
const files = collectContentFiles(SITE);
const index = loadSiteIndex(SITE);

describe('content', () => {
  it('has content in every section', () => {
    const dirs = new Set(files.map((f) => f.file.split('/').slice(0, 2).join('/')));
    for (const d of ['docs/handleiding', 'docs/spanningsvelden', 'docs/onderzoek', 'docs/werkbladen', 'docs/begrippen', 'versioned_docs/version-2021']) {
      expect(dirs, d).toContain(d);
    }
  });

  it.each(files.map((f) => [f.file, f] as const))('%s has valid front matter', (_file, f) => {
    expect(validateFile(f, index).problems.map(formatProblem)).toEqual([]);
  });

  it('has no duplicate ids or slugs and no dangling references', () => {
    expect(validateSite(SITE, files).map(formatProblem)).toEqual([]);
  });
});
