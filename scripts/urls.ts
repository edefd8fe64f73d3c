/**
 * npm run urls — adds the public URLs of a build (run `npm run build` first) to
 * urls.json. It only adds: a URL leaves urls.json when someone removes it on
 * purpose, in review. The deploy workflow runs this after every build of main
 * and commits the result, so contributors never have to.
 */
import path from 'node:path';
import {readPublicFiles} from '../src/urls/declared';
import {collectPublicUrls, readManifest, writeManifest} from '../src/urls/manifest';
import {run} from './lib/run';

async function main(): Promise<number> {
  const root = path.resolve(__dirname, '..');
  const buildDir = path.resolve(process.env.BUILD_DIR ?? path.join(root, 'build'));
  const manifestFile = path.join(root, 'urls.json');
  // What the plugins reported during that build (src/urls/declared.ts).
  const urls = collectPublicUrls(buildDir, readPublicFiles(root), process.env.BASE_URL ?? '/');
  if (urls.length === 0) {
    console.error(`Geen URL's gevonden in ${buildDir}: bouw de site eerst met npm run build.`);
    return 1;
  }
  let before: string[] = [];
  try {
    before = readManifest(manifestFile);
  } catch {
    // first run
  }
  const added = urls.filter((u) => !before.includes(u));
  writeManifest(manifestFile, [...new Set([...before, ...urls])].sort());
  console.log(`urls.json: ${added.length} nieuwe URL's toegevoegd.`);
  for (const u of added) console.log(`  + ${u}`);
  return 0;
}

run(main);
