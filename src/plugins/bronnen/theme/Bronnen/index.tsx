/** The "Bronnen" block under every content page: the page's own sources, placed by the remark plugin. */
import React from 'react';
import Translate from '@docusaurus/Translate';
import type {PaginaBron} from '@site/src/plugins/bronnen/shared';
import styles from './styles.module.css';

export interface Props {
  bronnen: readonly PaginaBron[];
}

export default function Bronnen({bronnen}: Props): React.ReactNode {
  if (bronnen.length === 0) return null;
  return (
    <section className={styles.bronnen} aria-labelledby="bronnen-van-deze-pagina">
      <h2 id="bronnen-van-deze-pagina" className={styles.heading}>
        <Translate id="kennisbank.bronnen.heading">Bronnen van deze pagina</Translate>
      </h2>
      <ul className={styles.list}>
        {bronnen.map((b) => (
          <li key={b.titel + (b.waar ?? '')}>
            <cite>{b.titel}</cite>. {b.maker}. {b.soort}
            {b.waar ? <>, {b.waar}</> : null}
            {b.vindplaats ? <>. Te vinden via {b.vindplaats}</> : null}.
          </li>
        ))}
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
