/** The one seam between build-time index and components (mock this in tests). */
import {usePluginData} from '@docusaurus/useGlobalData';
import type {KennisbankIndex} from './collect';

export function useKennisbankIndex(): KennisbankIndex {
  return usePluginData('kennisbank-index') as KennisbankIndex;
}
