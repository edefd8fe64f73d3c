/**
 * Under every doc and blog post: "Geef feedback" (a prefilled GitHub issue
 * form, for readers who will never open a pull request) and "Citeer deze
 * pagina" (APA, with stable URL, edition and date). "Bewerk deze pagina" and
 * "Laatst bijgewerkt" come from Docusaurus' own footer, which this sits under.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {citationParts, formatApa, type CiteLocale} from '@site/src/lib/cite';
import {feedbackUrl} from '@site/src/config/repo';
import styles from './styles.module.css';

export interface PaginaVoetProps {
  title: string;
  /** Permalink including the base URL, as Docusaurus gives it. */
  permalink: string;
  /** Edition label for docs; undefined for blog posts. */
  edition?: string;
  /** Last update or publication date. */
  date?: Date | number | string;
}

export default function PaginaVoet({title, permalink, edition, date}: PaginaVoetProps): React.ReactNode {
  const {siteConfig, i18n} = useDocusaurusContext();
  const repo = siteConfig.customFields?.repoUrl;
  const locale: CiteLocale = i18n.currentLocale === 'en' ? 'en' : 'nl';
  const pageUrl = siteConfig.url + permalink;
  const cite = {title, siteName: siteConfig.title, url: pageUrl, edition, date, locale};
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
      </section>
    </div>
  );
}
