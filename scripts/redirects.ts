/**
 * npm run redirects — writes deploy/redirects.conf (the nginx include of deploy/nginx.conf) from the
 * one redirect list, src/config/redirects.ts. Run it after adding a redirect; the unit tests fail
 * until the file is up to date. Netlify's `_redirects` and the pages for other hosts come with the build.
 */
import fs from 'node:fs';
import path from 'node:path';
import {DEPLOY_REDIRECTS_FILE, deployRedirectsConf} from '../src/plugins/doorverwijzingen/server/deploy';
import {run} from './lib/run';

async function main(): Promise<number> {
  const text = deployRedirectsConf();
  const before = fs.existsSync(DEPLOY_REDIRECTS_FILE) ? fs.readFileSync(DEPLOY_REDIRECTS_FILE, 'utf8') : '';
  fs.writeFileSync(DEPLOY_REDIRECTS_FILE, text);
  const rel = path.relative(process.cwd(), DEPLOY_REDIRECTS_FILE);
  console.log(before === text ? `${rel} was al bijgewerkt.` : `${rel} bijgewerkt.`);
  return 0;
}

run(main);
