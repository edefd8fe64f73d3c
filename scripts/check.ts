/**
 * npm run check — validates all content in seconds, without a build, exactly as
 * the build's content-validation plugin does (src/content/check.ts), and compares
 * changed pages with the base branch (GITHUB_BASE_REF, origin/main or --basis <tak>):
 * a page whose text changed beyond a minor edit without a new change note gets a
 * warning (src/content/grootWijziging.ts). Prints
 * every problem at once (file:line — what is wrong and what to do), warnings
 * apart, and exits with status 1 when there is an error. In GitHub Actions the
 * problems also appear on the changed lines of a pull request.
 */
import {execFileSync} from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import {gitRunner} from '../src/config/vcs';
import {vergelijkMetBasis} from '../src/content/basis';
import {checkSite} from '../src/content/check';
import {ownFirst, placeInForm} from '../src/content/eigen';
import {formatProblem, formatProblems, isError, type Problem} from '../src/content/problems';
import {run} from './lib/run';

/** A workflow command: GitHub shows it as an annotation on the file and line. */
export function annotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = isError(p) ? 'error' : 'warning';
  return `::${level} file=${prop(p.file)},line=${p.line},title=${prop(p.field ? `Inhoud: veld ${p.field}` : 'Inhoud')}::${esc(formatProblem(p))}`;
}

/** Files this pull request changes (GITHUB_BASE_REF in Actions, or CHECK_BASE), or none outside one. */
function ownFiles(siteDir: string): Set<string> {
  const base = process.env.CHECK_BASE ?? (process.env.GITHUB_BASE_REF ? `origin/${process.env.GITHUB_BASE_REF}` : '');
  if (!base) return new Set();
  try {
    const out = execFileSync('git', ['diff', '--name-only', `${base}...HEAD`], {cwd: siteDir, encoding: 'utf8'});
    return new Set(out.split('\n').filter(Boolean));
  } catch {
    return new Set();
  }
}

async function main(): Promise<number> {
  const siteDir = path.resolve(__dirname, '..');
  const started = Date.now();
  const {problems: found} = await checkSite(siteDir);
  // Pull requests: a page whose meaning changed needs a change note. Only here, not in the build.
  const basis = await vergelijkMetBasis(siteDir, process.argv.slice(2), process.env, gitRunner(siteDir));
  if (basis.melding) console.log(basis.melding);
  found.push(...basis.problems);
  const own = ownFiles(siteDir);
  const all = process.argv.includes('--alles') || own.size === 0;
  const split = ownFirst(found, own, all);
  const where = (p: Problem) => {
    const full = path.join(siteDir, p.file);
    const place = placeInForm(p, fs.existsSync(full) ? fs.readFileSync(full, 'utf8') : undefined);
    return place ? {...p, message: `${p.message} (In de webeditor: ${place}.)`} : p;
  };
  // Only her own files get the form's place; other pages are not open in her editor.
  const problems = [...split.own.map(where), ...split.others];
  if (split.own.length > 0) console.log(`Eerst de bestanden van deze bijdrage (${own.size}), dan de rest.`);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (process.env.GITHUB_ACTIONS === 'true') for (const p of problems) console.log(annotation(p));
  const warnings = problems.filter((p) => !isError(p));
  const errors = problems.filter(isError);
  if (warnings.length > 0) {
    console.warn(
      [
        `${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'} (die houden niets tegen):`,
        ...warnings.map((w) => `  ! ${formatProblem(w)}`),
        '',
      ].join('\n'),
    );
  }
  if (split.hiddenWarnings > 0)
    console.warn(
      `(${split.hiddenWarnings} waarschuwingen over andere pagina's niet getoond; zie ze met npm run check -- --alles)`,
    );
  if (errors.length > 0) {
    console.error(formatProblems(errors));
    console.error(`(gecontroleerd in ${seconds} s)`);
    return 1;
  }
  console.log(`Alle inhoud is in orde (gecontroleerd in ${seconds} s).`);
  return 0;
}

if (require.main === module) {
  run(main);
}
