/**
 * npm run zoeken:afstemming -- [--misses] [--gehouden] — success@1/@5 of the search on the committed queries
 * and the tuning half only, for experimenting with the ranking (issue 24): the held-out half
 * (controle.json) is measured only by `npm run bench:search`, once a change is kept, never while tuning.
 * With --misses it lists each miss with the five paths it got. With --gehouden (once a change is kept
 * on these figures) it adds the held-out half's aggregate, as the bench prints it, without its misses.
 */
import {measure} from '../tests/lib/zoeken/evaluate';
import {QUERY_SETS, realSiteIndex} from '../tests/lib/zoeken/realSite';
import {searcherFor} from '../tests/lib/zoeken/source';

async function main(): Promise<void> {
  const searcher = searcherFor([realSiteIndex()]);
  const rank = async (q: string) => (await searcher.search(q, {limit: 5})).hits.map((h) => h.record.path);
  for (const set of QUERY_SETS) {
    if (set.heldOut && !process.argv.includes('--gehouden')) continue;
    const q = await measure(set, rank);
    console.log(`${set.label}: success@1 ${q.successAt1.toFixed(3)}, success@5 ${q.successAt5.toFixed(3)} (n=${q.n})`);
    if (!set.heldOut && process.argv.includes('--misses'))
      for (const m of q.misses) {
        const expect = set.queries.find((x) => x.q === m.q)?.expect ?? [];
        console.log(`  ✗ ${m.q}\n    wanted ${expect.join(' | ')}\n    got    ${m.got.join('\n           ')}`);
      }
  }
}

void main();
