/**
 * wijzigingen: what changed, for readers and organisations.
 * - an errata page per frozen edition (/2021/errata), from src/data/errata/<editie>.yml;
 * - a feed of major changes per edition and locale, in Atom and JSON Feed (/wijzigingen/2024/atom.xml),
 *   linked from every page's head;
 * - a small content API (/api/<locale>/<jaar>/paginas.json and begrippen.json) and the URL
 *   manifest (/api/urls.json);
 * - an OpenSearch description (/opensearch.xml), linked from every page's head.
 * The change notes themselves are front matter (`wijzigingen`), completed by
 * markdown.parseFrontMatter; the remark plugin (./remark) puts an erratum notice on corrected pages.
 * Only the lifecycle is here; the work is in server/ (inhoud.ts reads, uitvoer.ts makes and writes
 * the pages and files, kop.ts the head tags, site.ts the URLs of this locale build).
 */
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {themeOf} from '../shared/plugin';
import {PLUGIN_NAME, type PluginOptions} from './options';
import {laadInhoud, leesEdities, legeInhoud, type WijzigingenInhoud} from './server/inhoud';
import {kopTags} from './server/kop';
import {wijzigingenSite} from './server/site';
import {legeUitvoer, maakUitvoer, schrijfUitvoer} from './server/uitvoer';

export {validateOptions} from './options';

export default function wijzigingenPlugin(context: LoadContext, options: PluginOptions): Plugin<WijzigingenInhoud> {
  const site = wijzigingenSite(context, options);
  let inhoud = legeInhoud();
  let uitvoer = legeUitvoer();
  return {
    name: PLUGIN_NAME,
    ...themeOf(__dirname),
    getPathsToWatch: () => [path.join(site.siteDir, 'src/data/errata/*')],
    async loadContent() {
      inhoud = laadInhoud(site.siteDir);
      return inhoud;
    },
    async allContentLoaded({allContent, actions}) {
      uitvoer = await maakUitvoer(leesEdities(allContent, site), inhoud, site, actions);
    },
    injectHtmlTags: () => ({headTags: kopTags(site)}),
    postBuild: ({outDir}) => schrijfUitvoer(outDir, site.locale, uitvoer),
  };
}
