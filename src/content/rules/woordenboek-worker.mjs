/**
 * cspell's Dutch dictionary in a worker thread. Loading it takes seconds of
 * CPU (a 0,9 MB compressed trie); in a thread of its own that happens while the
 * content check reads and parses the pages on the other core. Plain JavaScript:
 * a worker runs without the TypeScript loader of tsx, vitest or Docusaurus.
 *
 * Messages: {id, soort: 'heeft', woorden} → {id, antwoord: boolean[]};
 * {id, soort: 'suggesties', woorden} → {id, antwoord: string[][]}; a failure → {id, fout}.
 */
import {createRequire} from 'node:module';
import {parentPort} from 'node:worker_threads';
import {getDictionary, readSettings} from 'cspell-lib';

const require = createRequire(import.meta.url);

const woordenboek = (async () => {
  const settings = await readSettings(require.resolve('@cspell/dict-nl-nl/cspell-ext.json'));
  return getDictionary({...settings, dictionaries: ['nl-nl'], caseSensitive: true});
})();

parentPort.on('message', async ({id, soort, woorden}) => {
  try {
    const dict = await woordenboek;
    const antwoord =
      soort === 'heeft'
        ? woorden.map((w) => dict.has(w, {ignoreCase: false}))
        : woorden.map((w) => dict.suggest(w, {numSuggestions: 3, ignoreCase: false}).map((s) => s.word));
    parentPort.postMessage({id, antwoord});
  } catch (e) {
    parentPort.postMessage({id, fout: e instanceof Error ? e.message : String(e)});
  }
});
