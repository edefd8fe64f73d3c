import {describe, expect, it} from 'vitest';
import {bevindingBron, bronVermelding} from '../shared/model';

describe('bronVermelding', () => {
  const bronnen = {artikel: 'De ingewikkelde relatie tussen gezinshuis en ouders'};

  it("puts the source's title in quotation marks, then where in the source", () => {
    expect(bronVermelding({bron: 'artikel', waar: 'Fase 4'}, bronnen)).toBe(
      '„De ingewikkelde relatie tussen gezinshuis en ouders”, Fase 4',
    );
    expect(bevindingBron({bron: 'artikel'}, bronnen)).toBe(
      'Bron: „De ingewikkelde relatie tussen gezinshuis en ouders”',
    );
  });

  it('leaves an unknown key as it is (the content check reports it), without pretending it is a title', () => {
    expect(bronVermelding({bron: 'onbekend', waar: 'p. 2'}, bronnen)).toBe('onbekend, p. 2');
  });
});
