/** The pure parts the editor script runs in the browser: names filled in on save, images with a description. */
import {describe, expect, it} from 'vitest';
import {kebab as nieuwKebab} from '../../../content/nieuw';
import {AFBEELDING_PATTERN, afbeeldingFromBlock, afbeeldingToBlock} from '../shared/afbeelding';
import {fillNames, kebab} from '../shared/collections';

describe('fillNames', () => {
  it('gives a new entry the same URL as npm run nieuw would', () => {
    for (const t of ['Kenniscafé 2: Ouders aan tafel', '  Één — twee!  ', 'x'.repeat(80)])
      expect(kebab(t)).toBe(nieuwKebab(t));
    expect(fillNames('kenniscafes', {title: 'Kenniscafé 3: Ouders en pleegouders'})).toMatchObject({
      slug: 'kenniscafe-3-ouders-en-pleegouders',
    });
    expect(fillNames('begrippen', {term: 'Gezinshuisouder'})).toMatchObject({
      id: 'gezinshuisouder',
      slug: '/begrippen/gezinshuisouder',
    });
    expect(fillNames('spanningsvelden', {title: 'Afstand en nabijheid'})).toMatchObject({
      slug: '/spanningsvelden/afstand-en-nabijheid',
    });
    expect(fillNames('bronnen', {titel: 'Verslag kenniscafé 3'})).toMatchObject({sleutel: 'verslag-kenniscafe-3'});
  });

  it('never changes a name once set (a published URL stays)', () => {
    expect(fillNames('kenniscafes', {title: 'Nieuwe titel', slug: 'oude-slug'}).slug).toBe('oude-slug');
    expect(fillNames('bronnen', {titel: 'Andere titel', sleutel: 'kenniscafe-1'}).sleutel).toBe('kenniscafe-1');
  });
});

describe('afbeelding', () => {
  it('round-trips an image with its description', () => {
    const block = afbeeldingToBlock({src: '/img/bijdragen/twee mensen.jpg', alt: 'Twee mensen [aan] tafel'});
    expect(block).toBe('![Twee mensen aan tafel](/img/bijdragen/twee%20mensen.jpg)');
    const m = AFBEELDING_PATTERN.exec(block)!;
    expect(afbeeldingFromBlock(m)).toEqual({alt: 'Twee mensen aan tafel', src: '/img/bijdragen/twee%20mensen.jpg'});
  });

  it('does not take an image without a description for one of its own', () => {
    expect(AFBEELDING_PATTERN.test('![](/img/a.png)')).toBe(false);
    expect(AFBEELDING_PATTERN.test('![  ](/img/a.png)')).toBe(false);
  });
});
