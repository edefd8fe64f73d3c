/**
 * vooruitladen: load a linked page's code when a reader reaches for the link, not for every
 * link that scrolls into view.
 *
 * Docusaurus's <Link> puts an IntersectionObserver on every internal link and, once it is
 * visible, prefetches that page's chunks: on a long handleiding page with its sidebar about
 * 120 KiB gzip within two seconds of loading (`npm run bench`), on every visit, for pages
 * most readers never open. <Link> already preloads a page on mouse-over and touch; this
 * plugin's client module (./client) turns off the viewport prefetch and adds the same
 * preload on keyboard focus, so a click, tap or Enter still finds the page's code loaded
 * or on its way.
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {PLUGIN_NAME, type PluginOptions} from './options';

export {validateOptions} from './options';

export default function vooruitladenPlugin(_context: LoadContext, _options: PluginOptions): Plugin<void> {
  return {
    name: PLUGIN_NAME,
    getClientModules: () => [path.join(__dirname, 'client/index.ts')],
  };
}
