/**
 * The content rules of `npm run check` on every published file, one test each,
 * so a failing contribution is named in the test title with what to fix.
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {runRules} from '../../src/content/rules';
import {collectContentFiles, formatProblem, isWaarschuwing} from '../../src/content/validate';

const SITE = path.resolve(__dirname, '../..');
const files = collectContentFiles(SITE);
// Warnings (readability figures of pages not meant for parents) are printed by npm run check, never failed on.
const problems = runRules(SITE, files)
  .filter((p) => !isWaarschuwing(p))
  .map((p) => ({file: p.file, text: formatProblem(p)}));

describe('content rules', () => {
  it.each(files.map((f) => f.file))('%s passes the content rules', (file) => {
    expect(problems.filter((p) => p.file === file).map((p) => p.text)).toEqual([]);
  });

  it('data files contain no personal data outside the allowlist', () => {
    expect(problems.filter((p) => !files.some((f) => f.file === p.file)).map((p) => p.text)).toEqual([]);
  });
});
