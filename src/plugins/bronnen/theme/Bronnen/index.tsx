/** The "Bronnen" block under every content page: the page's own sources, placed by the remark plugin. */
import React from 'react';
import Heading from '@theme/Heading';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {datumVoluit, type PaginaBron} from '@site/src/plugins/bronnen/shared';
import styles from './styles.module.css';

export interface Props {
  bronnen: readonly PaginaBron[];
}

export default function Bronnen({bronnen}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  const {i18n} = useDocusaurusContext();
  if (bronnen.length === 0) return null;
  return (
    <section className={styles.bronnen} aria-labelledby="bronnen-van-deze-pagina">
      <Heading as="h2" id="bronnen-van-deze-pagina" className={styles.heading} lang={lang}>
        {translate({id: 'kennisbank.bronnen.heading', message: 'Bronnen van deze pagina'})}
      </Heading>
      <ul className={styles.list}>
        {bronnen.map((b) => (
          <li key={b.titel + (b.waar ?? '')} className={b.extern ? styles.extern : undefined}>
            {b.extern ? (
              <>
                <strong className={styles.label} lang={lang}>
                  <Translate
                    id="kennisbank.bronnen.extern"
                    description="Sources block: label before a public web page that is not one of the knowledge base's own source documents">
                    Buiten de bronnen van de kennisbank:
                  </Translate>
                </strong>{' '}
              </>
            ) : null}
            <cite>{b.titel}</cite>. {b.maker}. {b.soort}
            {b.waar ? <>, {b.waar}</> : null}
            {b.vindplaats ? (
              <>
                .{' '}
                <Translate
                  id="kennisbank.bronnen.vindplaats"
                  description="Sources block: where a source can be found; {vindplaats} is a place or address from src/data/bronnen/<sleutel>.yml"
                  values={{vindplaats: b.vindplaats}}>
                  {'Te vinden via {vindplaats}'}
                </Translate>
              </>
            ) : null}
            {b.extern ? (
              <>
                . <Link href={b.extern.url}>{b.extern.url}</Link>
                <span lang={lang}>
                  {', '}
                  <Translate
                    id="kennisbank.bronnen.geraadpleegd"
                    description="Sources block: the day a web page was read; {datum} is a date written out, e.g. 5 december 2026"
                    values={{datum: datumVoluit(b.extern.geraadpleegd, i18n.currentLocale)}}>
                    {'geraadpleegd op {datum}'}
                  </Translate>
                </span>
              </>
            ) : null}
            .
          </li>
        ))}
      </ul>
      <p className={styles.note} lang={lang}>
        <Translate id="kennisbank.bronnen.note">
          De tekst van deze pagina is in eigen woorden geschreven. Citaten staan tussen aanhalingstekens, met de
          bronvermelding zoals de bron die geeft.
        </Translate>
      </p>
    </section>
  );
}
