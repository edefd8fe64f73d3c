/**
 * Registers no Prism languages: the browser has no Prism (src/plugins/platte-code renders code
 * blocks as plain lines). theme-classic's own version requires `prismjs/components/prism-${lang}`;
 * with no additionalLanguages, webpack's context for that template string still resolved to
 * prismjs/components/index.js, so Prism's language loader and its table of every language
 * (about 9 KiB gzip) sat in main.js of every page. tests/browser/bundle.test.ts keeps it out.
 */
export default function prismIncludeLanguages(): void {}
