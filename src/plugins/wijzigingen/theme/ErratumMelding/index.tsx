/**
 * Near the top of a page of a frozen edition that was corrected after it was fixed: how many
 * corrections, the latest date, and a link to the edition's errata. Placed in the page's content
 * by the plugin's remark plugin, from the page's change notes (its errata).
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import {usePluralForm} from '@docusaurus/theme-common';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {datumTekst} from '../../client/datum';
import styles from './styles.module.css';

export interface Props {
  /** The page's errata, newest first. */
  errata: readonly {id: string; datum: string}[];
  /** The edition's errata page, below the base URL: /2021/errata. */
  errataPad: string;
}

export default function ErratumMelding({errata, errataPad}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const lang = useInterfaceLang();
  const {selectMessage} = usePluralForm();
  const newest = errata[0];
  if (!newest) return null;
  return (
    <aside className={styles.melding} aria-labelledby="erratum-melding" lang={lang}>
      <p className={styles.kop} id="erratum-melding">
        <Translate
          id="kennisbank.erratum.melding.kop"
          description="Notice on a corrected page of a frozen edition: title">
          Gecorrigeerd na het vastzetten
        </Translate>
      </p>
      <p className={styles.tekst}>
        {selectMessage(
          errata.length,
          translate(
            {
              id: 'kennisbank.erratum.melding.aantal',
              message:
                'De inhoud van deze editie ligt vast. Deze pagina kreeg daarna één correctie:|De inhoud van deze editie ligt vast. Deze pagina kreeg daarna {aantal} correcties, de laatste:',
              description:
                'Notice on a corrected page of a frozen edition (plural forms separated by |); the date follows',
            },
            {aantal: errata.length},
          ),
        )}{' '}
        <time dateTime={newest.datum}>{datumTekst(newest.datum, i18n.currentLocale)}</time>.{' '}
        <Link to={`${errataPad}#${newest.id}`}>
          <Translate id="kennisbank.erratum.melding.link" description="Link from the notice to the errata page">
            Lees wat er veranderde en waarom (errata)
          </Translate>
        </Link>
      </p>
    </aside>
  );
}
