import {describe, expect, it} from 'vitest';
import {woorden, zinnen} from '../zinnen';

describe('zinnen', () => {
  it('splits at full stops, question and exclamation marks', () => {
    expect(zinnen('Je mag vragen stellen. Over je kind? Ja! Over de afspraken.')).toEqual([
      'Je mag vragen stellen.',
      'Over je kind?',
      'Ja!',
      'Over de afspraken.',
    ]);
  });

  it('does not split after Dutch abbreviations', () => {
    expect(
      zinnen('Dit geldt bijv. voor ouders, o.a. bij een bezoek, d.w.z. thuis. Ook vgl. de richtlijn, ca. twee keer.'),
    ).toEqual([
      'Dit geldt bijv. voor ouders, o.a. bij een bezoek, d.w.z. thuis.',
      'Ook vgl. de richtlijn, ca. twee keer.',
    ]);
  });

  it('ends a sentence at "enz." or "e.a." when a capital follows, not when the sentence goes on', () => {
    expect(zinnen('Ze delen foto’s, verhalen enz. Daarna praten ze. Noordegraaf e.a. (2020) schrijven het.')).toEqual([
      'Ze delen foto’s, verhalen enz.',
      'Daarna praten ze.',
      'Noordegraaf e.a. (2020) schrijven het.',
    ]);
  });

  it('keeps initials and a quotation with its attribution in one sentence', () => {
    expect(zinnen('J. de Vries zegt: „Die loyaliteit is er gewoon.” (gezinshuisouder, 2017, 9:6). Dat klopt.')).toEqual(
      ['J. de Vries zegt: „Die loyaliteit is er gewoon.” (gezinshuisouder, 2017, 9:6).', 'Dat klopt.'],
    );
  });

  it('keeps a reference in brackets with the sentence before it, even after a question mark', () => {
    expect(
      zinnen(
        '„Ik sta hier met één been in huis.” (Ouder, 2019: 648). Het onderzoek Jouw Gezin, Mijn Zorg? (2017–2020) liep vier jaar.',
      ),
    ).toEqual([
      '„Ik sta hier met één been in huis.” (Ouder, 2019: 648).',
      'Het onderzoek Jouw Gezin, Mijn Zorg? (2017–2020) liep vier jaar.',
    ]);
  });

  it('keeps a last sentence without a full stop, and drops pieces without words', () => {
    expect(zinnen('Vragen aan de begeleider')).toEqual(['Vragen aan de begeleider']);
    expect(zinnen('Klaar. — …')).toEqual(['Klaar.']);
    expect(zinnen('   ')).toEqual([]);
  });
});

describe('woorden', () => {
  it('counts words with inner apostrophes, hyphens, slashes and dots as one', () => {
    expect(woorden('Z’n rol is 50/50, o.a. als gezinshuis-ouder; (2017) enz.')).toEqual([
      'Z’n',
      'rol',
      'is',
      '50/50',
      'o.a',
      'als',
      'gezinshuis-ouder',
      '2017',
      'enz',
    ]);
  });
});
