import {describe, expect, it} from 'vitest';
import {compoundParts} from '../shared/compounds';

describe('compoundParts', () => {
  const vocabulary = new Set(['ouder', 'gezin', 'gezinshuis', 'huis', 'spanning', 'veld', 'samenwerk']);
  it('finds the last part: gezinshuisouder → ouder, gezinshuis, gezin, huis', () => {
    expect(compoundParts('gezinshuisouder', vocabulary).sort()).toEqual(['gezin', 'gezinshuis', 'huis', 'ouder']);
  });
  it('finds a head joined by the linking s: spanningsveld → spanning', () => {
    expect(compoundParts('spanningsveld', vocabulary)).toContain('spanning');
  });
  it('does not split short words or words without known parts', () => {
    expect(compoundParts('ouders', vocabulary)).toEqual([]);
    expect(compoundParts('verstandhouding', vocabulary)).toEqual([]);
  });
});
