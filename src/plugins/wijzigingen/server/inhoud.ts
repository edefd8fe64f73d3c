/**
 * What the plugin reads: its own content (the errata of the frozen editions and the sources they
 * cite, loadContent) and the pages of each edition from the docs and blog plugins (allContentLoaded).
 */
import type {AllContent} from '@docusaurus/types';
import type {Erratum} from '../../../content/errata';
import {loadSiteData, type Bron} from '../../../content/siteData';
import {errataPerEditie} from '../../../content/vastgezet';
import {CURRENT_EDITION} from '../../../content/vocabulary';
import {blogContentOf, docsContentOf} from '../../shared/plugin';
import {PLUGIN_NAME} from '../options';
import type {WijzigingenSite} from './site';
import {verzamel, type EditiePaginas} from './verzamel';

export interface WijzigingenInhoud {
  errata: Map<string, Erratum[]>;
  bronnen: Bron[];
}

export const legeInhoud = (): WijzigingenInhoud => ({errata: new Map(), bronnen: []});

export function laadInhoud(siteDir: string): WijzigingenInhoud {
  const {data} = loadSiteData(siteDir);
  // Invalid errata stop the build earlier (content-validation, the same check as npm run check).
  return {
    errata: errataPerEditie(
      siteDir,
      data.bronnen.map((b) => b.key),
    ),
    bronnen: data.bronnen,
  };
}

/** The pages of each edition; takes the docs plugin's (translated) edition labels into `site.labels`. */
export function leesEdities(allContent: AllContent, site: WijzigingenSite): EditiePaginas[] {
  const docs = docsContentOf(allContent, site.options.docsPluginId, PLUGIN_NAME);
  const perEditie = verzamel(docs, blogContentOf(allContent, site.options.blogPluginId), CURRENT_EDITION);
  for (const v of docs.loadedVersions) site.labels.set(v.versionName, v.label);
  return perEditie;
}
