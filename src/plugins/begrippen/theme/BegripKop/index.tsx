/**
 * On a term's own page, above the text: the short definition, and on the
 * English site the English term. Placed by the remark plugin.
 */
import React from 'react';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import styles from './styles.module.css';

export interface Props {
  definitie: string;
  engels: string;
}

export default function BegripKop({definitie, engels}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const lang = useInterfaceLang();
  return (
    <div className={styles.kop}>
      <p className={styles.definitie}>{definitie}</p>
      {i18n.currentLocale !== 'nl' && (
        <p className={styles.engels} lang={lang}>
          <Translate id="begrippen.term.engels">In het Engels:</Translate> <strong lang="en">{engels}</strong>
        </p>
      )}
    </div>
  );
}
