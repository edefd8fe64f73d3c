/**
 * The references a page cites (front matter `literatuur`), in APA order, under
 * the page's text. Placed by the remark plugin with the formatted references.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Referentie from '@theme/Literatuur/Referentie';
import type {Referentie as Entry} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  entries: readonly Entry[];
  /** The page with the whole bibliography. */
  alles: string;
}

export default function Literatuur({entries, alles}: Props): React.ReactNode {
  if (entries.length === 0) return null;
  return (
    <section className={styles.literatuur} aria-labelledby="literatuur-van-deze-pagina">
      <h2 id="literatuur-van-deze-pagina">
        <Translate id="kennisbank.literatuur.heading">Literatuur</Translate>
      </h2>
      <ul className={styles.list}>
        {entries.map((e) => (
          <Referentie key={e.id} entry={e} />
        ))}
      </ul>
      <p className={styles.more}>
        <Link to={alles}>
          <Translate id="kennisbank.literatuur.alles">Alle literatuur, ook als BibTeX en RIS</Translate>
        </Link>
      </p>
    </section>
  );
}
