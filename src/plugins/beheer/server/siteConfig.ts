/**
 * The editor's configuration for a site directory: its data files read and
 * validated the way the build does (a broken file stops with the same Dutch
 * problems), then turned into Decap's config. The plugin calls this at build
 * time; the browser test calls it on its temporary copy of the content.
 */
import {ContentError} from '../../../content/problems';
import {loadSiteData} from '../../../content/siteData';
import {decapConfig, type BeheerInput, type DecapConfig} from './config';
import {dataLabels} from './labels';

export type SiteConfigInput = Omit<BeheerInput, 'data' | 'labels'>;

export function editorConfig(siteDir: string, input: SiteConfigInput): DecapConfig {
  const {data, problems} = loadSiteData(siteDir);
  if (problems.length > 0) throw new ContentError(problems);
  return decapConfig({...input, data, labels: dataLabels(siteDir)});
}
