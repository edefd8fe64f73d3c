/** The flags of `npm run bench` (scripts/bench.ts), read with Node's own parseArgs as `npm run nieuw` does. */
import {parseArgs} from 'node:util';

export interface BenchFlags {
  /** Also measure the build time of 1,000 generated pages (two extra builds). */
  build: boolean;
  /** Lighthouse runs per preset; the table shows the median. */
  runs: number;
  lighthouse: boolean;
  search: boolean;
  /** Keep the classic-template builds of an earlier run. */
  reuseClassic: boolean;
}

export const BENCH_USAGE =
  'Opties: --build, --runs=N (Lighthouse-rondes per preset, standaard 5), --no-lighthouse, --no-search, --reuse-classic.';

/** The flags from the command line; a Dutch error with the known flags for an unknown one or a bad --runs. */
export function parseBenchArgs(args: readonly string[]): BenchFlags {
  let values;
  try {
    ({values} = parseArgs({
      args: [...args],
      options: {
        build: {type: 'boolean', default: false},
        runs: {type: 'string', default: '5'},
        'no-lighthouse': {type: 'boolean', default: false},
        'no-search': {type: 'boolean', default: false},
        'reuse-classic': {type: 'boolean', default: false},
      },
    }));
  } catch (e) {
    throw new Error(
      `npm run bench: ${(e as Error).message.replace(/^Unknown option '(.*?)'.*$/s, 'onbekende optie $1')}. ${BENCH_USAGE}`,
    );
  }
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) {
    throw new Error(
      `npm run bench: --runs=${values.runs} is geen aantal rondes; geef een heel getal vanaf 1. ${BENCH_USAGE}`,
    );
  }
  return {
    build: values.build,
    runs,
    lighthouse: !values['no-lighthouse'],
    search: !values['no-search'],
    reuseClassic: values['reuse-classic'],
  };
}
