// Docusaurus's plain classic template (as create-docusaurus writes it, minus
// the demo content), built with the same Docusaurus version: the baseline for
// "no more JavaScript per page than the classic template".
import type {Config} from '@docusaurus/types';

const config: Config = {
  title: 'Classic baseline',
  url: 'https://baseline.example',
  baseUrl: '/',
  // The template's demo home page is left out; only its docs page is measured.
  onBrokenLinks: 'ignore',
  // Same bundler as the site (webpack): @docusaurus/faster cannot be installed here.
  future: {v4: {fasterByDefault: false, useCssCascadeLayers: true, siteStorageNamespacing: true, removeLegacyPostBuildHeadAttribute: true, mdx1CompatDisabledByDefault: true}},
  presets: [['classic', {docs: {sidebarPath: './sidebars.ts'}, blog: false}]],
  themeConfig: {
    navbar: {title: 'Baseline', items: [{type: 'docSidebar', sidebarId: 'tutorialSidebar', label: 'Docs'}]},
  },
};
export default config;
