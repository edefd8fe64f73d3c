import React from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';

/**
 * True when a page is shown in a non-default locale but its text came from the
 * default-locale source (Docusaurus falls back to it when no translation exists).
 */
export function isUntranslated(source: string, currentLocale: string, defaultLocale: string): boolean {
  return currentLocale !== defaultLocale && !source.includes(`/i18n/${currentLocale}/`);
}

export function useIsUntranslated(source: string): boolean {
  const {i18n} = useDocusaurusContext();
  return isUntranslated(source, i18n.currentLocale, i18n.defaultLocale);
}

/**
 * The `lang` for interface text (headings, labels, notes) that a component places
 * inside a page's content. On another locale than the default, an untranslated
 * page's content is marked lang="nl" (theme/DocItem/Content), while the interface
 * text around it is translated: it says so itself. Undefined on the default locale,
 * where everything is Dutch and the page's own lang holds.
 */
export function useInterfaceLang(): string | undefined {
  const {i18n} = useDocusaurusContext();
  if (i18n.currentLocale === i18n.defaultLocale) return undefined;
  return i18n.localeConfigs[i18n.currentLocale]?.htmlLang ?? i18n.currentLocale;
}

/**
 * Only shown on other locales than Dutch, so its default messages are English
 * (the language of the only other locale); a new locale translates them in code.json.
 */
export default function UntranslatedNotice(): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" lang={lang}>
      <strong>
        <Translate
          id="kennisbank.onvertaald.titel"
          description="Notice above a page that is not translated yet: first sentence, in bold">
          This page has not been translated into English yet.
        </Translate>
      </strong>{' '}
      <Translate
        id="kennisbank.onvertaald.tekst"
        description="Notice above a page that is not translated yet: what the reader gets instead">
        You are reading the Dutch original. The navigation, home page and glossary terms are available in English.
      </Translate>
    </div>
  );
}
