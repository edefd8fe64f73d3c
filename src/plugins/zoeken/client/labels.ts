import {translate} from '@docusaurus/Translate';
import {RESULT_TYPE_LABELS, type ResultType} from '../../../content/vocabulary';

export const TYPES = Object.keys(RESULT_TYPE_LABELS) as ResultType[];

/** Reader-facing label for a content type, from the vocabulary; translated through code.json (ids "zoeken.type.<type>"). */
export function typeLabel(type: string): string {
  const key = (type in RESULT_TYPE_LABELS ? type : 'info') as ResultType;
  // eslint-disable-next-line @docusaurus/string-literal-i18n-messages -- one label per vocabulary entry; each id is in i18n/*/code.json
  return translate({id: `zoeken.type.${key}`, message: RESULT_TYPE_LABELS[key]});
}

/** The docs version the reader is in, from the path below baseUrl. */
export function versionOfPath(
  pathname: string,
  baseUrl: string,
  versions: readonly {version: string; prefix: string}[],
): string {
  const rest = pathname.startsWith(baseUrl) ? pathname.slice(baseUrl.length) : pathname.replace(/^\//, '');
  const match = versions.find((v) => v.prefix !== '' && (rest === v.prefix.slice(0, -1) || rest.startsWith(v.prefix)));
  return match?.version ?? 'current';
}
