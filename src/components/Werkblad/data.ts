/** The one seam between build-time data and the pages: the werkbladen plugin's global data. */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {WerkbladInfo, WerkbladenGlobalData} from '@site/src/plugins/werkbladen/types';

export function useWerkbladen(): WerkbladInfo[] {
  return (usePluginData('werkbladen') as WerkbladenGlobalData | undefined)?.werkbladen ?? [];
}
