/**
 * npm run leesbaarheid — the readability of every Dutch page, as a Markdown
 * table: the figures as a guide (Flesch–Douma, words per sentence, share of
 * sentences over 15 words; ✓ within the B1 guide values, ! over them) and the
 * signals of what hurts a B1 reader (sentences without a verb, passive runs,
 * uncommon words, unexplained field terms), with their total.
 *
 *   npm run leesbaarheid                         the texts as they are now
 *   npm run leesbaarheid -- --vergelijk REF      before (at git commit REF) and now
 *   npm run leesbaarheid -- --editie current     one edition only (current, 2021 …)
 *   npm run leesbaarheid -- --signalen           also every signal: file:line — what to do
 */
import {execFileSync} from 'node:child_process';
import path from 'node:path';
import {parseArgs} from 'node:util';
import {classify} from '../src/content/frontMatter';
import {rijen, tabel, type Rij} from '../src/content/leesbaarheid/rapport';
import {melding} from '../src/content/rules/leesbaarheid';
import {loadContent, type ContentFile, type ContentSite} from '../src/content/validate';
import {run} from './lib/run';

const siteDir = path.resolve(__dirname, '..');

const GEBRUIK =
  'Gebruik: npm run leesbaarheid [-- --vergelijk <commit of branch>] [--editie <naam>] [--signalen]. Bijvoorbeeld: npm run leesbaarheid -- --vergelijk main';

export interface Opties {
  vergelijk?: string;
  editie?: string;
  signalen: boolean;
}

/** The command line, with a Dutch message for what it does not know. */
export function leesOpties(args: readonly string[]): Opties {
  try {
    const {values} = parseArgs({
      args: [...args],
      options: {
        vergelijk: {type: 'string'},
        editie: {type: 'string'},
        signalen: {type: 'boolean', default: false},
      },
      strict: true,
      allowPositionals: false,
    });
    return {vergelijk: values.vergelijk, editie: values.editie, signalen: values.signalen ?? false};
  } catch (e) {
    const wat = e instanceof Error ? e.message : String(e);
    throw new Error(`Onbekende of onvolledige optie (${wat}). ${GEBRUIK}`);
  }
}

/** The content files as they were at a commit, read with git (no checkout). */
function filesAt(commit: string): ContentFile[] {
  const git = (...a: string[]) => execFileSync('git', a, {cwd: siteDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024});
  const names = git('ls-tree', '-r', '--name-only', commit, '--', 'docs', 'versioned_docs', 'blog')
    .split('\n')
    .filter((f) => /\.mdx?$/.test(f) && !f.split('/').some((s) => s.startsWith('_') || s.startsWith('.')));
  return names.flatMap((file) => {
    const what = classify(file);
    return what ? [{file, ...what, raw: git('show', `${commit}:${file}`)} satisfies ContentFile] : [];
  });
}

function rijenVan(site: ContentSite, editie: string | undefined): Rij[] {
  const pages = site.pages.filter((p) => editie === undefined || (p.kind === 'doc' && p.edition === editie));
  return rijen(pages, site.glossaries);
}

async function main(): Promise<number> {
  const o = leesOpties(process.argv.slice(2));
  const nu = await loadContent(siteDir);
  if (o.editie !== undefined && !nu.glossaries.has(o.editie)) {
    throw new Error(`Editie "${o.editie}" bestaat niet; kies uit: ${[...nu.glossaries.keys()].join(', ')}.`);
  }
  const na = rijenVan(nu, o.editie);
  const voor = o.vergelijk
    ? rijenVan(await loadContent(siteDir, {files: filesAt(o.vergelijk), problems: []}), o.editie)
    : undefined;
  console.log(tabel(na, voor));
  if (o.signalen) {
    console.log('');
    for (const r of na)
      for (const b of r.bevindingen)
        console.log(`${r.file}:${b.regel}${r.onderdeel === 'tekst' ? '' : ` (${r.onderdeel})`} — ${melding(b)}`);
  }
  return 0;
}

if (require.main === module) run(main);
