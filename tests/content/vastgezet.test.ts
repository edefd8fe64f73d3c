/**
 * The editions that are no longer current are fixed texts: one test per file of the edition and
 * per data record its pages show, so a change without an erratum is named in the test title. The
 * errata themselves are data, one test per erratum (valid, and about this edition). How to record
 * a correction: CONTRIBUTING.md ("Een vastgezette editie corrigeren") and `npm run errata`.
 */
import fs from 'node:fs';
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import {errataFile, loadErrata} from '../../src/content/errata';
import {formatProblem} from '../../src/content/problems';
import {loadContent} from '../../src/content/validate';
import {editieProblemen, vastgezetteEdities} from '../../src/content/vastgezet';
import {berekenVingerafdruk, leesVingerafdruk, vergelijk, vingerafdrukFile} from '../../src/content/vingerafdruk';
import {SITE} from '../lib/content';

const site = await loadContent(SITE);
const bronKeys = site.data.bronnen.map((b) => b.key);
const editions = vastgezetteEdities(SITE);

describe('vastgezette edities', () => {
  it('exist, each with a committed fingerprint', () => {
    expect(editions.map((e) => e.name)).toContain('2021');
    for (const e of editions) expect(fs.existsSync(path.join(SITE, vingerafdrukFile(e.name))), e.name).toBe(true);
  });

  describe.each(editions.map((e) => [e.label, e] as const))('%s', (_label, e) => {
    const opgeslagen = leesVingerafdruk(SITE, e.name)!;
    const huidig = berekenVingerafdruk({siteDir: SITE, edition: e.name, pages: site.pages, bronnen: site.data.bronnen});
    const {errata, problems} = loadErrata(SITE, e.name, bronKeys);
    const veranderingen = vergelijk(opgeslagen, huidig, errata);
    const keys = [
      ...new Set([
        ...Object.keys(opgeslagen.bestanden),
        ...Object.keys(huidig.bestanden),
        ...Object.keys(opgeslagen.gegevens),
        ...Object.keys(huidig.gegevens),
      ]),
    ].sort();

    it('covers its pages and what they show of the shared data', () => {
      expect(
        Object.keys(huidig.bestanden).filter((f) => f.endsWith('.md') || f.endsWith('.mdx')).length,
      ).toBeGreaterThan(40);
      expect(Object.keys(huidig.gegevens)).toEqual(expect.arrayContaining(['bron:artikel-gezinshuis-ouders']));
    });

    it.each(keys)('%s is unchanged, or a new erratum describes the change', (key) => {
      const v = veranderingen.find((x) => x.sleutel === key);
      expect(
        v === undefined || v.errata.length > 0,
        `${key} ${v?.soort} zonder erratum: beschrijf de correctie in ${errataFile(e.name)} en voer npm run errata uit`,
      ).toBe(true);
    });

    it(`${errataFile(e.name)} is valid`, () => {
      expect(problems.map(formatProblem)).toEqual([]);
    });

    it.each(errata.map((x) => [x.id, x] as const))('erratum %s names only what belongs to the edition', (_id, x) => {
      for (const key of [...x.bestanden, ...x.gegevens]) expect(keys, key).toContain(key);
    });
  });

  it('the whole check agrees (npm run check and the build report these as errors)', () => {
    expect(editieProblemen(site).map(formatProblem)).toEqual([]);
  });
});
