/**
 * The web page's renderer of every kind of answer area
 * (shared/vraagsoorten.ts): ruled lines, ☐ boxes, a scale between its two
 * labels, or a table to fill in. `data-vakje` and `data-regels` let the tests
 * count what a reader sees and compare it with the PDF and the Word file.
 */
import React from 'react';
import Translate, {translate} from '@docusaurus/Translate';
import type {Vraag} from '@site/src/plugins/werkbladen/shared/model';
import {antwoordvlak, teken, type Keuze, type Tekenaars} from '@site/src/plugins/werkbladen/shared/vraagsoorten';
import styles from './styles.module.css';

export interface Props {
  vraag: Vraag;
  /** The question's number on the sheet. */
  n: number;
  /** lang of the site's own words (Ja, Nee, the accessible names) when the page is not Dutch. */
  lang: string | undefined;
}

/** A box to tick. */
const Box = () => (
  <span className={styles.box} aria-hidden="true" data-vakje="">
    ☐
  </span>
);

/** A choice's text: the sheet's words as written, the site's own words in the reader's language. */
function keuzeTekst(k: Keuze): React.ReactNode {
  switch (k.woord) {
    case 'ja':
      return (
        <Translate id="werkbladen.antwoord.ja" description="Worksheet: the yes box of a yes/no question">
          Ja
        </Translate>
      );
    case 'nee':
      return (
        <Translate id="werkbladen.antwoord.nee" description="Worksheet: the no box of a yes/no question">
          Nee
        </Translate>
      );
    default:
      return k.tekst;
  }
}

function regelsNaam(regels: number): string {
  return regels === 1
    ? translate(
        {
          id: 'werkbladen.antwoord.regel',
          message: 'Ruimte voor je antwoord: {n} regel',
          description: 'Worksheet: accessible name of a one-line answer area',
        },
        {n: regels},
      )
    : translate(
        {
          id: 'werkbladen.antwoord.regels',
          message: 'Ruimte voor je antwoord: {n} regels',
          description: 'Worksheet: accessible name of an answer area of {n} lines',
        },
        {n: regels},
      );
}

export const WEB_TEKENAARS: Tekenaars<[Omit<Props, 'vraag'>], React.ReactNode> = {
  regels: (v, {lang}) => (
    <div
      className={styles.lijnen}
      data-regels={v.regels}
      style={{height: `${v.regels * 2}em`}}
      role="img"
      lang={lang}
      aria-label={regelsNaam(v.regels)}
    />
  ),
  keuzes: (v, {lang}) =>
    v.naast ? (
      <p className={styles.keuzes} lang={v.keuzes.some((k) => k.woord) ? lang : undefined}>
        {v.keuzes.map((k, i) => (
          <React.Fragment key={k.veld}>
            {i > 0 && ' '}
            <span>
              <Box /> {keuzeTekst(k)}
            </span>
          </React.Fragment>
        ))}
      </p>
    ) : (
      <ul className={styles.checklist}>
        {v.keuzes.map((k) => (
          <li key={k.veld}>
            <Box /> {keuzeTekst(k)}
          </li>
        ))}
      </ul>
    ),
  schaal: (v) => (
    <p className={styles.schaal}>
      <span className={styles.schaalLabel}>{v.laag}</span>
      {Array.from({length: v.stappen}, (_, i) => (
        <span key={i} className={styles.stap}>
          <Box /> {i + 1}
        </span>
      ))}
      <span className={styles.schaalLabel}>{v.hoog}</span>
    </p>
  ),
  tabel: (v, {n}) => {
    const naam = translate(
      {
        id: 'werkbladen.antwoord.tabel',
        message: 'Invultabel bij vraag {n}',
        description: 'Worksheet: accessible name of the table to fill in for question {n}',
      },
      {n},
    );
    // A table of four roles is wider than a phone: it scrolls in its own box (keyboard
    // reachable, named), so the page itself never scrolls sideways.
    return (
      <div className={styles.tabelVak} role="region" aria-label={naam} tabIndex={0}>
        <table className={styles.tabel} aria-label={naam}>
          <thead>
            <tr>
              {v.rijnamen && <td />}
              {v.kolommen.map((k) => (
                <th key={k} scope="col">
                  {k}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {v.rijen.map((r, i) => (
              <tr key={i}>
                {v.rijnamen && <th scope="row">{r}</th>}
                {v.kolommen.map((k) => (
                  <td key={k} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  },
  geen: () => null,
};

/** The answer area under a question. */
export default function Antwoordvlak({vraag, ...rest}: Props): React.ReactNode {
  return teken(WEB_TEKENAARS, antwoordvlak(vraag), rest);
}
