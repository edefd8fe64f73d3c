/**
 * A small site for the boek plugin's lifecycle test (../lifecycle.test.ts):
 * two handleiding pages (one with change notes) and one term, in Dutch with
 * English as the second locale, front matter read by the site's own parser.
 */
import type {Config} from '@docusaurus/types';
import {createParseFrontMatter} from '../../../../../content/frontMatter';
import {loadSiteData} from '../../../../../content/siteData';

export default {
  title: 'Kennisbank Gedeeld Opvoederschap',
  url: 'https://kennisbank.example',
  baseUrl: '/',
  i18n: {defaultLocale: 'nl', locales: ['nl', 'en']},
  markdown: {
    parseFrontMatter: createParseFrontMatter({
      siteDir: __dirname,
      bronKeys: loadSiteData(__dirname).data.bronnen.map((b) => b.key),
    }),
  },
} satisfies Config;
