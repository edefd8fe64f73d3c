import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {editions, readVersions} from '../editions';
import {CONTENT_TYPES, EDITIONS, RESULT_TYPE_LABELS} from '../vocabulary';

const SITE = path.resolve(__dirname, '../../..');

describe('vocabulary', () => {
  it('names exactly the editions of versions.json, the current one first', () => {
    expect(Object.keys(EDITIONS).sort()).toEqual(['current', ...readVersions(SITE)].sort());
    expect(editions(readVersions(SITE)).map((e) => [e.name, e.path, e.dir])).toEqual([
      ['current', '', 'docs'],
      ['2021', '/2021', 'versioned_docs/version-2021'],
    ]);
  });

  it('stops with what to do when versions.json has an edition without a label', () => {
    expect(() => editions(['2030'])).toThrow(
      'versions.json noemt editie "2030", maar src/content/vocabulary.ts (EDITIONS) kent die niet',
    );
  });

  it('has an English label for every type a search result can have', () => {
    const code = JSON.parse(fs.readFileSync(path.join(SITE, 'i18n/en/code.json'), 'utf8')) as Record<
      string,
      {message: string}
    >;
    for (const t of Object.keys(RESULT_TYPE_LABELS)) expect(code[`zoeken.type.${t}`]?.message, t).toBeTruthy();
    expect(CONTENT_TYPES.every((t) => t in RESULT_TYPE_LABELS)).toBe(true);
  });
});
