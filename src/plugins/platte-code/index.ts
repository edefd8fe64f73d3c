/**
 * platte-code: no syntax highlighting in the browser.
 *
 * The kennisbank has no code in its content, and its contributors write prose.
 * Yet theme-classic loads prism-react-renderer on every page: about 35 kB of
 * gzipped JavaScript and a quarter second of start-up work on a throttled phone
 * (measured with `npm run bench`). This plugin points the browser and
 * server bundles at ./highlight.tsx, which renders a code block as plain lines,
 * so a contribution that does contain a code block still reads well.
 * The Node side (theme options, config) keeps the real package.
 */
import path from 'node:path';
import type {Plugin} from '@docusaurus/types';
import {createOptionsValidator} from '../shared/options';

/** No options: it only replaces prism-react-renderer in the browser bundles. */
export const {validateOptions} = createOptionsValidator({plugin: 'platte-code', shape: {}});

export default function platteCodePlugin(): Plugin<void> {
  const stub = path.join(__dirname, 'highlight.tsx');
  return {
    name: 'platte-code',
    configureWebpack() {
      return {resolve: {alias: {'prism-react-renderer$': stub}}};
    },
  };
}
