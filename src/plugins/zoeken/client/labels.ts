import {translate} from '@docusaurus/Translate';

/** Reader-facing label for a content type. */
export function typeLabel(type: string): string {
  switch (type) {
    case 'handleiding':
      return translate({id: 'zoeken.type.handleiding', message: 'Handleiding'});
    case 'ouders':
      return translate({id: 'zoeken.type.ouders', message: 'Voor ouders'});
    case 'spanningsveld':
      return translate({id: 'zoeken.type.spanningsveld', message: 'Spanningsveld'});
    case 'gouden-regels':
      return translate({id: 'zoeken.type.gouden-regels', message: 'Gouden regels'});
    case 'onderzoek':
      return translate({id: 'zoeken.type.onderzoek', message: 'Onderzoek'});
    case 'begrip':
      return translate({id: 'zoeken.type.begrip', message: 'Begrip'});
    case 'werkblad':
      return translate({id: 'zoeken.type.werkblad', message: 'Werkblad'});
    case 'kenniscafe':
      return translate({id: 'zoeken.type.kenniscafe', message: 'Kenniscafé'});
    default:
      return translate({id: 'zoeken.type.info', message: 'Informatie'});
  }
}

export const TYPES = ['handleiding', 'ouders', 'spanningsveld', 'gouden-regels', 'onderzoek', 'begrip', 'werkblad', 'kenniscafe', 'info'] as const;

/** The docs version the reader is in, from the path below baseUrl. */
export function versionOfPath(pathname: string, baseUrl: string, versions: readonly {version: string; prefix: string}[]): string {
  const rest = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, '');
  const match = versions.find((v) => v.prefix !== '' && (rest === v.prefix.slice(0, -1) || rest.startsWith(v.prefix)));
  return match?.version ?? 'current';
}
