/**
 * The /werkbladen overview: the same worksheets grouped by phase and by who
 * uses them, with anchor links as the filter (works without JavaScript), and
 * every downloadable file with its type and size.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import WerkbladDownloads from '@theme/WerkbladDownloads';
import {PHASES, WORKSHEET_USERS} from '@site/src/content/vocabulary';
import {FASE_LABELS, VOOR_LABELS, formatBytes, type WerkbladenData, type WerkbladInfo} from '@site/src/plugins/werkbladen/shared/model';
import styles from './styles.module.css';

export interface Props {
  /** Every worksheet with its files (filled in at build time). */
  data: WerkbladenData;
}

function Lijst({items}: {items: WerkbladInfo[]}): React.ReactNode {
  if (items.length === 0) return <p>Hier zijn (nog) geen werkbladen voor.</p>;
  return (
    <ul className={styles.lijst}>
      {items.map((w) => (
        <li key={w.id}>
          <Link to={w.permalink}>{w.title}</Link>
          <br />
          <span className={styles.beschrijving}>{w.description}</span>
          <br />
          <span className={styles.downloads}>
            <WerkbladDownloads info={w} compact />
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function WerkbladenOverzicht({data}: Props): React.ReactNode {
  const {werkbladen} = data;
  return (
    <>
      {data.zip && (
        <p className={styles.zip}>
          <Link href={`pathname://${data.zip.path}`} type="application/zip" download>
            Download alle werkbladen in één zip-bestand
          </Link>{' '}
          (PDF en Word, {formatBytes(data.zip.bytes)})
        </p>
      )}
      <nav aria-label="Werkbladen filteren" className={styles.filter}>
        <p>
          <strong>Per fase:</strong>{' '}
          {PHASES.map((f, i) => (
            <React.Fragment key={f}>
              {i > 0 && ' · '}
              <Link href={`#fase-${f}`}>{FASE_LABELS[f]}</Link>
            </React.Fragment>
          ))}
        </p>
        <p>
          <strong>Voor wie:</strong>{' '}
          {WORKSHEET_USERS.map((v, i) => (
            <React.Fragment key={v}>
              {i > 0 && ' · '}
              <Link href={`#voor-${v}`}>{VOOR_LABELS[v]}</Link>
            </React.Fragment>
          ))}
        </p>
      </nav>
      <Heading as="h2" id="per-fase">Per fase</Heading>
      {PHASES.map((f) => (
        <section key={f} aria-labelledby={`fase-${f}`}>
          <Heading as="h3" id={`fase-${f}`}>{FASE_LABELS[f]}</Heading>
          <Lijst items={werkbladen.filter((w) => w.fase.includes(f))} />
        </section>
      ))}
      <Heading as="h2" id="voor-wie">Voor wie</Heading>
      {WORKSHEET_USERS.map((v) => (
        <section key={v} aria-labelledby={`voor-${v}`}>
          <Heading as="h3" id={`voor-${v}`}>{VOOR_LABELS[v]}</Heading>
          <Lijst items={werkbladen.filter((w) => w.voor.includes(v))} />
        </section>
      ))}
      <Heading as="h2" id="downloads">Alle downloads</Heading>
      <p>Elk werkblad is er als invulbare PDF en als Word-bestand. De adressen veranderen niet.</p>
      <table className={styles.downloadTabel}>
        <thead>
          <tr>
            <th scope="col">Werkblad</th>
            <th scope="col">PDF</th>
            <th scope="col">Word</th>
          </tr>
        </thead>
        <tbody>
          {werkbladen.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <Link to={w.permalink}>{w.title}</Link>
              </th>
              <td>
                <Link href={`pathname://${w.pdf.path}`} download={`${w.id}.pdf`}>
                  {w.id}.pdf
                </Link>{' '}
                (PDF, {Math.round(w.pdf.bytes / 1000)} kB)
              </td>
              <td>
                <Link href={`pathname://${w.docx.path}`} download={`${w.id}.docx`}>
                  {w.id}.docx
                </Link>{' '}
                (DOCX, {Math.round(w.docx.bytes / 1000)} kB)
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
