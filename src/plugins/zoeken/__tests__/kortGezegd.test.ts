import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../server/buildIndex';
import {indexedDescription} from '../server/collect';

describe('kort_gezegd in the search index', () => {
  it('follows the description, or stands alone', () => {
    expect(indexedDescription('Eén zin.', {kort_gezegd: 'Kort. Gezegd. Hier.'})).toBe('Eén zin. Kort. Gezegd. Hier.');
    expect(indexedDescription(undefined, {kort_gezegd: 'Kort. Gezegd. Hier.'})).toBe('Kort. Gezegd. Hier.');
    expect(indexedDescription('Eén zin.', {})).toBe('Eén zin.');
  });

  it('is found in the first section of the page', () => {
    const fm = {kort_gezegd: 'Ouders blijven betrokken. Dat helpt het kind. Zo werkt het.'};
    const file = buildSearchIndex({
      locale: 'nl',
      version: 'current',
      edition: 'E',
      pages: [
        {
          path: 'a',
          title: 'A',
          description: indexedDescription('Over samen opvoeden.', fm),
          type: 'info',
          body: '## Kop {#kop}\n\nTekst.',
        },
      ],
    });
    expect(file.sections[0]).toMatchObject({
      a: '',
      x: 'Over samen opvoeden. Ouders blijven betrokken. Dat helpt het kind. Zo werkt het.',
    });
  });
});
