/**
 * A worksheet on its web page, rendered from the same front matter as the PDF
 * and the Word file: header, downloads with type and size, sections with the
 * finding they rest on, and every question with a visible answer area.
 */
import React from 'react';
import Heading from '@theme/Heading';
import WerkbladDownloads from '@theme/WerkbladDownloads';
import {useWerkblad} from '@site/src/plugins/werkbladen/client';
import {EIGEN_VRAGEN, FASE_LABELS, VOOR_LABELS, bevindingBron, isKaartenblad, nummer, tabelRijen, type Bestand, type Vraag} from '@site/src/plugins/werkbladen/shared/model';
import styles from './styles.module.css';

export interface Props {
  /** The sheet's files (filled in at build time). */
  downloads: {pdf: Bestand; docx: Bestand};
  /** Titles of the sources under each finding, by key. */
  bronnen: Readonly<Record<string, string>>;
}

/** A box to tick; data-vakje lets the tests compare the page with the PDF and the Word file. */
const Box = () => (
  <span className={styles.box} aria-hidden="true" data-vakje="">
    ☐
  </span>
);

function Antwoord({v, n}: {v: Vraag; n: number}): React.ReactNode {
  switch (v.soort) {
    case 'tekst':
      return (
        <div
          className={styles.lijnen}
          data-regels={v.regels}
          style={{height: `${v.regels * 2}em`}}
          role="img"
          aria-label={`Ruimte voor je antwoord: ${v.regels} ${v.regels === 1 ? 'regel' : 'regels'}`}
        />
      );
    case 'ja-nee':
      return (
        <p className={styles.keuzes}>
          <span><Box /> Ja</span> <span><Box /> Nee</span>
        </p>
      );
    case 'schaal':
      return (
        <p className={styles.schaal}>
          <span className={styles.schaalLabel}>{v.labels[0]}</span>
          {Array.from({length: v.stappen}, (_, i) => (
            <span key={i} className={styles.stap}>
              <Box /> {i + 1}
            </span>
          ))}
          <span className={styles.schaalLabel}>{v.labels[1]}</span>
        </p>
      );
    case 'checklist':
      return (
        <ul className={styles.checklist}>
          {v.opties.map((o) => (
            <li key={o}>
              <Box /> {o}
            </li>
          ))}
        </ul>
      );
    case 'tabel': {
      const rijen = tabelRijen(v);
      const metLabels = rijen.some((r) => r !== '');
      return (
        <table className={styles.tabel} aria-label={`Invultabel bij vraag ${n}`}>
          <thead>
            <tr>
              {metLabels && <td />}
              {v.kolommen.map((k) => (
                <th key={k} scope="col">{k}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rijen.map((r, i) => (
              <tr key={i}>
                {metLabels && <th scope="row">{r}</th>}
                {v.kolommen.map((k) => (
                  <td key={k} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case 'kaart':
      return null;
  }
}

export default function Werkblad({downloads, bronnen}: Props): React.ReactNode {
  const sheet = useWerkblad();
  const kaarten = isKaartenblad(sheet);
  return (
    <div className={styles.werkblad}>
      <p className={styles.downloads}>
        <strong>Downloaden:</strong> <WerkbladDownloads info={{id: sheet.id, ...downloads}} />
      </p>
      <dl className={styles.meta}>
        <div>
          <dt>Voor</dt>
          <dd>{sheet.voor.map((v) => VOOR_LABELS[v]).join(', ')}</dd>
        </div>
        <div>
          <dt>Fase</dt>
          <dd>{sheet.fase.map((f) => FASE_LABELS[f]).join(', ')}</dd>
        </div>
      </dl>
      <Heading as="h2" id="waarvoor">Waarvoor</Heading>
      <p>{sheet.doel}</p>
      <Heading as="h2" id="zo-gebruik-je-het">Zo gebruik je het</Heading>
      <p>{sheet.instructie}</p>
      <p className={styles.eigen}>{EIGEN_VRAGEN}</p>
      {sheet.secties.map((s, si) => (
        <section key={s.titel} className={styles.sectie} aria-labelledby={`sectie-${si + 1}`}>
          <Heading as="h2" id={`sectie-${si + 1}`}>{s.titel}</Heading>
          {s.bevinding && (
            <p className={styles.bevinding}>
              <strong>Waarop dit rust:</strong> {s.bevinding.tekst} <em>{bevindingBron(s.bevinding, bronnen)}</em>
            </p>
          )}
          {s.intro && <p>{s.intro}</p>}
          {kaarten ? (
            <ul className={styles.kaarten}>
              {s.vragen.map((v, vi) => (
                <li key={v.tekst} className={styles.kaart}>
                  <span className={styles.kaartCategorie}>{s.titel}</span>
                  <span className={styles.kaartTekst}>{v.tekst}</span>
                  <span className={styles.kaartNummer}>kaart {nummer(sheet, si, vi)}</span>
                </li>
              ))}
            </ul>
          ) : (
            <ol className={styles.vragen} start={nummer(sheet, si, 0)}>
              {s.vragen.map((v, vi) => (
                <li key={v.tekst} className={styles.vraag} data-vraag={nummer(sheet, si, vi)}>
                  <p className={styles.vraagTekst}>{v.tekst}</p>
                  <Antwoord v={v} n={nummer(sheet, si, vi)} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
