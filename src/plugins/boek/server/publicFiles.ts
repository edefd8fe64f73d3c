import type {DeclarationInput} from '../../../urls/declared';
import {DEFAULT_LOCALE, EDITIONS} from '../../../content/vocabulary';
import {bookPaths, DEFAULT_OPTIONS} from '../options';

/** The book of every edition that has handleiding pages: /downloads/handleiding-<year>.pdf and .epub. */
export function publicFiles(site: DeclarationInput, options = DEFAULT_OPTIONS): string[] {
  const editions = new Set(
    site.pages
      .filter((p) => p.kind === 'doc' && p.locale === DEFAULT_LOCALE && p.data.type === 'handleiding')
      .map((p) => p.edition),
  );
  return [...editions].flatMap((e) => {
    const year = (EDITIONS as Record<string, {year: string}>)[e]?.year;
    return year ? Object.values(bookPaths(options, year)) : [];
  });
}
