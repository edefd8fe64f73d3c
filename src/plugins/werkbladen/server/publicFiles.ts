import type {DeclarationInput} from '../../../urls/declared';
import {CURRENT_EDITION, DEFAULT_LOCALE} from '../../../content/vocabulary';
import {DEFAULT_OPTIONS} from '../options';

/** /werkbladen/<id>.pdf and .docx for every worksheet of the current edition. */
export function publicFiles(site: DeclarationInput, outPath = DEFAULT_OPTIONS.outPath): string[] {
  return site.pages
    .filter((p) => p.kind === 'doc' && p.edition === CURRENT_EDITION && p.locale === DEFAULT_LOCALE && p.data.type === 'werkblad')
    .flatMap((p) => ['pdf', 'docx'].map((ext) => `/${outPath}/${String(p.data.id)}.${ext}`));
}
