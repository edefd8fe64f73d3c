/**
 * At the foot of a page: its major changes (front matter `wijzigingen`; on a page of a frozen
 * edition: its errata), newest first, in a closed <details> a keyboard and a screen reader open
 * like any button. A page without notes says so in one line: no date is invented for it.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {datumTekst} from '../../client/datum';
import type {WijzigingNotitie} from '../../shared/types';
import styles from './styles.module.css';

export interface Props {
  wijzigingen: readonly WijzigingNotitie[];
  /** The edition's errata page (frozen editions): each erratum links to its entry there. */
  errataPad?: string;
  /** Language of the notes when it differs from the page's (an untranslated page on the English site). */
  tekstLang?: string;
  /** Where the site explains how it records changes. */
  uitlegPad: string;
}

export default function Wijzigingsgeschiedenis({wijzigingen, errataPad, tekstLang, uitlegPad}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const uitleg = (
    <Link to={uitlegPad}>
      <Translate id="kennisbank.wijzigingen.uitleg" description="Link to how the site records changes">
        Hoe wij wijzigingen bijhouden
      </Translate>
    </Link>
  );
  if (wijzigingen.length === 0) {
    return (
      <p className={`${styles.geen} kennisbank-wijzigingen`}>
        {errataPad ? (
          <Translate
            id="kennisbank.wijzigingen.geenErrata"
            description="Foot of a page of a frozen edition without errata">
            Geen correcties sinds deze editie is vastgezet.
          </Translate>
        ) : (
          <Translate id="kennisbank.wijzigingen.geen" description="Foot of a page without recorded major changes">
            Geen grote wijzigingen vastgelegd.
          </Translate>
        )}{' '}
        {uitleg}
      </p>
    );
  }
  return (
    <details className={`${styles.geschiedenis} kennisbank-wijzigingen`}>
      <summary className={styles.samenvatting}>
        {errataPad ? (
          <Translate
            id="kennisbank.wijzigingen.kopErrata"
            description="Summary of the list of errata at the foot of a page of a frozen edition"
            values={{aantal: wijzigingen.length}}>
            {'Correcties op deze pagina ({aantal})'}
          </Translate>
        ) : (
          <Translate
            id="kennisbank.wijzigingen.kop"
            description="Summary of the list of major changes at the foot of a page"
            values={{aantal: wijzigingen.length}}>
            {'Wijzigingen op deze pagina ({aantal})'}
          </Translate>
        )}
      </summary>
      <ol className={styles.lijst}>
        {wijzigingen.map((w, i) => (
          <li key={`${w.datum}-${i}`}>
            <time dateTime={w.datum} className={styles.datum}>
              {datumTekst(w.datum, i18n.currentLocale)}
            </time>{' '}
            <span lang={tekstLang}>{w.tekst}</span>
            {errataPad && w.erratum ? (
              <>
                {' '}
                <Link to={`${errataPad}#${w.erratum}`}>
                  <Translate
                    id="kennisbank.wijzigingen.naarErratum"
                    description="Link from a correction to its erratum">
                    (waarom en op welke bron)
                  </Translate>
                </Link>
              </>
            ) : null}
          </li>
        ))}
      </ol>
      <p className={styles.voet}>{uitleg}</p>
    </details>
  );
}
