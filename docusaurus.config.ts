import type {Config} from '@docusaurus/types';
import type * as Preset from '@docusaurus/preset-classic';
import {themes as prismThemes} from 'prism-react-renderer';
import remarkMath from 'remark-math';
import rehypeKatex from 'rehype-katex';
import {siteLocation} from './src/config/site';
import {strictBlog, strictBuild} from './src/config/strict';
import contentValidationPlugin from './src/plugins/content-validation';
import werkbladenPlugin from './src/plugins/werkbladen';
import begrippenPlugin from './src/plugins/begrippen';
import remarkBegrippen from './src/plugins/begrippen/remark';
import {editUrlBase, repoUrl} from './src/config/repo';
import {redirects} from './src/config/redirects';
import fs from 'node:fs';
import kennisbankIndexPlugin from './src/plugins/kennisbank-index';
import katexPlugin from './src/plugins/katex';
import platteCodePlugin from './src/plugins/platte-code';
import literatuurPlugin from './src/plugins/literatuur';
import zoekenPlugin from './src/plugins/zoeken';

const {url, baseUrl} = siteLocation();
// "Bewerk deze pagina" and "Geef feedback" point here: REPO_URL, else package.json "repository"
// (a github.com/OWNER/REPO placeholder until the project has its real repository).
const repo = repoUrl(process.env, JSON.parse(fs.readFileSync(require.resolve('./package.json'), 'utf8')) as {repository?: string});

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
  },

  markdown: {
    ...strictBuild.markdown,
    // .md is CommonMark (contributors can write plain Markdown, HTML comments included); .mdx is MDX.
    format: 'detect',
  },

  i18n: {
    defaultLocale: 'nl',
    locales: ['nl', 'en'],
    localeConfigs: {
      nl: {label: 'Nederlands', htmlLang: 'nl'},
      en: {label: 'English', htmlLang: 'en'},
    },
  },

  presets: [
    [
      'classic',
      {
        docs: {
          // Docs are the whole knowledge base, so they live at the root: /handleiding/…, /begrippen/…
          routeBasePath: '/',
          sidebarPath: './sidebars.ts',
          // [[woord]] in a doc becomes an explained term linking to /begrippen/<id> of the same edition.
          remarkPlugins: [remarkMath, [remarkBegrippen, {siteDir: __dirname}]],
          rehypePlugins: [rehypeKatex],
          showLastUpdateTime: true,
          editUrl: editUrlBase(repo),
          lastVersion: 'current',
          versions: {
            current: {label: 'Editie 2024', banner: 'none'},
            '2021': {label: 'Editie 2021 (pilot)', path: '2021', banner: 'unmaintained'},
          },
        },
        blog: {
          path: 'blog',
          routeBasePath: 'kenniscafes',
          blogTitle: 'Kenniscafés',
          blogDescription: 'Opbrengsten van kenniscafés over samenwerken met ouders en gedeeld opvoederschap.',
          blogSidebarTitle: 'Alle kenniscafés',
          blogSidebarCount: 'ALL',
          authorsMapPath: 'authors.yml',
          tags: 'tags.yml',
          ...strictBlog,
          remarkPlugins: [remarkMath],
          rehypePlugins: [rehypeKatex],
          showReadingTime: false,
          showLastUpdateTime: true,
          editUrl: editUrlBase(repo),
          feedOptions: {
            type: ['rss', 'atom'],
            title: 'Kenniscafés — Kennisbank Gedeeld Opvoederschap',
            copyright: 'Tekst: CC BY 4.0, Kennisbank Gedeeld Opvoederschap',
            language: 'nl',
          },
        },
        pages: {
          remarkPlugins: [remarkMath],
          rehypePlugins: [rehypeKatex],
        },
        theme: {
          customCss: './src/css/custom.css',
        },
        sitemap: {
          lastmod: 'date',
          changefreq: null,
          priority: null,
        },
        // Deliberately no gtag/googleTagManager: no analytics, for readers' privacy and closed networks.
      } satisfies Preset.Options,
    ],
  ],

  plugins: [
    // KaTeX's stylesheet and fonts come from node_modules, never from a CDN.
    katexPlugin,
    // No syntax highlighting shipped to readers: the content has no code (see the plugin).
    platteCodePlugin,
    contentValidationPlugin,
    kennisbankIndexPlugin,
    literatuurPlugin,
    werkbladenPlugin,
    begrippenPlugin,
    zoekenPlugin,
    // Moved or renamed pages keep their old URL working: add {from, to} to src/config/redirects.ts.
    ['@docusaurus/plugin-client-redirects', {redirects}],
  ],

  customFields: {repoUrl: repo},


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
          ],
        },
        {
          title: 'Over deze site',
          items: [
            {label: 'Over deze kennisbank', to: '/over'},
            {label: 'Toegankelijkheid', to: '/toegankelijkheid'},
          ],
        },
      ],
      copyright:
        'Tekst van deze kennisbank: CC BY 4.0. De bronnen blijven van hun makers; elke pagina noemt ze. Geen cookies, geen tracking.',
    },
    prism: {
      theme: prismThemes.github,
      darkTheme: prismThemes.dracula,
    },
  } satisfies Preset.ThemeConfig,
};

export default config;
