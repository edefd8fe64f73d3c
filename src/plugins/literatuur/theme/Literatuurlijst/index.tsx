/** The whole bibliography for /onderzoek/literatuur, with BibTeX and RIS downloads. */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Referentie from '@theme/Literatuur/Referentie';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import type {LiteratuurData} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  /** Filled in at build time. */
  data: LiteratuurData;
}

export default function Literatuurlijst({data: {entries, downloads}}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <>
      <ul className={styles.downloads} lang={lang}>
        <li>
          <Link href={`pathname://${downloads.bibtex}`} download="literatuur.bib">
            <Translate
              id="kennisbank.literatuur.download.bibtex"
              description="Bibliography page: link to the BibTeX file">
              Download als BibTeX (.bib)
            </Translate>
          </Link>{' '}
          <Translate
            id="kennisbank.literatuur.download.bibtex.voor"
            description="Bibliography page: after the BibTeX link, which programs read it">
            voor LaTeX, JabRef of Zotero
          </Translate>
        </li>
        <li>
          <Link href={`pathname://${downloads.ris}`} download="literatuur.ris">
            <Translate id="kennisbank.literatuur.download.ris" description="Bibliography page: link to the RIS file">
              Download als RIS (.ris)
            </Translate>
          </Link>{' '}
          <Translate
            id="kennisbank.literatuur.download.ris.voor"
            description="Bibliography page: after the RIS link, which programs read it">
            voor EndNote, Mendeley of Zotero
          </Translate>
        </li>
      </ul>
      <p lang={lang}>
        <Translate
          id="kennisbank.literatuur.aantal"
          description="Bibliography page: number of publications ({n}) and what follows each one"
          values={{n: entries.length}}>
          {
            '{n} publicaties, in APA-stijl. Achter elke publicatie staat in welke bron van de kennisbank ze genoemd wordt.'
          }
        </Translate>
      </p>
      <ul className={styles.list}>
        {entries.map((e) => (
          <Referentie key={e.id} entry={e} metContext />
        ))}
      </ul>
    </>
  );
}
