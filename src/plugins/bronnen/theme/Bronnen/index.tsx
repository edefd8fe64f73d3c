import React from 'react';
import Translate from '@docusaurus/Translate';
import {getBron} from '@site/src/data/bronnen';
import styles from './styles.module.css';

export interface BronRef {
  bron: string;
  waar?: string;
}

/** The "Bronnen" block under every content page, from its front matter. */
export default function Bronnen({bronnen}: {bronnen?: readonly BronRef[]}): React.ReactNode {
  if (!bronnen || bronnen.length === 0) return null;
  return (
    <section className={styles.bronnen} aria-labelledby="bronnen-van-deze-pagina">
      <h2 id="bronnen-van-deze-pagina" className={styles.heading}>
        <Translate id="kennisbank.bronnen.heading">Bronnen van deze pagina</Translate>
      </h2>
      <ul className={styles.list}>
        {bronnen.map(({bron, waar}) => {
          const b = getBron(bron);
          // The schema rejects unknown keys at build time; this is only a last line of defence.
          if (!b) return <li key={bron}>{bron}</li>;
          return (
            <li key={bron + (waar ?? '')}>
              <cite>{b.titel}</cite>. {b.maker}. {b.soort}
              {waar ? <>, {waar}</> : null}
              {b.vindplaats ? <>. Te vinden via {b.vindplaats}</> : null}.
            </li>
          );
        })}
      </ul>
      <p className={styles.note}>
        <Translate id="kennisbank.bronnen.note">
          De tekst van deze pagina is in eigen woorden geschreven. Citaten staan tussen aanhalingstekens, met de
          bronvermelding zoals de bron die geeft.
        </Translate>
      </p>
    </section>
  );
}
