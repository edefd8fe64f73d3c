// A tiny site with "Laatst bijgewerkt" on, built as if downloaded as a zip (no git
// history): the guard test hides the repository, and the build must still succeed.
import path from 'node:path';
import type {Config} from '@docusaurus/types';
import {strictBuild} from '../../../../src/config/strict';
import {gitRunner, lastUpdateSource} from '../../../../src/config/vcs';

const lastUpdate = lastUpdateSource(gitRunner(path.resolve('.')));
if (lastUpdate.notice) console.log(`[kennisbank] ${lastUpdate.notice}`);

const config: Config = {
  title: 'Guard fixture',
  url: 'https://fixture.example',
  baseUrl: '/',
  ...strictBuild,
  future: {experimental_vcs: lastUpdate.vcs},
  presets: [
    ['classic', {docs: {routeBasePath: '/', sidebarPath: false, showLastUpdateTime: true}, blog: false, theme: {}}],
  ],
};
export default config;
