/** The sources, read and validated once per build (src/data/bronnen/<sleutel>.yml). */
import path from 'node:path';
import {ContentError} from '../../../content/problems';
import {DATA_FILES, loadSiteData, type Bron} from '../../../content/siteData';

/** Every source; a ContentError naming file, line and field when one is wrong. */
export function loadBronnen(siteDir: string): Bron[] {
  const {data, problems} = loadSiteData(siteDir);
  if (problems.length > 0) throw new ContentError(problems);
  return data.bronnen;
}

/** The source files, for `npm start` to reload them. */
export const bronnenGlob = (siteDir: string): string => path.join(siteDir, DATA_FILES.bronnen, '*.yml');
