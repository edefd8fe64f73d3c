/**
 * The editor's own HTML page and the list of files it needs. Not a Docusaurus
 * route: readers never download the editor (5 MB of JavaScript), and the page
 * is never in the sitemap or a search engine (noindex here and in nginx).
 * Every URL is absolute under the base URL, so /beheer and /beheer/ both work.
 */
import fs from 'node:fs';
import path from 'node:path';
import {SECTIONS} from '../shared/names';

export interface PageInput {
  baseUrl: string;
  /** Editor path below baseUrl, without slashes. */
  editorPath: string;
  siteTitle: string;
  /** https://github.com/OWNER/REPO: the issue forms and CONTRIBUTING.md, the routes without the editor. */
  repoUrl: string;
  branch: string;
  /** Stylesheets of the site, for the preview pane (same origin). */
  previewStyles: readonly string[];
}

const escapeHtml = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const EDITOR_SCRIPT = 'beheer.js';
export const CONFIG_FILE = 'config.yml';
export const DECAP_SCRIPT = 'decap-cms.js';
/** The glossary for the preview: [[begrip]] shown as on the site, an unknown word flagged. */
export const GLOSSARY_FILE = 'begrippen.json';

/** Issue forms in .github/ISSUE_TEMPLATE/: the link opens the form, not the YAML file. */
export const issueFormUrl = (repoUrl: string, template: string): string =>
  `${repoUrl}/issues/new?template=${encodeURIComponent(template)}`;

/** The other routes, for when the editor cannot be used: no login configured, or a phone. */
function otherRoutes(repoUrl: string, branch: string, baseUrl: string): string {
  const e = escapeHtml;
  return `<ul>
<li><a href="${e(issueFormUrl(repoUrl, 'nieuw-kenniscafe.yml'))}">Meld de opbrengst van een kenniscafé</a> met een formulier; de redactie maakt er een bericht van.</li>
<li><a href="${e(issueFormUrl(repoUrl, 'correctie.yml'))}">Meld een correctie of opmerking</a> over een pagina.</li>
<li>Een kleine verbetering zelf doen? Open <a href="${e(baseUrl)}">de pagina op de site</a> en klik onderaan op <strong>Bewerk deze pagina</strong>.</li>
<li>Alles over bijdragen staat in <a href="${e(`${repoUrl}/blob/${branch}/CONTRIBUTING.md`)}">de handleiding voor bijdragers</a>.</li>
</ul>`;
}

// The page's own look until Decap takes over (and for the messages): system font, the site's colours, dark mode.
const PAGE_STYLE = `
.beheer-bericht{font:1.0625rem/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem;color:#1c1e21}
.beheer-bericht h1{font-size:1.6rem;line-height:1.25}
.beheer-bericht a{color:#1d5d8f}
.beheer-bericht button{font:inherit;padding:.5rem 1rem;border-radius:.4rem;border:2px solid #1d5d8f;background:#fff;color:#1d5d8f;cursor:pointer}
.beheer-bericht li{margin:.4rem 0}
@media (prefers-color-scheme: dark){body{background:#1b1b1d}.beheer-bericht{color:#e3e3e3}.beheer-bericht a{color:#8ec5f0}.beheer-bericht button{background:#1b1b1d;color:#8ec5f0;border-color:#8ec5f0}}
`;

export function editorPage({baseUrl, editorPath, siteTitle, repoUrl, branch, previewStyles}: PageInput): string {
  const dir = `${baseUrl}${editorPath}/`;
  const e = escapeHtml;
  const routes = otherRoutes(repoUrl, branch, baseUrl);
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>Webeditor — ${e(siteTitle)}</title>
<link rel="icon" href="${e(baseUrl)}img/favicon.svg">
<style>${PAGE_STYLE}</style>
</head>
<body>
<main class="beheer-bericht" id="${SECTIONS.laden}">
<h1>Webeditor</h1>
<p>De webeditor wordt geladen…</p>
<noscript><p>De webeditor heeft JavaScript nodig. Zonder JavaScript kun je ook bijdragen:</p>${routes}</noscript>
</main>
<main class="beheer-bericht" id="${SECTIONS.geenLogin}" hidden>
<h1>De webeditor is nog niet aangezet</h1>
<p>Op deze site kun je nog niet inloggen in de webeditor: de beheerders hebben het inloggen nog niet ingesteld. Je kunt wel op een andere manier bijdragen:</p>
${routes}
<p>Beheerder van de site? In CONTRIBUTING.md staat onder „Inloggen in de webeditor instellen” hoe je het inloggen aanzet.</p>
</main>
<main class="beheer-bericht" id="${SECTIONS.smal}" hidden>
<h1>Gebruik een groter scherm</h1>
<p>De webeditor past niet op een telefoon: het formulier en het voorbeeld staan naast elkaar. Open deze pagina op een laptop, computer of tablet (liggend).</p>
<p>Op je telefoon kun je wel:</p>
${routes}
<p><button type="button">Toch openen</button></p>
</main>
<script src="${e(dir + EDITOR_SCRIPT)}" data-config="${e(dir + CONFIG_FILE)}" data-decap="${e(dir + DECAP_SCRIPT)}" data-glossary="${e(dir + GLOSSARY_FILE)}" data-preview-styles="${e(JSON.stringify(previewStyles))}"></script>
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
