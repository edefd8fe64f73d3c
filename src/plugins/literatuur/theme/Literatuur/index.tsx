/**
 * The references a page cites (front matter `literatuur`), in APA order, under
 * the page's text. Placed by the remark plugin with the formatted references.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import Referentie from '@theme/Literatuur/Referentie';
import type {Referentie as Entry} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  entries: readonly Entry[];
  /** The page with the whole bibliography. */
  alles: string;
}

export default function Literatuur({entries, alles}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  if (entries.length === 0) return null;
  return (
    <section className={styles.literatuur} aria-labelledby="literatuur-van-deze-pagina">
      <Heading as="h2" id="literatuur-van-deze-pagina" lang={lang}>
        {translate({id: 'kennisbank.literatuur.heading', message: 'Literatuur'})}
      </Heading>
      <ul className={styles.list}>
        {entries.map((e) => (
          <Referentie key={e.id} entry={e} />
        ))}
      </ul>
      <p className={styles.more} lang={lang}>
        <Link to={alles}>
          <Translate id="kennisbank.literatuur.alles">Alle literatuur, ook als BibTeX en RIS</Translate>
        </Link>
      </p>
    </section>
  );
}
