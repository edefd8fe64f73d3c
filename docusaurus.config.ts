import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import fs from 'node:fs';
import {siteEditions} from './src/content/editions';
import {createParseFrontMatter} from './src/content/frontMatter';
import {loadSiteData} from './src/content/siteData';
import type {Options as DocsOptions} from '@docusaurus/plugin-content-docs';
import {
  BLOG_FEEDS,
  CURRENT_EDITION,
  DEFAULT_LOCALE,
  LOCALE_PREFIXES,
  LOCALES,
  URLS,
  pinnedEditionPath,
  type BlogFeed,
} from './src/content/vocabulary';
import {twinSitemapPatterns} from './src/plugins/edities/shared/vastPad';
import {canonicalUrl, siteLocation} from './src/config/site';
import {strictBlog, strictBuild} from './src/config/strict';
import {editUrlBase, repoUrl} from './src/config/repo';
import {extraRedirects, redirects} from './src/config/redirects';
import {changeNotesVcs, gitRunner, lastUpdateSource} from './src/config/vcs';
import remarkBegrippen from './src/plugins/begrippen/remark';
import remarkBronnen from './src/plugins/bronnen/remark';
import remarkLiteratuur from './src/plugins/literatuur/remark';
import remarkOverzichten from './src/plugins/overzichten/remark';
import remarkWerkbladen from './src/plugins/werkbladen/remark';
import remarkKatexCss from './src/plugins/katex/remark';
import remarkErrata from './src/plugins/wijzigingen/remark';

const siteDir = __dirname;
const {url, baseUrl} = siteLocation();
// A self-hosted copy can name the public site as canonical and in "Citeer" (links stay local).
const publicSite = canonicalUrl();
// Git history is read once; "Laatst gewijzigd" of a content page is its newest change note, not a
// commit (changeNotesVcs). A copy without history (a zip download) still builds.
const lastUpdate = lastUpdateSource(gitRunner(siteDir));
if (lastUpdate.notice) console.log(`[kennisbank] ${lastUpdate.notice}`);
// "Bewerk deze pagina" and "Geef feedback" point here: REPO_URL, else package.json "repository"
// (a github.com/OWNER/REPO placeholder until the project has its real repository).
const repo = repoUrl(
  process.env,
  JSON.parse(fs.readFileSync(require.resolve('./package.json'), 'utf8')) as {repository?: string},
);
const [current, ...older] = siteEditions(siteDir);

// Each page gets its own data at build time (no global data): sources, glossary terms, worksheet
// files, references and edition notes are compiled into the pages that show them. Order matters
// for what these add at the end of a page: worksheet, then references, then sources.
// siteDir is not enumerable: the site config ships to every reader inside main.js, and the
// build machine's folder is neither their business nor worth their bytes.
const pageData = Object.defineProperty({}, 'siteDir', {value: siteDir, enumerable: false}) as {siteDir: string};
const docsRemark = [
  remarkMath,
  // Only pages with a formula load KaTeX's stylesheet.
  remarkKatexCss,
  [remarkBegrippen, pageData],
  [remarkOverzichten, pageData],
  // After the summary and edition note, so a corrected page of an older edition opens with its erratum notice.
  [remarkErrata, pageData],
  [remarkWerkbladen, pageData],
  [remarkLiteratuur, pageData],
  [remarkBronnen, pageData],
];

// The docs: the whole knowledge base, with every edition of it (docs/ is the current edition,
// versioned_docs/ the archived ones). Registered through src/plugins/edities, which adds the pinned
// URLs of the current edition ("/2024/…", "/en/2024/…").
const docsOptions = {
  // Docs are the whole knowledge base, so they live at the root: /handleiding/…, /begrippen/…
  routeBasePath: '/',
  sidebarPath: './sidebars.ts',
  // [[woord]] in a doc becomes an explained term linking to /begrippen/<id> of the same edition.
  remarkPlugins: docsRemark,
  rehypePlugins: [rehypeKatex],
  showLastUpdateTime: true,
  editUrl: editUrlBase(repo),
  lastVersion: 'current',
  // Editions: labels and paths from src/content/vocabulary.ts, checked against versions.json.
  versions: {
    [current!.name]: {label: current!.label, banner: 'none'},
    ...Object.fromEntries(
      older.map((e) => [e.name, {label: e.label, path: e.path.slice(1), banner: 'unmaintained' as const}]),
    ),
  },
} satisfies DocsOptions;
// The path that names the current edition ("/2024"): pinned URLs, the sitemap and "Citeer" all use it.
const vastPad = pinnedEditionPath(CURRENT_EDITION, '');

const config: Config = {
  title: 'Kennisbank Gedeeld Opvoederschap',
  tagline: 'Samen opvoeden als een kind niet thuis woont',
  favicon: 'img/favicon.svg',
  url,
  baseUrl,
  trailingSlash: false,
  // The banner is an extra inline script; our base-URL test suite covers what it warns about.
  baseUrlIssueBanner: false,
  ...strictBuild,

  future: {
    // Docusaurus v4 behaviour, except where noted:
    v4: {
      removeLegacyPostBuildHeadAttribute: true,
      // The cascade-layer polyfill gave Infima's :root more specificity than
      // custom.css, so the accessible palette never applied.
      useCssCascadeLayers: false,
      // One colour-mode choice for both locales, and one inline-script hash in the CSP for every build.
      siteStorageNamespacing: false,
      // @docusaurus/faster's SWC binaries for other platforms are not on the registry mirror,
      // so its lock file could never pass `npm ci`: stay on webpack.
      fasterByDefault: false,
      mdx1CompatDisabledByDefault: true,
    },
    // Content pages are dated by their change notes (last_update from `wijzigingen`), not by commits.
    experimental_vcs: changeNotesVcs(lastUpdate.vcs, siteDir),
    // Docusaurus's own build speed-ups that need no @docusaurus/faster: each MDX file compiled
    // once for the client and server bundles, and pages rendered in worker threads.
    faster: {mdxCrossCompilerCache: true, ssgWorkerThreads: true},
  },

  markdown: {
    ...strictBuild.markdown,
    // .md is CommonMark (contributors can write plain Markdown, HTML comments included); .mdx is MDX.
    format: 'detect',
    // Front matter is validated once, here: every page, plugin and component sees the same values, with defaults.
    parseFrontMatter: createParseFrontMatter({siteDir, bronKeys: loadSiteData(siteDir).data.bronnen.map((b) => b.key)}),
  },

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: Object.keys(LOCALES),
    localeConfigs: LOCALES,
  },

  presets: [
    [
      'classic',
      {
        // The docs plugin is registered below, wrapped by src/plugins/edities (pinned edition URLs).
        docs: false,
        blog: {
          path: 'blog',
          routeBasePath: URLS.blog.slice(1),
          blogTitle: 'Kenniscafés',
          blogDescription: 'Opbrengsten van kenniscafés over samenwerken met ouders en gedeeld opvoederschap.',
          blogSidebarTitle: 'Alle kenniscafés',
          blogSidebarCount: 'ALL',
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          ...strictBlog,
          // Kenniscafé posts mark glossary terms too (with the current edition's glossary) and list their sources.
          remarkPlugins: [remarkMath, remarkKatexCss, [remarkBegrippen, pageData], [remarkBronnen, pageData]],
          rehypePlugins: [rehypeKatex],
          showReadingTime: false,
          showLastUpdateTime: true,
          editUrl: editUrlBase(repo),
          feedOptions: {
            type: Object.keys(BLOG_FEEDS) as BlogFeed[],
            title: 'Kenniscafés — Kennisbank Gedeeld Opvoederschap',
            copyright: 'Tekst: CC BY 4.0, Kennisbank Gedeeld Opvoederschap',
            language: 'nl',
          },
        },
        pages: {
          remarkPlugins: [remarkMath, remarkKatexCss],
          rehypePlugins: [rehypeKatex],
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          // A pinned URL shows the same text as the current page while its edition is current; the
          // current page is the one to list (and the twins' canonical link names it).
          ignorePatterns: twinSitemapPatterns(baseUrl, vastPad, LOCALE_PREFIXES),
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
        // Deliberately no gtag/googleTagManager: no analytics, for readers' privacy and closed networks.
      } satisfies Preset.Options,
    ],
  ],

  // Site plugins, registered by path (each folder: index.ts, options.ts, server/, theme/, remark/).
  plugins: [
    // Docusaurus's docs plugin, plus a second URL for every page of the current edition that names
    // the edition (/2024/handleiding/houding); see src/plugins/edities.
    ['./src/plugins/edities/index.ts', {...docsOptions, vastPad}],
    // KaTeX's stylesheet and fonts come from node_modules, never from a CDN.
    './src/plugins/katex/index.ts',
    // CSS that only some pages use loads with those pages, not in the stylesheet of every page.
    // Only component CSS with its own class names belongs here (see the plugin).
    [
      './src/plugins/paginastijl/index.ts',
      {
        // Each entry costs every page a few bytes of webpack runtime: list only what most pages
        // do not use and what weighs more than that (sizes gzip, `npm run bench`).
        separateStylesheets: [
          '/katex/dist/katex', // 4.6 KiB, pages with a formula
          '/src/plugins/werkbladen/theme/', // 1.6 KiB, worksheets and their overview
          '/src/components/RouteOverzicht/', // 0.8 KiB, the route table
          '/src/theme/DocItem/Content/print.css', // 0.6 KiB, the gouden regels' one-A4 print layout
          '/src/plugins/overzichten/theme/SpanningsveldenOverzicht/', // 0.6 KiB
          '/src/plugins/zoeken/theme/ZoekenPage/', // 0.5 KiB, the search page
          '/src/pages/index.module.css', // 0.4 KiB, the home page
          '/src/plugins/begrippen/theme/BegrippenLijst/', // 0.3 KiB, the glossary index
          '/src/plugins/literatuur/theme/', // 0.2 KiB, research pages
          '/@docusaurus/theme-classic/lib/theme/Blog', // 1.2 KiB, the kenniscafés
        ],
      },
    ],
    // No syntax highlighting shipped to readers: the content has no code (see the plugin).
    './src/plugins/platte-code/index.ts',
    // Every content problem at once, in Dutch, before anything renders: the same check as `npm run check`.
    './src/plugins/content-validation/index.ts',
    './src/plugins/bronnen/index.ts',
    './src/plugins/overzichten/index.ts',
    './src/plugins/literatuur/index.ts',
    './src/plugins/werkbladen/index.ts',
    './src/plugins/begrippen/index.ts',
    './src/plugins/zoeken/index.ts',
    // robots.txt naming the sitemaps, from SITE_URL and BASE_URL.
    './src/plugins/robots/index.ts',
    // What changed: errata pages of older editions, feeds of major changes, the content API
    // (/api/…), OpenSearch, and the banner of an older edition.
    './src/plugins/wijzigingen/index.ts',
    // A linked page's code loads when the reader points at, taps or focuses the link, not when it scrolls into view.
    './src/plugins/vooruitladen/index.ts',
    // The handleiding as a book: a PDF and an EPUB per edition, made in postBuild from the built pages.
    './src/plugins/boek/index.ts',
    // The web editor at /beheer/ (Decap CMS, self-hosted), its form generated from the schemas and data files.
    // BEHEER_AUTH_URL: the OAuth service that logs contributors in to GitHub (see CONTRIBUTING.md).
    [
      './src/plugins/beheer/index.ts',
      {
        authUrl: process.env.BEHEER_AUTH_URL || undefined,
        siteDomain: process.env.BEHEER_SITE_DOMAIN || undefined,
      },
    ],
    // Moved or renamed pages keep their old URL working, #anchor included: add {from, to} to
    // src/config/redirects.ts (and run npm run redirects for nginx). REDIRECTS_EXTRA (JSON, same shape)
    // adds entries for one build only: the base-URL test plants a moved page there, never in the list.
    ['./src/plugins/doorverwijzingen/index.ts', {redirects: [...redirects, ...extraRedirects(process.env)]}],
  ],

  customFields: {repoUrl: repo, ...(publicSite ? {canonicalUrl: publicSite} : {})},

  themeConfig: {
    metadata: [{name: 'description', content: 'Kennis over gedeeld opvoederschap en de Relationele Route.'}],
    colorMode: {
      defaultMode: 'light',
      respectPrefersColorScheme: true,
    },
    docs: {
      sidebar: {hideable: true},
    },
    navbar: {
      title: 'Kennisbank Gedeeld Opvoederschap',
      logo: {
        alt: 'Kennisbank Gedeeld Opvoederschap, naar de startpagina',
        src: 'img/logo.svg',
      },
      // Four top-level items, so the bar fits from 997 px (where the phone menu ends) upwards:
      // the handleiding, what deepens it (one menu), and the two tools readers look up often.
      // tests/browser/layout.test.ts checks that nothing overlaps at 360 to 1920 px.
      items: [
        {type: 'docSidebar', sidebarId: 'handleiding', position: 'left', label: 'Handleiding'},
        {
          type: 'dropdown',
          label: 'Verdieping',
          position: 'left',
          items: [
            {type: 'docSidebar', sidebarId: 'spanningsvelden', label: 'Spanningsvelden'},
            {type: 'doc', docId: 'gouden-regels', label: 'Gouden regels'},
            {type: 'docSidebar', sidebarId: 'onderzoek', label: 'Onderzoek'},
            {to: '/kenniscafes', label: 'Kenniscafés'},
          ],
        },
        {type: 'docSidebar', sidebarId: 'begrippen', position: 'left', label: 'Begrippen'},
        {type: 'docSidebar', sidebarId: 'werkbladen', position: 'left', label: 'Werkbladen'},
        {type: 'docsVersionDropdown', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Lezen',
          items: [
            {label: 'Handleiding', to: '/handleiding'},
            {label: 'Voor ouders', to: '/voor-ouders'},
            {label: 'Spanningsvelden', to: '/spanningsvelden'},
            {label: 'Begrippen', to: '/begrippen'},
          ],
        },
        {
          title: 'Gebruiken',
          items: [
            {label: 'Werkbladen', to: '/werkbladen'},
            {label: 'Kenniscafés', to: '/kenniscafes'},
            // pathname:// keeps baseUrl and bypasses the router: the feed is a file, not a page.
            {label: 'RSS-feed kenniscafés', href: 'pathname:///kenniscafes/rss.xml'},
            {label: 'Feed met wijzigingen', href: 'pathname:///wijzigingen/2024/atom.xml'},
          ],
        },
        {
          title: 'Over deze site',
          items: [
            {label: 'Over deze kennisbank', to: '/over'},
            {label: 'Voor organisaties', to: '/voor-organisaties'},
            {label: 'Toegankelijkheid', to: '/toegankelijkheid'},
          ],
        },
      ],
      copyright:
        'Tekst van deze kennisbank: CC BY 4.0. De bronnen blijven van hun makers; elke pagina noemt ze. Geen cookies, geen tracking.',
    },
    // No Prism in the browser (platte-code, src/theme/CodeBlock), yet this object ships in main.js:
    // empty instead of the github and dracula themes (0.4 KiB gzip on every page).
    prism: {
      theme: {plain: {}, styles: []},
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
