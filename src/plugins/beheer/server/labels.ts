/**
 * Labels for the editor's dropdowns: the name a reader sees for a blog author
 * (blog/authors.yml `name`) and tag (blog/tags.yml `label`). The keys and their
 * validation come from loadSiteData; this only adds words to show, and falls
 * back to the key when a file has none.
 */
import fs from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import {DATA_FILES} from '../../../content/siteData';

function labelsIn(siteDir: string, rel: string, field: string): Record<string, string> {
  const full = path.join(siteDir, rel);
  if (!fs.existsSync(full)) return {};
  try {
    const data = yaml.load(fs.readFileSync(full, 'utf8')) as Record<string, Record<string, unknown> | null> | null;
    return Object.fromEntries(
      Object.entries(data ?? {}).flatMap(([k, v]) =>
        v && typeof v[field] === 'string' ? [[k, v[field] as string]] : [],
      ),
    );
  } catch {
    return {}; // a broken file is loadSiteData's to report, with its line
  }
}

export function dataLabels(siteDir: string): {authors: Record<string, string>; tags: Record<string, string>} {
  return {authors: labelsIn(siteDir, DATA_FILES.authors, 'name'), tags: labelsIn(siteDir, DATA_FILES.tags, 'label')};
}
