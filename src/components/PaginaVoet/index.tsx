/**
 * Under every doc and blog post: "Geef feedback" (a prefilled GitHub issue
 * form, for readers who will never open a pull request) and "Citeer deze
 * pagina" (APA, with stable URL, edition and date). A doc is cited by the URL
 * that names its edition ("/2024/handleiding/houding"), which keeps showing this
 * text after a new edition arrives; on a self-hosted copy built with
 * CANONICAL_URL, by its URL on the public site. "Bewerk deze pagina" and
 * "Laatst bijgewerkt" come from Docusaurus' own footer, which this sits under.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {citationParts, formatApa, type CiteLocale} from '@site/src/lib/cite';
import {feedbackUrl} from '@site/src/config/repo';
import {CURRENT_EDITION} from '@site/src/content/vocabulary';
import {useCiteUrl} from '@site/src/components/Adres';
import styles from './styles.module.css';

export interface PaginaVoetProps {
  title: string;
  /** Permalink including the base URL, as Docusaurus gives it. */
  permalink: string;
  /** Edition label for docs ("Editie 2024"); undefined for blog posts. */
  edition?: string;
  /** Docs version of the edition ("current", "2021"), with the doc's slug: the citation names the edition in its URL. */
  editionName?: string;
  slug?: string;
  /** Last update or publication date. */
  date?: Date | number | string;
}

export default function PaginaVoet({
  title,
  permalink,
  edition,
  editionName,
  slug,
  date,
}: PaginaVoetProps): React.ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const repo = siteConfig.customFields?.repoUrl;
  const locale: CiteLocale = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const pageUrl = siteConfig.url + permalink;
  const citeUrl = useCiteUrl({edition: editionName, slug, permalink});
  // The address that always shows the newest edition (this page's own, on the public site).
  const latestUrl = useCiteUrl({permalink});
  const cite = {title, siteName: siteConfig.title, url: citeUrl, edition, date, locale};
  const parts = citationParts(cite);
  const headingId = `citeer-${permalink.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'start'}`;
  return (
    // Global class names: print stylesheets (e.g. the one-A4 gouden regels) target them.
    <div className={`${styles.voet} kennisbank-paginavoet`}>
      {typeof repo === 'string' && (
        <p className={`${styles.feedback} kennisbank-feedback`}>
          {/* An external link: Link opens it in a new tab, like Docusaurus's "Bewerk deze pagina" beside it. */}
          <Link
            href={feedbackUrl({
              repo,
              pageUrl,
              edition: edition ?? translate({id: 'kennisbank.pagina.geenEditie', message: 'Kenniscafés (geen editie)'}),
              title,
            })}>
            <Translate id="kennisbank.pagina.feedback">Geef feedback</Translate>
          </Link>{' '}
          <Translate id="kennisbank.pagina.feedbackUitleg">
            over deze pagina: meld een fout of iets wat je mist (opent een formulier op GitHub).
          </Translate>
        </p>
      )}
      <section className={styles.citeer} aria-labelledby={headingId}>
        <Heading as="h2" id={headingId} className={styles.kop}>
          {translate({id: 'kennisbank.citeer.titel', message: 'Citeer deze pagina'})}
        </Heading>
        <p className={styles.uitleg}>
          <Translate id="kennisbank.citeer.uitleg">
            Verwijs naar deze vaste URL en noem de editie en de datum, zodat iedereen precies deze versie terugvindt
            (APA):
          </Translate>
        </p>
        <p className={styles.bron} data-citeer={formatApa(cite)}>
          {parts.author}. {parts.date}. <em>{parts.title}</em>
          {parts.edition ? ` (${parts.edition})` : ''}
          {/[.?!]$/.test(parts.edition ? ')' : parts.title) ? ' ' : '. '}
          {parts.site}. <span className={styles.url}>{parts.url}</span>
        </p>
        {edition && (
          <p className={`${styles.editie} kennisbank-citeer-editie`}>
            <Translate
              id="kennisbank.citeer.editie"
              description="Under the citation of a doc: {editie} is the edition label, e.g. 'Editie 2024'"
              values={{editie: edition}}>
              {'Deze URL hoort bij {editie}: hij blijft deze tekst tonen, ook als er een nieuwe editie verschijnt.'}
            </Translate>
            {editionName === CURRENT_EDITION && (
              <>
                {' '}
                <Translate
                  id="kennisbank.citeer.nieuwste"
                  description="Under the citation of a current doc: {url} is the address that always shows the newest edition"
                  values={{url: <span className={styles.url}>{latestUrl}</span>}}>
                  {'Wil je altijd naar de nieuwste editie verwijzen? Gebruik dan {url}.'}
                </Translate>
              </>
            )}
          </p>
        )}
      </section>
    </div>
  );
}
