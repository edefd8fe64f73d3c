/**
 * The Content-Security-Policy of deploy/nginx.conf, and the hashes of the
 * inline scripts a build really contains, so tests can prove they match.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const NGINX_CONF = path.resolve(__dirname, '../../deploy/nginx.conf');

/** The `location <prefix> { … }` blocks of nginx.conf (prefix locations only) and the headers each adds. */
export function readNginxLocations(file = NGINX_CONF): {prefix: string; headers: Record<string, string>}[] {
  const conf = fs.readFileSync(file, 'utf8').replace(/#.*$/gm, '');
  const out: {prefix: string; headers: Record<string, string>}[] = [];
  for (const m of conf.matchAll(/location\s+(\/\S*)\s*\{([^}]*)\}/g)) {
    const headers: Record<string, string> = {};
    for (const h of m[2]!.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"/g)) headers[h[1]!] = h[2]!;
    out.push({prefix: m[1]!, headers});
  }
  return out;
}

/** The headers nginx adds to a document at `location` (its own add_header lines: nginx does not inherit them into a location that has some). */
export function readNginxHeaders(file = NGINX_CONF, location = '/kennisbank/'): Record<string, string> {
  const block = readNginxLocations(file).find((l) => l.prefix === location);
  if (!block?.headers['Content-Security-Policy'])
    throw new Error(`${file} heeft geen Content-Security-Policy in location ${location}`);
  return block.headers;
}

/** Where the example config serves the site; the test server maps its locations onto any base URL. */
export const NGINX_BASE = '/kennisbank/';

/**
 * The headers for a path below the base URL ("beheer/config.yml"), as nginx picks them:
 * the longest prefix location that matches (under /kennisbank/ in the example config).
 */
export function nginxHeadersFor(file = NGINX_CONF): (pathBelowBase: string) => Record<string, string> {
  const locations = readNginxLocations(file)
    .filter((l) => l.prefix.startsWith(NGINX_BASE) && l.headers['Content-Security-Policy'])
    .sort((a, b) => b.prefix.length - a.prefix.length);
  if (!locations.some((l) => l.prefix === NGINX_BASE))
    throw new Error(`${file} heeft geen Content-Security-Policy in location ${NGINX_BASE}`);
  return (rel) => {
    const full = NGINX_BASE + rel.replace(/^\/+/, '');
    return (locations.find((l) => full.startsWith(l.prefix)) ?? locations.at(-1)!).headers;
  };
}

/** sha256 source expressions of every executable inline script in the HTML files below dir. */
export function inlineScriptHashes(dir: string): Set<string> {
  const hashes = new Set<string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, {withFileTypes: true})) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.html')) {
        const html = fs.readFileSync(full, 'utf8');
        for (const m of html.matchAll(/<script(?![^>]*\bsrc=)([^>]*)>([\s\S]*?)<\/script>/g)) {
          if (/type=["']?application\/(ld\+)?json/.test(m[1]!)) continue; // data, not executed
          hashes.add(`'sha256-${crypto.createHash('sha256').update(m[2]!).digest('base64')}'`);
        }
      }
    }
  };
  walk(dir);
  return hashes;
}
