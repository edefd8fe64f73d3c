import {describe, expect, it} from 'vitest';
import {parseBenchArgs} from '../lib/benchArgs';

describe('npm run bench flags', () => {
  it('measures everything but the build time by default, with 5 Lighthouse runs', () => {
    expect(parseBenchArgs([])).toEqual({build: false, runs: 5, lighthouse: true, search: true, reuseClassic: false});
  });

  it('reads every flag, --runs=N and --runs N alike', () => {
    expect(parseBenchArgs(['--build', '--runs=3', '--no-lighthouse', '--no-search', '--reuse-classic'])).toEqual({
      build: true,
      runs: 3,
      lighthouse: false,
      search: false,
      reuseClassic: true,
    });
    expect(parseBenchArgs(['--runs', '1']).runs).toBe(1);
  });

  it('stops on an unknown flag or a bad number, in Dutch, naming the known flags', () => {
    expect(() => parseBenchArgs(['--bouw'])).toThrow(/^npm run bench: onbekende optie --bouw\. Opties: --build,/);
    expect(() => parseBenchArgs(['--runs=0'])).toThrow('--runs=0 is geen aantal rondes');
    expect(() => parseBenchArgs(['--runs=twee'])).toThrow('--runs=twee is geen aantal rondes');
  });
});
