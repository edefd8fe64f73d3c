import React from 'react';
import type {Referentie as Entry} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  entry: Entry;
  /** Also say which source of the site names the publication, and about what. */
  metContext?: boolean;
}

/** One APA reference. Citation.js escapes the text at build time; the plugin adds only <a href> for DOIs and URLs. */
export default function Referentie({entry, metContext}: Props): React.ReactNode {
  return (
    <li id={`ref-${entry.id}`} className={styles.ref}>
      <span dangerouslySetInnerHTML={{__html: entry.html}} />
      {entry.note && <span className={styles.note}> ({entry.note})</span>}
      {metContext && (entry.bronTitel || entry.context) && (
        <span className={styles.context}>
          Genoemd in: {entry.bronTitel ? <cite>{entry.bronTitel}</cite> : entry.bron}
          {entry.context ? <>, over: {entry.context}</> : null}.
        </span>
      )}
    </li>
  );
}
