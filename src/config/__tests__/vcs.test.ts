import {describe, expect, it} from 'vitest';
import {NO_HISTORY_NOTICE, lastUpdateSource, type GitRunner} from '../vcs';

const answers =
  (map: Record<string, string | Error>): GitRunner =>
  (args) => {
    const a = map[args[0]!];
    if (a === undefined || a instanceof Error) throw a ?? new Error('unexpected');
    return a;
  };

describe('lastUpdateSource', () => {
  it('uses git when the site is a repository with commits', () => {
    expect(lastUpdateSource(answers({'rev-parse': 'true\n', log: '1764400000\n'}))).toEqual({vcs: 'default-v2'});
  });

  it.each([
    ['git is not installed', answers({'rev-parse': Object.assign(new Error('spawn git ENOENT'), {code: 'ENOENT'})})],
    ['the folder is no repository (a zip download)', answers({'rev-parse': new Error('fatal: not a git repository')})],
    ['the repository has no commits', answers({'rev-parse': 'true\n', log: new Error('fatal: bad default revision')})],
    ['the history is empty', answers({'rev-parse': 'true\n', log: ''})],
  ])('turns dates off with a notice when %s', (_, run) => {
    expect(lastUpdateSource(run)).toEqual({vcs: 'disabled', notice: NO_HISTORY_NOTICE});
  });
});
