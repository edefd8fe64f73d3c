/**
 * deploy/redirects.conf: the nginx include for the example deploy/nginx.conf, which serves the site
 * under /kennisbank/. `npm run redirects` writes it; a unit test fails when it differs from what
 * src/config/redirects.ts says.
 */
import path from 'node:path';
import {redirects} from '../../../config/redirects';
import {LOCALE_PREFIXES} from '../../../content/vocabulary';
import {nginxRedirects, type RedirectList} from './regels';

/** The base URL deploy/nginx.conf serves. */
export const DEPLOY_BASE = '/kennisbank/';
export const DEPLOY_REDIRECTS_FILE = path.resolve(__dirname, '../../../../deploy/redirects.conf');

export function deployRedirectsConf(list: RedirectList = redirects): string {
  return nginxRedirects(list, DEPLOY_BASE, LOCALE_PREFIXES);
}
