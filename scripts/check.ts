/**
 * npm run check — validates all content in seconds, without a build.
 * Prints every problem at once (file:line — what is wrong and what to do)
 * and exits with status 1 if there is any.
 */
import path from 'node:path';
import {checkSite} from '../src/content/check';
import {formatProblems} from '../src/content/validate';

const siteDir = path.resolve(__dirname, '..');
const started = Date.now();
const problems = checkSite(siteDir);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`(gecontroleerd in ${seconds} s)`);
  process.exit(1);
}
console.log(`Alle inhoud is in orde (gecontroleerd in ${seconds} s).`);
