/**
 * The one seam through which theme components read the glossary: the plugin's
 * global data, for the docs version of the page being shown.
 */
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import {PLUGIN_NAME, type Begrip, type BegrippenGlobalData} from './types';

export function useBegrippen(): Begrip[] {
  const data = usePluginData(PLUGIN_NAME) as BegrippenGlobalData;
  const {version} = useDocsVersion();
  return data.versions[version] ?? [];
}

/** URL path of the A–Z page of the version a term belongs to ("/begrippen" or "/2021/begrippen"). */
export function azPath(t: Begrip): string {
  return t.permalink.slice(0, t.permalink.lastIndexOf('/'));
}
