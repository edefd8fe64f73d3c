/** The whole bibliography for /onderzoek/literatuur, with BibTeX and RIS downloads. */
import React from 'react';
import Link from '@docusaurus/Link';
import Referentie from '@theme/Literatuur/Referentie';
import type {LiteratuurData} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  /** Filled in at build time. */
  data: LiteratuurData;
}

export default function Literatuurlijst({data: {entries, downloads}}: Props): React.ReactNode {
  return (
    <>
      <ul className={styles.downloads}>
        <li>
          <Link href={`pathname://${downloads.bibtex}`} download="literatuur.bib">
            Download als BibTeX (.bib)
          </Link>{' '}
          voor LaTeX, JabRef of Zotero
        </li>
        <li>
          <Link href={`pathname://${downloads.ris}`} download="literatuur.ris">
            Download als RIS (.ris)
          </Link>{' '}
          voor EndNote, Mendeley of Zotero
        </li>
      </ul>
      <p>
        {entries.length} publicaties, in APA-stijl. Achter elke publicatie staat in welke bron van de kennisbank ze genoemd wordt.
      </p>
      <ul className={styles.list}>
        {entries.map((e) => (
          <Referentie key={e.id} entry={e} metContext />
        ))}
      </ul>
    </>
  );
}
