/** The one seam between the build-time bibliography and components. */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {LiteratuurGlobalData} from './index';

export function useLiteratuur(): LiteratuurGlobalData {
  return usePluginData('literatuur') as LiteratuurGlobalData;
}
