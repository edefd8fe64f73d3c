/**
 * npm run urls — regenerates urls.json from a build (run `npm run build` first).
 * Commit the result: the diff shows reviewers which public URLs appear or go.
 */
import path from 'node:path';
import {collectPublicUrls, readManifest, writeManifest} from '../src/urls/manifest';

const root = path.resolve(__dirname, '..');
const buildDir = path.resolve(process.env.BUILD_DIR ?? path.join(root, 'build'));
const manifestFile = path.join(root, 'urls.json');
const urls = collectPublicUrls(buildDir, process.env.BASE_URL ?? '/');
if (urls.length === 0) {
  console.error(`Geen URL's gevonden in ${buildDir}: bouw de site eerst met npm run build.`);
  process.exit(1);
}
let before: string[] = [];
try {
  before = readManifest(manifestFile);
} catch {
  // first run
}
writeManifest(manifestFile, urls);
const added = urls.filter((u) => !before.includes(u));
const removed = before.filter((u) => !urls.includes(u));
console.log(`urls.json: ${urls.length} URL's (${added.length} nieuw, ${removed.length} weg).`);
for (const u of added) console.log(`  + ${u}`);
for (const u of removed) console.log(`  - ${u}   (zet een redirect in src/config/redirects.ts als organisaties hiernaar linken)`);
