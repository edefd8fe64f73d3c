/** The command line of `npm run leesbaarheid`, read with node:util parseArgs: known options, and a Dutch message for the rest. */
import {describe, expect, it} from 'vitest';
import {leesOpties} from '../leesbaarheid';

describe('npm run leesbaarheid: options', () => {
  it('reads --vergelijk, --editie and --signalen', () => {
    expect(leesOpties([])).toEqual({vergelijk: undefined, editie: undefined, signalen: false});
    expect(leesOpties(['--vergelijk', 'main', '--editie', 'current', '--signalen'])).toEqual({
      vergelijk: 'main',
      editie: 'current',
      signalen: true,
    });
    expect(leesOpties(['--vergelijk=main'])).toMatchObject({vergelijk: 'main'});
  });

  it('says in Dutch what is wrong with an unknown option or a missing value', () => {
    expect(() => leesOpties(['--vergelijken', 'main'])).toThrow(
      /^Onbekende of onvolledige optie .*Gebruik: npm run leesbaarheid/,
    );
    expect(() => leesOpties(['--vergelijk'])).toThrow(/^Onbekende of onvolledige optie/);
    expect(() => leesOpties(['main'])).toThrow(/^Onbekende of onvolledige optie/);
  });
});
