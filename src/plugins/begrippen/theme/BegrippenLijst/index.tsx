/**
 * The A–Z page of the glossary: letter navigation, then per letter every term
 * with its short definition and a link to its own page. The remark plugin gives
 * it the terms of the page's edition, so it never goes stale.
 * Each term is a heading with an anchor here: /begrippen#<id> (listed in urls.json).
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {groupByLetter, type Begrip} from '@site/src/plugins/begrippen/client';
import styles from './styles.module.css';

export interface Props {
  /** Terms of the page's edition (filled in at build time). */
  begrippen: readonly Begrip[];
}

/** One term: a heading with a stable anchor (/begrippen#<id>) that links to the term's own page. */
function Term({t, english}: {t: Begrip; english: boolean}): React.ReactNode {
  return (
    <div className={styles.entry}>
      <Heading as="h3" id={t.id}>
        <Link to={t.permalink}>{t.term}</Link>
        {english && (
          <>
            {' — '}
            <span lang="en">{t.engels}</span>
          </>
        )}
      </Heading>
      <p>{t.definitie}</p>
    </div>
  );
}

export default function BegrippenLijst({begrippen}: Props): React.ReactNode {
  const {i18n} = useDocusaurusContext();
  const english = i18n.currentLocale !== 'nl';
  const groups = groupByLetter(begrippen);
  const lang = useInterfaceLang();
  return (
    <>
      <p lang={lang}>
        <Translate id="begrippen.az.aantal" values={{n: begrippen.length}}>
          {'Deze lijst telt {n} begrippen.'}
        </Translate>
      </p>
      <nav aria-label={translate({id: 'begrippen.az.nav', message: 'Begrippen per letter'})} lang={lang}>
        <ul className={styles.letters}>
          {groups.map(([l]) => (
            <li key={l}>
              <Link href={`#letter-${l.toLowerCase()}`}>{l}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([l, ts]) => (
        <section key={l}>
          <Heading as="h2" id={`letter-${l.toLowerCase()}`}>
            {l}
          </Heading>
          <div className={styles.list}>
            {ts.map((t) => (
              <Term key={t.id} t={t} english={english} />
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
