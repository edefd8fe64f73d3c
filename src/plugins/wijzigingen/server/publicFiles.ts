import type {DeclarationInput} from '../../../urls/declared';
import {LOCALES, type Locale} from '../../../content/vocabulary';
import {OPENSEARCH_PAD, URL_LIJST_PAD, apiPad, feedPad} from '../shared/paden';

/**
 * The plugin's public files, for the URL manifest and the content check (default-locale paths;
 * the feeds and OpenSearch description are mirrored under every locale prefix, the API names its
 * locale in the path). An edition gets them when it has pages.
 */
export function publicFiles(site: DeclarationInput): string[] {
  const editions = [...new Set(site.pages.filter((p) => p.kind === 'doc').map((p) => p.edition))].sort();
  return [
    ...editions.flatMap((e) => [
      feedPad(e, 'atom'),
      feedPad(e, 'json'),
      ...(Object.keys(LOCALES) as Locale[]).flatMap((l) => [apiPad(l, e, 'paginas'), apiPad(l, e, 'begrippen')]),
    ]),
    URL_LIJST_PAD,
    OPENSEARCH_PAD,
  ];
}
