/**
 * npm run editie -- <jaar> — make a new edition of the handleiding.
 *
 *   npm run editie -- 2028
 *
 * The current edition (docs/, say 2024) becomes the archived edition "2024" (versioned_docs/version-2024,
 * served at /2024/… — the URLs that "Citeer" has offered all along, now with frozen text), and docs/
 * becomes the 2028 edition, with pinned URLs /2028/…. Run it on a clean working tree, then follow the
 * steps it prints (README: "Een nieuwe editie").
 */
import fs from 'node:fs';
import path from 'node:path';
import {EDITIONS} from '../src/content/vocabulary';
import {
  editionProblems,
  rewriteCurrentLabel,
  rewriteEditions,
  runDocsVersion,
} from '../src/plugins/edities/server/nieuweEditie';
import {run} from './lib/run';

const siteDir = path.resolve(__dirname, '..');

async function main(): Promise<number> {
  const newYear = process.argv[2]?.trim() ?? '';
  const oldYear = EDITIONS.current.year;
  const problems = newYear
    ? editionProblems(EDITIONS, newYear)
    : ['Geef het jaar van de nieuwe editie: npm run editie -- 2028'];
  if (problems.length) {
    console.error(problems.map((p) => `✗ ${p}`).join('\n'));
    return 1;
  }
  const vocabularyFile = path.join(siteDir, 'src/content/vocabulary.ts');
  // Check the vocabulary first, so a hand-edited EDITIONS stops us before anything is copied.
  const vocabulary = rewriteEditions(fs.readFileSync(vocabularyFile, 'utf8'), oldYear, newYear);

  console.log(`Editie ${oldYear} wordt gearchiveerd onder /${oldYear}; docs/ wordt editie ${newYear}.`);
  runDocsVersion(siteDir, oldYear);
  fs.writeFileSync(vocabularyFile, vocabulary);
  const enLabels = path.join(siteDir, 'i18n/en/docusaurus-plugin-content-docs/current.json');
  if (fs.existsSync(enLabels))
    fs.writeFileSync(enLabels, rewriteCurrentLabel(fs.readFileSync(enLabels, 'utf8'), newYear));

  console.log(
    [
      '',
      `Klaar: versioned_docs/version-${oldYear}/, versioned_sidebars/, versions.json, src/content/vocabulary.ts en de Engelse labels zijn bijgewerkt.`,
      'Nu nog:',
      `  1. npm run errata — legt de vingerafdruk van editie ${oldYear} vast (src/data/errata/${oldYear}.vingerafdruk.json): vanaf nu is elke correctie daarin een erratum.`,
      `  2. npm run check — de inhoud van beide edities (de nieuwe editie ${newYear} is nog gelijk aan ${oldYear}).`,
      `  3. npm run build, dan npm run urls — urls.json krijgt de vaste URL's /${newYear}/…; /${oldYear}/… blijven werken (tests/browser/urls.test.ts).`,
      `  4. Kijk of plugins die per editie iets maken (het boek, de errata en feeds, de notities over de edities) editie ${oldYear} kennen.`,
      '  5. Commit alles in één wijziging, met in de beschrijving welke editie er nieuw is.',
    ].join('\n'),
  );
  return 0;
}

run(main);
