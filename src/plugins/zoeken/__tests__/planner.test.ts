import {describe, expect, it} from 'vitest';
import {memorySource} from '../../../../tests/lib/zoeken/source';
import {buildSearchIndex} from '../server/buildIndex';
import {editionFiles} from '../server/shard';
import {encodeQueryWords} from '../shared/encoder';
import {plan, planQuery, WEIGHT, type Plan} from '../shared/planner';
import {createShardStore} from '../shared/shardStore';

const site = buildSearchIndex({
  locale: 'nl',
  version: 'current',
  edition: 'E',
  pages: [
    {path: 'houding', title: 'Houding', type: 'handleiding', body: 'Gastvrij zijn. Samenwerking met ouders.'},
    {path: 'loyaliteit', title: 'Loyaliteit', type: 'begrip', body: 'Een kind blijft loyaal. Die loyaliteit blijft.'},
    {path: 'rol', title: 'Rolverheldering', type: 'begrip', body: 'Welke rol? Rolverheldering en rolverschillen.'},
    {path: 'taken', title: 'Taken', type: 'handleiding', body: 'De rolverdeling bespreken. De verdeling van taken.'},
  ],
  thesaurus: [['ouder', 'moeder']],
});
const files = editionFiles(site, {shardBytes: 600}).files;
const store = () => createShardStore([memorySource(files)]);
const summary = (p: Plan) => p.map((g) => g.map((a) => `${a.kind}:${a.term}`));

describe('plan', () => {
  it('asks for the shards it needs before it answers, and plans nothing from unloaded shards', () => {
    const {groups, needs} = plan(store(), encodeQueryWords('gastvrij'), false);
    expect(groups).toEqual([[]]);
    expect(needs).toContainEqual({exact: 'gastvrij'});
  });
});

describe('planQuery', () => {
  it('looks a known word up as itself, with its synonyms at a lower weight', async () => {
    const p = await planQuery(store(), 'moeder ');
    expect(summary(p)).toEqual([['exact:moeder', 'synonym:ouder']]);
    expect(p[0]![1]!.weight).toBe(WEIGHT.exact * WEIGHT.synonym);
  });
  it('completes the word being typed, not a finished one', async () => {
    expect(summary(await planQuery(store(), 'samenwerki'))[0]).toContain('more:samenwerking');
    expect(summary(await planQuery(store(), 'samenwerki '))[0]).not.toContain('more:samenwerking');
  });
  it('corrects one typo in a word nothing completes, and reads y as ij', async () => {
    expect(summary(await planQuery(store(), 'gastvirj '))).toEqual([['fix:gastvrij']]);
    expect(summary(await planQuery(store(), 'gastvry '))).toEqual([['exact:gastvrij']]);
  });
  it('searches a compound the site does not use by its parts', async () => {
    const p = summary(await planQuery(store(), 'loyaliteitsconflict '));
    expect(p[0]).toContain('part:loyaliteit');
  });
  it('adds compounds with the same first part as related, beside the word itself', async () => {
    const p = summary(await planQuery(store(), 'rolverdeling '));
    expect(p[0]![0]).toBe('exact:rolverdel');
    expect(p[0]).toContain('related:rolverhelder');
    expect(p[0]).toContain('related:rolverschil');
  });
  it('plans the same whatever earlier queries loaded', async () => {
    const warm = store();
    for (const q of ['gastvirj ', 'rolverdeling ', 'samenwerki']) await planQuery(warm, q);
    for (const q of ['loyaliteitsconflict ', 'moeder ', 'samenw']) {
      expect(await planQuery(warm, q)).toEqual(await planQuery(store(), q));
    }
  });
  it('drops stopwords: nothing to plan', async () => {
    expect(await planQuery(store(), 'de het een')).toEqual([]);
  });
});
