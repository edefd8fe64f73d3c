/**
 * The Content-Security-Policy of deploy/nginx.conf, and the hashes of the
 * inline scripts a build really contains, so tests can prove they match.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const NGINX_CONF = path.resolve(__dirname, '../../deploy/nginx.conf');

export function readNginxHeaders(file = NGINX_CONF): Record<string, string> {
  const conf = fs.readFileSync(file, 'utf8');
  // Only the document location's headers matter for pages.
  const block = conf.slice(conf.lastIndexOf('location /kennisbank/ {'));
  const headers: Record<string, string> = {};
  for (const m of block.matchAll(/add_header\s+([\w-]+)\s+"([^"]*)"/g)) headers[m[1]!] = m[2]!;
  if (!headers['Content-Security-Policy']) throw new Error(`${file} heeft geen Content-Security-Policy`);
  return headers;
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
