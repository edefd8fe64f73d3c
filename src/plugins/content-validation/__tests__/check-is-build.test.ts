/**
 * `npm run check` and the build report the same problems in the same words:
 * every bad fixture goes through both. The build's side is the plugin's own
 * loadContent (what `docusaurus build` calls first) and the site's
 * markdown.parseFrontMatter (what every page goes through).
 */
import fs from 'node:fs';
import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {DEFAULT_PARSE_FRONT_MATTER} from '@docusaurus/utils';
import {beforeAll, describe, expect, it} from 'vitest';
import {checkSite} from '../../../content/check';
import {lexicon} from '../../../content/leesbaarheid/lexicon';
import {nederlandsWoordenboek} from '../../../content/rules/spelling';
import {createParseFrontMatter} from '../../../content/frontMatter';
import {ContentError, formatProblem, isError} from '../../../content/problems';
import {loadSiteData} from '../../../content/siteData';
import {collectContentFiles} from '../../../content/validate';
import contentValidationPlugin from '..';
import {normalizeOptions} from '../options';

const FIXTURES = [
  ['bijdragen', path.resolve(__dirname, '../../../content/rules/__tests__/__fixtures__/bijdragen'), 1024],
  ['validate', path.resolve(__dirname, '../../../content/__tests__/__fixtures__/site'), undefined],
] as const;

// The Dutch dictionary and the readability lexicon load once per process (seconds on a busy machine); not what a test here measures.
beforeAll(async () => {
  lexicon();
  await nederlandsWoordenboek().heeft(['huis']);
}, 180_000);

describe.each(FIXTURES)('the %s fixture site', (_name, siteDir, imageBudget) => {
  it('fails the build with exactly the errors npm run check reports', async () => {
    const {problems} = await checkSite(siteDir, {imageBudget});
    const errors = problems.filter(isError).map(formatProblem);
    expect(errors.length).toBeGreaterThan(5);
    const plugin = contentValidationPlugin({siteDir} as LoadContext, normalizeOptions({imageBudget}));
    // loadContent may return its value or a promise of it (Docusaurus's Plugin type).
    const thrown = await Promise.resolve(plugin.loadContent!()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(thrown).toBeInstanceOf(ContentError);
    expect((thrown as ContentError).problems.map(formatProblem)).toEqual(errors);
  });

  it('stops a page in markdown.parseFrontMatter with words npm run check also uses', async () => {
    const {problems} = await checkSite(siteDir, {imageBudget});
    const parse = createParseFrontMatter({siteDir, bronKeys: loadSiteData(siteDir).data.bronnen.map((b) => b.key)});
    let stopped = 0;
    for (const f of collectContentFiles(siteDir).files) {
      const filePath = path.join(siteDir, f.file);
      const fileContent = fs.readFileSync(filePath, 'utf8');
      const result = await parse({filePath, fileContent, defaultParseFrontMatter: DEFAULT_PARSE_FRONT_MATTER}).then(
        () => undefined,
        (e: unknown) => e,
      );
      if (result === undefined) continue;
      stopped++;
      // A YAML error is thrown by Docusaurus's own parser before ours; check reports it in Dutch.
      if (!(result instanceof ContentError)) {
        expect(
          problems.some((p) => p.file === f.file && p.message.startsWith('de front matter is geen geldige YAML')),
          f.file,
        ).toBe(true);
        continue;
      }
      const mine = problems.filter((p) => p.file === f.file).map(formatProblem);
      for (const p of result.problems.map(formatProblem)) expect(mine, f.file).toContain(p);
    }
    expect(stopped).toBeGreaterThan(2);
  });
});
