/**
 * What this plugin makes public beyond its pages, for the content check and the
 * URL manifest (listed in src/config/publicFiles.ts): the BibTeX and RIS downloads.
 */
import {DEFAULT_OPTIONS, exportPaths} from '../options';

/** The bibliography downloads: /downloads/literatuur.bib and .ris. */
export function publicFiles(options = DEFAULT_OPTIONS): string[] {
  const {bibtex, ris} = exportPaths(options);
  return [bibtex, ris];
}
