import {DEFAULT_OPTIONS, exportPaths} from '../options';

/** The bibliography downloads: /downloads/literatuur.bib and .ris. */
export function publicFiles(options = DEFAULT_OPTIONS): string[] {
  const {bibtex, ris} = exportPaths(options);
  return [bibtex, ris];
}
