/**
 * npm run check — validates all content in seconds, without a build.
 * Prints every problem at once (file:line — what is wrong and what to do)
 * and exits with status 1 if there is any. Warnings are printed too, apart
 * from the problems, and never change the exit status.
 */
import path from 'node:path';
import {checkSite} from '../src/content/check';
import {formatProblems, formatWarnings, isWaarschuwing} from '../src/content/validate';

const siteDir = path.resolve(__dirname, '..');
const started = Date.now();
const all = checkSite(siteDir);
const warnings = all.filter(isWaarschuwing);
const problems = all.filter((p) => !isWaarschuwing(p));
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (warnings.length > 0) console.warn(`${formatWarnings(warnings)}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`(gecontroleerd in ${seconds} s)`);
  process.exit(1);
}
console.log(`Alle inhoud is in orde (gecontroleerd in ${seconds} s).`);
