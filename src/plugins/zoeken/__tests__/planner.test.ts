import {describe, expect, it} from 'vitest';
import {memorySource} from '../../../../tests/lib/zoeken/source';
import {buildSearchIndex} from '../server/buildIndex';
import {editionFiles} from '../server/shard';
import {joinCandidates, plan, planQuery, searchableText, WEIGHT, type Plan} from '../shared/planner';
import {createShardStore} from '../shared/shardStore';

const site = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'E',
  pages: [
    {path: 'houding', title: 'Houding', type: 'handleiding', body: 'Gastvrij zijn. Samenwerking met ouders.'},
    {path: 'loyaliteit', title: 'Loyaliteit', type: 'begrip', body: 'Een kind blijft loyaal. Die loyaliteit blijft.'},
    {path: 'rol', title: 'Rolverheldering', type: 'begrip', body: 'Welke rol? Rolverheldering en rolverschillen.'},
    {
      path: 'taken',
      title: 'Taken',
      type: 'handleiding',
      body: 'De rolverdeling bespreken. De verdeling van taken is duidelijk.',
    },
    {path: 'theater', title: 'Inspringtheater', type: 'begrip', body: 'Spelen met het inspringtheater. Contact.'},
    {path: 'gezin', title: 'Gezinshuis', type: 'begrip', body: 'Gezinshuisouders in het gezinshuis, met ouders.'},
  ],
  zoekwoorden: [
    {woorden: ['moeder'], vindt: ['ouder']},
    {woorden: ['ruzie'], vindt: ['spanning', 'samenwerking met ouders']},
    {woorden: ['empathie'], vindt: ['gastvrij']},
  ],
});
const files = editionFiles(site, {shardBytes: 600}).files;
const store = () => createShardStore([memorySource(files)]);
const summary = (p: Plan) => p.map((g) => g.map((a) => `${a.kind}:${a.terms.join('+')}`));

describe('plan', () => {
  it('asks for the shards it needs before it answers, and plans nothing from unloaded shards', () => {
    const {groups, needs} = plan(store(), 'gastvrij ');
    expect(groups).toEqual([[]]);
    expect(needs).toContainEqual({exact: 'gastvrij'});
  });
});

describe('match tiers', () => {
  it('the word as typed first, then its stem, which also matches its other forms', async () => {
    const p = await planQuery(store(), 'ouders ');
    expect(summary(p)[0]!.slice(0, 2)).toEqual(['exact:ouders', 'stem:ouder']);
    expect(p[0]![1]!.weight).toBeLessThan(p[0]![0]!.weight);
  });
  it('completes only the word being typed, and only when the site does not know it as typed', async () => {
    expect(summary(await planQuery(store(), 'samenwerki'))[0]).toContain('more:samenwerking');
    expect(summary(await planQuery(store(), 'samenwerki '))[0]).not.toContain('more:samenwerking');
    // "gastvrij" is a word of the site: no words that merely begin like it.
    expect(summary(await planQuery(store(), 'gastvrij'))[0]).toEqual(['exact:gastvrij']);
  });
  it('corrects a typo only where nothing completes the word, below completions and exact words', async () => {
    expect(summary(await planQuery(store(), 'gastvirj '))[0]).toContain('fix:gastvrij');
    expect(WEIGHT.fix).toBeLessThan(WEIGHT.more);
    expect(WEIGHT.more).toBeLessThan(WEIGHT.stem);
  });
  it('reads another spelling of the same sound as the word itself: y for ij, k for c', async () => {
    expect(summary(await planQuery(store(), 'gastvry '))[0]).toEqual(['exact:gastvrij']);
    expect(summary(await planQuery(store(), 'kontakt '))[0]).toEqual(['exact:contact']);
  });
});

describe('what the site says instead', () => {
  it('finds what the everyday-words list says, a phrase as its words together', async () => {
    expect(summary(await planQuery(store(), 'ruzie '))[0]).toEqual(['also:spanning', 'also:samenwerk+ouder']);
  });
  it('counts a synonym no higher than the word it stands for (idf cap)', async () => {
    const p = await planQuery(store(), 'moeder ');
    const also = p[0]!.find((a) => a.kind === 'also');
    expect(also?.weight).toBe(WEIGHT.also);
  });
  it('corrects a typo towards the words readers use too', async () => {
    expect(summary(await planQuery(store(), 'empatie '))[0]).toEqual(['fix:empathie', 'also:gastvrij']);
  });
});

describe('compounds', () => {
  it('splits a compound the site uses as the build split it', async () => {
    const p = summary(await planQuery(store(), 'gezinshuisouders '));
    expect(p[0]).toContain('exact:gezinshuisouders');
    expect(p[0]!.some((a) => a.startsWith('part:') && a.includes('gezinshuis') && a.includes('ouder'))).toBe(true);
  });
  it('splits a compound the site does not use head first, on its linking -s-', async () => {
    expect(summary(await planQuery(store(), 'loyaliteitsconflict '))[0]).toContain('part:loyaliteit');
  });
  it('reaches compounds with the same first part: after all others for a known word, with it for an unknown one', async () => {
    expect(summary(await planQuery(store(), 'rolverdeling '))[0]).toContain('related:rolverhelder');
    expect(summary(await planQuery(store(), 'rolduidelijkheid '))[0]).toContain('sibling:rolverhelder');
  });
  it('joins words typed apart that the site writes as one ("inspring theater", "rollen verhelderen")', async () => {
    expect(summary(await planQuery(store(), 'inspring theater '))).toEqual([['exact:inspringtheater']]);
    // Words the site also uses apart stay an alternative, together.
    expect(summary(await planQuery(store(), 'gezinshuis ouders '))[0]).toContain('part:gezinshuis+ouder');
    expect(summary(await planQuery(store(), 'rollen verhelderen '))[0]![0]).toBe('stem:rolverhelder');
    expect(joinCandidates(['gesprek', 'kaarten'])[0]!.spellings).toContain('gesprekskaarten');
    // A stopword may begin a compound, not end it.
    expect(joinCandidates(['huis', 'van'])).toEqual([]);
  });
});

describe('what is searched while typing', () => {
  it('leaves a first letter after a space for the next keystroke; numbers count', () => {
    expect(searchableText('grenzen s')).toEqual({typing: false, text: 'grenzen '});
    expect(searchableText('grenzen st')).toEqual({typing: true, text: 'grenzen st'});
    expect(searchableText('box 1')).toEqual({typing: true, text: 'box 1'});
  });
  it('searches nothing for one word of one or two letters, or stopwords only', async () => {
    expect(await planQuery(store(), 'ga')).toEqual([]);
    expect(await planQuery(store(), 'de het een')).toEqual([]);
    expect((await planQuery(store(), 'gas')).length).toBe(1);
  });
  it('plans the same whatever earlier queries loaded', async () => {
    const warm = store();
    for (const q of ['gastvirj ', 'rolverdeling ', 'samenwerki', 'ruzie ']) await planQuery(warm, q);
    for (const q of ['loyaliteitsconflict ', 'moeder ', 'samenw', 'inspring theater']) {
      expect(await planQuery(warm, q)).toEqual(await planQuery(store(), q));
    }
  });
});
