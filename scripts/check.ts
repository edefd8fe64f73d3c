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
import path from 'node:path';
import {gitRunner} from '../src/config/vcs';
import {vergelijkMetBasis} from '../src/content/basis';
import {checkSite} from '../src/content/check';
import {formatProblem, formatProblems, isError, type Problem} from '../src/content/problems';
import {run} from './lib/run';

/** A workflow command: GitHub shows it as an annotation on the file and line. */
export function annotation(p: Problem): string {
  const esc = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const prop = (s: string) => esc(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  const level = isError(p) ? 'error' : 'warning';
  return `::${level} file=${prop(p.file)},line=${p.line},title=${prop(p.field ? `Inhoud: veld ${p.field}` : 'Inhoud')}::${esc(formatProblem(p))}`;
}

async function main(): Promise<number> {
  const siteDir = path.resolve(__dirname, '..');
  const started = Date.now();
  const {problems} = await checkSite(siteDir);
  // Pull requests: a page whose meaning changed needs a change note. Only here, not in the build.
  const basis = await vergelijkMetBasis(siteDir, process.argv.slice(2), process.env, gitRunner(siteDir));
  if (basis.melding) console.log(basis.melding);
  problems.push(...basis.problems);
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
