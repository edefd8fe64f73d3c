/**
 * An image in the text always has a description (alt text): the editor's only
 * way to insert an image is this component, whose description is required, and
 * its pattern does not recognise an image without one (`npm run check`'s
 * afbeeldingen rule would stop it too). Pure, so the Markdown round trip is unit-tested.
 */
export const AFBEELDING_PATTERN = /^!\[([^\]\n]*\S[^\]\n]*)\]\((\S+?)\)$/;

export interface Afbeelding {
  src?: string;
  alt?: string;
}

const clean = (s: string | undefined) =>
  (s ?? '')
    .replace(/[[\]\n]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

export function afbeeldingFromBlock(match: RegExpMatchArray): Record<string, string> {
  return {alt: match[1]!.trim(), src: match[2]!};
}

export function afbeeldingToBlock({src, alt}: Afbeelding): string {
  return `![${clean(alt)}](${(src ?? '').replace(/\s/g, '%20')})`;
}
