/**
 * Reference lists in APA style, from strings Citation.js formatted at build
 * time (src/plugins/literatuur). <Literatuur keys> sits under a page's content;
 * <Literatuurlijst> is the whole bibliography with BibTeX and RIS downloads.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useLiteratuur} from '@site/src/plugins/literatuur/client';
import type {FormattedEntry} from '@site/src/plugins/literatuur/format';
import {getBron} from '@site/src/data/bronnen';
import styles from './styles.module.css';

function Referentie({entry, metContext}: {entry: FormattedEntry; metContext?: boolean}): React.ReactNode {
  const bron = entry.bron ? getBron(entry.bron) : undefined;
  return (
    <li id={`ref-${entry.id}`} className={styles.ref}>
      {/* Citation.js escapes the reference text; the plugin adds only <a href> for DOIs and URLs. */}
      <span dangerouslySetInnerHTML={{__html: entry.html}} />
      {entry.note && <span className={styles.note}> ({entry.note})</span>}
      {metContext && (bron || entry.context) && (
        <span className={styles.context}>
          Genoemd in: {bron ? <cite>{bron.titel}</cite> : entry.bron}
          {entry.context ? <>, over: {entry.context}</> : null}.
        </span>
      )}
    </li>
  );
}

/** The references a page cites in front matter `literatuur`, in APA order. */
export default function Literatuur({keys}: {keys?: readonly string[]}): React.ReactNode {
  const {entries} = useLiteratuur();
  if (!keys || keys.length === 0) return null;
  const wanted = new Set(keys);
  const list = entries.filter((e) => wanted.has(e.id));
  return (
    <section className={styles.literatuur} aria-labelledby="literatuur-van-deze-pagina">
      <h2 id="literatuur-van-deze-pagina">
        <Translate id="kennisbank.literatuur.heading">Literatuur</Translate>
      </h2>
      <ul className={styles.list}>
        {list.map((e) => (
          <Referentie key={e.id} entry={e} />
        ))}
      </ul>
      <p className={styles.more}>
        <Link to="/onderzoek/literatuur">
          <Translate id="kennisbank.literatuur.alles">Alle literatuur, ook als BibTeX en RIS</Translate>
        </Link>
      </p>
    </section>
  );
}

/** The whole bibliography for /onderzoek/literatuur. */
export function Literatuurlijst(): React.ReactNode {
  const {entries, downloads} = useLiteratuur();
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
        {entries.length} publicaties, in APA-stijl. Achter elke publicatie staat in welke bron van de kennisbank ze
        genoemd wordt.
      </p>
      <ul className={styles.list}>
        {entries.map((e) => (
          <Referentie key={e.id} entry={e} metContext />
        ))}
      </ul>
    </>
  );
}
