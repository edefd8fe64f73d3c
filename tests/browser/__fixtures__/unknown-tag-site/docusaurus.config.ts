// A tiny blog with the real site's blog strictness and one unknown tag: its build must fail.
import type {Config} from '@docusaurus/types';
import {strictBlog, strictBuild} from '../../../../src/config/strict';

const config: Config = {
  title: 'Guard fixture',
  url: 'https://fixture.example',
  baseUrl: '/',
  ...strictBuild,
  presets: [
    [
      'classic',
      {
        docs: false,
        blog: {routeBasePath: '/', tags: 'tags.yml', authorsMapPath: 'authors.yml', ...strictBlog},
        theme: {},
      },
    ],
  ],
};
export default config;
