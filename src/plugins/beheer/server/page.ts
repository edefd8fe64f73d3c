/**
 * The editor's own HTML page and the list of files it needs. Not a Docusaurus
 * route: readers never download the editor (5 MB of JavaScript), and the page
 * is never in the sitemap or a search engine (noindex here and in nginx).
 * Every URL is absolute under the base URL, so /beheer and /beheer/ both work.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface PageInput {
  baseUrl: string;
  /** Editor path below baseUrl, without slashes. */
  editorPath: string;
  siteTitle: string;
  /** Stylesheets of the site, for the preview pane (same origin). */
  previewStyles: readonly string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EDITOR_SCRIPT = 'beheer.js';
export const CONFIG_FILE = 'config.yml';
export const DECAP_SCRIPT = 'decap-cms.js';

export function editorPage({baseUrl, editorPath, siteTitle, previewStyles}: PageInput): string {
  const dir = `${baseUrl}${editorPath}/`;
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Webeditor — ${escapeHtml(siteTitle)}</title>
<link rel="icon" href="${escapeHtml(baseUrl)}img/favicon.svg">
<link rel="cms-config-url" type="text/yaml" href="${escapeHtml(dir + CONFIG_FILE)}">
</head>
<body>
<noscript>De webeditor heeft JavaScript nodig. Zonder JavaScript kun je bijdragen via GitHub met „Bewerk deze pagina” (zie CONTRIBUTING.md).</noscript>
<script src="${escapeHtml(dir + DECAP_SCRIPT)}"></script>
<script src="${escapeHtml(dir + EDITOR_SCRIPT)}" data-preview-styles="${escapeHtml(JSON.stringify(previewStyles))}"></script>
</body>
</html>
`;
}

/** Decap's prebuilt bundle: the main script, its lazily loaded chunks and WebAssembly, and its licence notice. */
export function decapDistFiles(distDir: string): string[] {
  return fs
    .readdirSync(distDir)
    .filter(
      (f) =>
        f === DECAP_SCRIPT ||
        f === `${DECAP_SCRIPT}.LICENSE.txt` ||
        /^\d+\.decap-cms\.js$/.test(f) ||
        f.endsWith('.wasm'),
    )
    .sort();
}

/** Stylesheets a built page links to (the site's CSS, hashed), for the editor's preview. */
export function stylesheetsOf(html: string): string[] {
  return [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet\b/.test(tag))
    .map((tag) => /\bhref=["']?([^"'\s>]+)/.exec(tag)?.[1])
    .filter((href): href is string => Boolean(href));
}

export const decapDistDir = (): string => path.dirname(require.resolve('decap-cms/dist/decap-cms.js'));
