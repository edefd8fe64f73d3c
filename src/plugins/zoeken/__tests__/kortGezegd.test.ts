import {describe, expect, it} from 'vitest';
import {buildSearchIndex} from '../server/buildIndex';
import {indexedDescription} from '../server/collect';
import {editionFiles} from '../server/shard';
import {termRows} from '../server/terms';
import {decodePostings} from '../shared/postings';

describe('kort_gezegd in the search index', () => {
  it('follows the description, or stands alone', () => {
    expect(indexedDescription('Eén zin.', {kort_gezegd: 'Kort. Gezegd. Hier.'})).toBe('Eén zin. Kort. Gezegd. Hier.');
    expect(indexedDescription(undefined, {kort_gezegd: 'Kort. Gezegd. Hier.'})).toBe('Kort. Gezegd. Hier.');
    expect(indexedDescription('Eén zin.', {})).toBe('Eén zin.');
  });

  it('is indexed with the page and shown with its first section', () => {
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
    expect(file.pages[0]?.d).toBe('Over samen opvoeden. Ouders blijven betrokken. Dat helpt het kind. Zo werkt het.');
    expect(file.sections[0]?.a).toBe('');
    const {records} = editionFiles(file);
    expect(records[0]?.x).toBe('Over samen opvoeden. Ouders blijven betrokken. Dat helpt het kind. Zo werkt het.');
    const rows = new Map(termRows(file).map((r) => [r[0], r]));
    // Found for the page (its description list, after the title list), which ranks it with its first
    // section; not as a word of the section below its heading.
    const [, about = ''] = (rows.get('betrok')?.[3] ?? '').split(';');
    expect(decodePostings(about).map(([page]) => page)).toEqual([0]);
    expect(decodePostings(rows.get('betrok')?.[4] ?? '', 0, true)).toEqual([]);
  });
});
