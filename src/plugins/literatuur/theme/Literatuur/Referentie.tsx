import React from 'react';
import Translate from '@docusaurus/Translate';
import type {Referentie as Entry} from '@site/src/plugins/literatuur/shared';
import styles from './styles.module.css';

export interface Props {
  entry: Entry;
  /** Also say which source of the site names the publication, and about what. */
  metContext?: boolean;
}

/** One APA reference. Citation.js escapes the text at build time; the plugin adds only <a href> for DOIs and URLs. */
export default function Referentie({entry, metContext}: Props): React.ReactNode {
  const bron = entry.bronTitel ? <cite>{entry.bronTitel}</cite> : (entry.bron ?? '');
  return (
    <li id={`ref-${entry.id}`} className={styles.ref}>
      <span dangerouslySetInnerHTML={{__html: entry.html}} />
      {entry.note && <span className={styles.note}> ({entry.note})</span>}
      {metContext && (entry.bronTitel || entry.context) && (
        <span className={styles.context}>
          {entry.context ? (
            <Translate
              id="kennisbank.literatuur.genoemdInOver"
              description="Bibliography: which source of the site names a publication ({bron}, a title) and about what ({context})"
              values={{bron, context: entry.context}}>
              {'Genoemd in: {bron}, over: {context}.'}
            </Translate>
          ) : (
            <Translate
              id="kennisbank.literatuur.genoemdIn"
              description="Bibliography: which source of the site names a publication ({bron}, a title)"
              values={{bron}}>
              {'Genoemd in: {bron}.'}
            </Translate>
          )}
        </span>
      )}
    </li>
  );
}
