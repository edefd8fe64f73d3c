import React from 'react';
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

/** Said in English on purpose: it is only shown to readers of the English site. */
export default function UntranslatedNotice(): React.ReactNode {
  return (
    <div className="alert alert--warning margin-bottom--md" role="note" lang="en">
      <strong>This page has not been translated into English yet.</strong> You are reading the Dutch original. The
      navigation, home page and glossary terms are available in English.
    </div>
  );
}
