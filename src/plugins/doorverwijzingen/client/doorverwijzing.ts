/**
 * The page left at a moved page's old address, for hosts without server rules (GitHub Pages, a
 * plain folder): go on to the new address with the reader's query and anchor, which the page's
 * <meta http-equiv="refresh"> would drop. An external file, not an inline script, so the site's
 * Content-Security-Policy (script-src 'self') allows it. It runs before the refresh fires.
 */
const script = document.currentScript;
const to = script?.getAttribute('data-naar');
// Only a path on this site: never another host ("//elders.example").
if (to && /^\/(?!\/)/.test(to)) {
  window.location.replace(to + window.location.search + window.location.hash);
}
export {};
