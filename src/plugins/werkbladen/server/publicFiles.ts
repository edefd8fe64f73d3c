import type {DeclarationInput} from '../../../urls/declared';
import {CURRENT_EDITION, DEFAULT_LOCALE, EDITIONS} from '../../../content/vocabulary';
import {DEFAULT_OPTIONS, zipPath} from '../options';

/** /werkbladen/<id>.pdf and .docx for every worksheet of the current edition, and the zip of them all. */
export function publicFiles(site: DeclarationInput, options = DEFAULT_OPTIONS): string[] {
  const sheets = site.pages.filter(
    (p) =>
      p.kind === 'doc' && p.edition === CURRENT_EDITION && p.locale === DEFAULT_LOCALE && p.data.type === 'werkblad',
  );
  const zip = sheets.length > 0 ? zipPath(options, EDITIONS[CURRENT_EDITION].year) : undefined;
  return [
    ...sheets.flatMap((p) => ['pdf', 'docx'].map((ext) => `/${options.outPath}/${String(p.data.id)}.${ext}`)),
    ...(zip ? [zip] : []),
  ];
}
