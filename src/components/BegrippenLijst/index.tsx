/**
 * The A–Z page of the glossary: letter navigation, then per letter every term
 * with its short definition and a link to its own page. Generated from the term
 * files of the page's docs version (plugin global data), so it never goes stale.
 * Each term also has an anchor here: /begrippen#<id>.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import useBrokenLinks from '@docusaurus/useBrokenLinks';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {useBegrippen} from '@site/src/plugins/begrippen/client';
import type {Begrip} from '@site/src/plugins/begrippen/types';
import styles from './styles.module.css';

/** First letter without accents, upper case: "één" → "E". */
export function letterOf(term: string): string {
  return term.normalize('NFD').replace(/[\u0300-\u036f]/g, '').charAt(0).toUpperCase();
}

export function groupByLetter(terms: Begrip[]): [string, Begrip[]][] {
  const groups = new Map<string, Begrip[]>();
  for (const t of [...terms].sort((a, b) => a.term.localeCompare(b.term, 'nl'))) {
    const l = letterOf(t.term);
    groups.set(l, [...(groups.get(l) ?? []), t]);
  }
  return [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'nl'));
}

function Term({t, english}: {t: Begrip; english: boolean}): React.ReactNode {
  useBrokenLinks().collectAnchor(t.id);
  return (
    <div className={styles.entry}>
      <dt id={t.id}>
        <Link to={t.permalink}>{t.term}</Link>
        {english && (
          <>
            {' — '}
            <span lang="en">{t.engels}</span>
          </>
        )}
      </dt>
      <dd>{t.definitie}</dd>
    </div>
  );
}

export default function BegrippenLijst(): React.ReactNode {
  const terms = useBegrippen();
  const {i18n} = useDocusaurusContext();
  const english = i18n.currentLocale !== 'nl';
  const groups = groupByLetter(terms);
  return (
    <>
      <p>
        <Translate id="begrippen.az.aantal" values={{n: terms.length}}>
          {'Deze lijst telt {n} begrippen.'}
        </Translate>
      </p>
      <nav aria-label={translate({id: 'begrippen.az.nav', message: 'Begrippen per letter'})}>
        <ul className={styles.letters}>
          {groups.map(([l]) => (
            <li key={l}>
              <a href={`#letter-${l.toLowerCase()}`}>{l}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map(([l, ts]) => (
        <section key={l}>
          <Heading as="h2" id={`letter-${l.toLowerCase()}`}>
            {l}
          </Heading>
          <dl className={styles.list}>
            {ts.map((t) => (
              <Term key={t.id} t={t} english={english} />
            ))}
          </dl>
        </section>
      ))}
    </>
  );
}
