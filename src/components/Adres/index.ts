/**
 * The site's addresses as the browser knows them (src/lib/adres.ts does the work): the public root
 * (CANONICAL_URL for a self-hosted copy, else this site), and the URLs "Citeer" and the canonical link give.
 */
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {CURRENT_EDITION, pinnedEditionPath} from '@site/src/content/vocabulary';
import {publicUrl, type SiteAddress} from '@site/src/lib/adres';

/** The path that names the current edition ("/2024"); the edities plugin serves its twins there. */
export const VAST_PAD = pinnedEditionPath(CURRENT_EDITION, '');

export function useSiteAddress(): SiteAddress {
  const {siteConfig, i18n} = useDocusaurusContext();
  const canonicalUrl = siteConfig.customFields?.canonicalUrl;
  return {
    siteUrl: siteConfig.url,
    baseUrl: siteConfig.baseUrl,
    locale: i18n.currentLocale,
    defaultLocale: i18n.defaultLocale,
    canonicalUrl: typeof canonicalUrl === 'string' ? canonicalUrl : undefined,
  };
}

/**
 * The URL to cite for a page: for a doc the URL that names its edition ("/2024/handleiding/houding",
 * which keeps showing this text after a new edition), for other pages their own; on the public site.
 */
export function useCiteUrl(page: {edition?: string; slug?: string; permalink: string}): string {
  const address = useSiteAddress();
  const below =
    page.edition !== undefined && page.slug !== undefined
      ? pinnedEditionPath(page.edition, page.slug)
      : page.permalink.startsWith(address.baseUrl)
        ? page.permalink.slice(address.baseUrl.length)
        : page.permalink;
  return publicUrl(address, below);
}
