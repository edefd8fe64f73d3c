/**
 * Every published content file passes the whole content check — the same check
 * as `npm run check` and the build — one test per file, so a failing
 * contribution is named in the test title with what to fix.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {checkSite} from '../../src/content/check';
import {formatProblem, isError} from '../../src/content/problems';

const SITE = path.resolve(__dirname, '../..');
// Warnings (readability figures of pages that may be harder than B1) are shown by npm run check, not failed here.
const {site, problems: all} = await checkSite(SITE);
const problems = all.filter(isError);
const files = new Set(site.pages.map((p) => p.file));

describe('content', () => {
  it('has content in every section', () => {
    const dirs = new Set([...files].map((f) => f.split('/').slice(0, 2).join('/')));
    for (const d of [
      'docs/handleiding',
      'docs/spanningsvelden',
      'docs/onderzoek',
      'docs/werkbladen',
      'docs/begrippen',
      'versioned_docs/version-2021',
      'blog',
    ]) {
      expect(
        [...dirs].some((x) => x.startsWith(d)),
        d,
      ).toBe(true);
    }
  });

  it.each([...files])('%s passes the content check', (file) => {
    expect(problems.filter((p) => p.file === file).map(formatProblem)).toEqual([]);
  });

  it('data files are valid and contain no personal data outside the allowlist', () => {
    expect(problems.filter((p) => !files.has(p.file)).map(formatProblem)).toEqual([]);
  });
});
