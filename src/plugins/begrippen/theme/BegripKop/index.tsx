/**
 * On a term's own page: the short definition (and on the English site the
 * English term) above the text, related terms and the way back to A–Z below it.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {azPath, useBegrippen} from '@site/src/plugins/begrippen/client';
import type {Begrip} from '@site/src/plugins/begrippen/types';
import styles from './styles.module.css';

function useTerm(id: string): {t: Begrip | undefined; all: Begrip[]} {
  const all = useBegrippen();
  return {t: all.find((b) => b.id === id), all};
}

export function BegripKop({id}: {id: string}): React.ReactNode {
  const {t} = useTerm(id);
  const {i18n} = useDocusaurusContext();
  if (!t) return null;
  return (
    <div className={styles.kop}>
      <p className={styles.definitie}>{t.definitie}</p>
      {i18n.currentLocale !== 'nl' && (
        <p className={styles.engels}>
          <Translate id="begrippen.term.engels">In het Engels:</Translate> <strong lang="en">{t.engels}</strong>
        </p>
      )}
    </div>
  );
}

export function BegripVoet({id}: {id: string}): React.ReactNode {
  const {t, all} = useTerm(id);
  if (!t) return null;
  const verwant = t.verwant.map((v) => all.find((b) => b.id === v)).filter((b): b is Begrip => Boolean(b));
  return (
    <>
      {verwant.length > 0 && (
        <>
          <Heading as="h2" id="verwante-begrippen">
            <Translate id="begrippen.term.verwant">Verwante begrippen</Translate>
          </Heading>
          <ul>
            {verwant.map((b) => (
              <li key={b.id}>
                <Link to={b.permalink}>{b.term}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <Link to={`${azPath(t)}#${t.id}`}>
          <Translate id="begrippen.term.alle">Alle begrippen van A tot Z</Translate>
        </Link>
      </p>
    </>
  );
}
