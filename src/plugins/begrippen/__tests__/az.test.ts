import {describe, expect, it} from 'vitest';
import {groupByLetter, letterOf} from '../client';
import type {Begrip} from '../client';

const b = (term: string): Begrip => ({
  id: term,
  term,
  permalink: `/begrippen/${term}`,
  definitie: '',
  engels: '',
  aliases: [],
  verwant: [],
});

describe('A–Z helpers', () => {
  it('files a term under its first letter without accent', () => {
    expect(letterOf('één')).toBe('E');
    expect(letterOf('Relationele Route')).toBe('R');
    expect(letterOf('ĳsbreker')).toBe('I');
  });

  it('groups terms by letter, both in Dutch order', () => {
    const groups = groupByLetter([
      b('voogd'),
      b('draagkracht'),
      b('Relationele Route'),
      b('delicaat bespreekpunt'),
      b('één'),
    ]);
    expect(groups.map(([l, ts]) => [l, ts.map((t) => t.term)])).toEqual([
      ['D', ['delicaat bespreekpunt', 'draagkracht']],
      ['E', ['één']],
      ['R', ['Relationele Route']],
      ['V', ['voogd']],
    ]);
  });
});
