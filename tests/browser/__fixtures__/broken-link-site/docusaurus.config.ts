// A tiny site with the real site's strictness and one dead link: its build must fail.
import type {Config} from '@docusaurus/types';
import {strictBuild} from '../../../../src/config/strict';

const config: Config = {
  title: 'Guard fixture',
  url: 'https://fixture.example',
  baseUrl: '/',
  ...strictBuild,
  presets: [['classic', {docs: {routeBasePath: '/', sidebarPath: false}, blog: false, theme: {}}]],
};
export default config;
