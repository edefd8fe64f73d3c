import path from 'node:path';
import type {LoadContext} from '@docusaurus/types';
import {describe, expect, it} from 'vitest';
import contentValidationPlugin from '../index';

const FIXTURE_SITE = path.resolve(__dirname, '../../../content/__tests__/__fixtures__/site');
const REAL_SITE = path.resolve(__dirname, '../../../..');

const load = (siteDir: string) => {
  const plugin = contentValidationPlugin({siteDir} as LoadContext);
  return plugin.loadContent!();
};

describe('content-validation plugin', () => {
  it('fails the build on an unknown citation key, naming file, line and key', async () => {
    await expect(load(FIXTURE_SITE)).rejects.toThrow(
      'docs/onbekende-literatuur.md:7 — veld "literatuur.0": "noordegraf2020" bestaat niet.',
    );
  });

  it('lets the real site through', async () => {
    await expect(load(REAL_SITE)).resolves.toBeUndefined();
  });
});
