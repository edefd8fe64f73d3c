/**
 * Reader-facing labels of the vocabulary (audiences, phases, themes), translated
 * through code.json. One function instead of a copy of every list in <Translate>s:
 * the vocabulary stays the one place where a theme or an audience is added.
 */
import {translate} from '@docusaurus/Translate';
import {TRANSLATED_VOCABULARY, type VocabularyList} from './vocabularyIds';

/** The label of `key` in the reader's language; a key the vocabulary does not know is shown as it is. */
export function vocabularyLabel(list: VocabularyList, key: string): string {
  const {prefix, labels} = TRANSLATED_VOCABULARY[list];
  const message = (labels as Readonly<Record<string, string>>)[key];
  if (message === undefined) return key;
  // eslint-disable-next-line @docusaurus/string-literal-i18n-messages -- one id per vocabulary entry, its Dutch label as message; every id is in i18n/en/code.json (src/plugins/shared/__tests__/labels.test.ts)
  return translate({id: `${prefix}.${key}`, message});
}

export const audienceLabel = (key: string): string => vocabularyLabel('audience', key);
export const phaseLabel = (key: string): string => vocabularyLabel('phase', key);
export const themeLabel = (key: string): string => vocabularyLabel('theme', key);
