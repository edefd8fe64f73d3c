/**
 * npm run errata — records a correction to an edition that is no longer current.
 *
 * Such an edition is fixed: a test compares each of its files, and what its pages show of the
 * shared data, with a committed fingerprint (src/data/errata/<editie>.vingerafdruk.json). After a
 * correction, describe it as an erratum in src/data/errata/<editie>.yml and run this: it checks
 * that every changed file or record has a new erratum, then writes the new fingerprint. It refuses
 * (and writes nothing) when something changed without one.
 */
import path from 'node:path';
import {loadErrata} from '../src/content/errata';
import {formatProblem} from '../src/content/problems';
import {loadContent} from '../src/content/validate';
import {vastgezetteEdities} from '../src/content/vastgezet';
import {
  berekenVingerafdruk,
  isGegevensSleutel,
  leesVingerafdruk,
  schrijfVingerafdruk,
  vingerafdrukFile,
  werkBij,
} from '../src/content/vingerafdruk';
import {run} from './lib/run';

const UITLEG = `npm run errata — legt een correctie vast in een editie die niet meer de huidige is.

De inhoud van zo'n editie ligt vast. Verander je toch een bestand (bijvoorbeeld een fout in
versioned_docs/version-2021/…), of iets wat de editie toont (de beschrijving van een bron onder de
pagina's), dan beschrijf je dat eerst als erratum in src/data/errata/<editie>.yml: id, datum, soort,
bestanden of gegevens, wat er veranderde, waarom, en de bronpassage. Daarna werkt dit commando de
vingerafdruk bij. Het weigert als er iets veranderde waar nog geen nieuw erratum over gaat.`;

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(UITLEG);
    return 0;
  }
  const siteDir = path.resolve(__dirname, '..');
  const site = await loadContent(siteDir);
  const bronKeys = site.data.bronnen.map((b) => b.key);
  const editions = vastgezetteEdities(siteDir);
  if (editions.length === 0) {
    console.log('Er is geen editie die niet meer de huidige is: niets vast te leggen.');
    return 0;
  }
  let status = 0;
  for (const e of editions) {
    const label = e.label.toLowerCase();
    const {errata, problems} = loadErrata(siteDir, e.name, bronKeys);
    if (problems.length > 0) {
      console.error(`De errata van de ${label} kloppen niet; los dit eerst op:`);
      for (const p of problems) console.error(`  ✗ ${formatProblem(p)}`);
      status = 1;
      continue;
    }
    const opgeslagen = leesVingerafdruk(siteDir, e.name);
    const huidig = berekenVingerafdruk({siteDir, edition: e.name, pages: site.pages, bronnen: site.data.bronnen});
    const result = werkBij({edition: e.name, label, opgeslagen, huidig, errata});
    if (!result.vingerafdruk) {
      console.error(`${UITLEG}\n\nGeweigerd voor de ${label}; er is niets geschreven:`);
      for (const w of result.weigering) console.error(`  ✗ ${w}`);
      status = 1;
      continue;
    }
    schrijfVingerafdruk(siteDir, result.vingerafdruk);
    if (!opgeslagen) {
      console.log(
        `De ${label} heeft nu een vingerafdruk (${vingerafdrukFile(e.name)}): ${Object.keys(huidig.bestanden).length} bestanden en ${Object.keys(huidig.gegevens).length} gegevens. Vanaf nu is elke wijziging een erratum.`,
      );
      continue;
    }
    if (result.veranderingen.length === 0) {
      console.log(`De ${label} is niet veranderd sinds de vingerafdruk; niets bij te werken.`);
      continue;
    }
    console.log(`Vingerafdruk van de ${label} bijgewerkt (${vingerafdrukFile(e.name)}):`);
    for (const v of result.veranderingen) {
      console.log(
        `  ✓ ${isGegevensSleutel(v.sleutel) ? `gegevens ${v.sleutel}` : v.sleutel} (${v.soort}) — erratum ${v.errata.join(', ')}`,
      );
    }
  }
  return status;
}

run(main);
