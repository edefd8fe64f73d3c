/**
 * The /werkbladen overview: the same worksheets grouped by phase and by who
 * uses them, with anchor links as the filter (works without JavaScript), and
 * every downloadable file with its type and size.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import WerkbladDownloads from '@theme/WerkbladDownloads';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {PHASES, WORKSHEET_USERS} from '@site/src/content/vocabulary';
import {audienceLabel, phaseLabel} from '@site/src/plugins/shared/client/labels';
import {formatBytes, type WerkbladenData, type WerkbladInfo} from '@site/src/plugins/werkbladen/shared/model';
import styles from './styles.module.css';

export interface Props {
  /** Every worksheet with its files (filled in at build time). */
  data: WerkbladenData;
}

function Lijst({items}: {items: WerkbladInfo[]}): React.ReactNode {
  const lang = useInterfaceLang();
  if (items.length === 0) {
    return (
      <p lang={lang}>
        <Translate
          id="werkbladen.overzicht.geen"
          description="Worksheets overview: a phase or audience without worksheets">
          Hier zijn (nog) geen werkbladen voor.
        </Translate>
      </p>
    );
  }
  return (
    <ul className={styles.lijst}>
      {items.map((w) => (
        <li key={w.id}>
          <Link to={w.permalink}>{w.title}</Link>
          <br />
          <span className={styles.beschrijving}>{w.description}</span>
          <br />
          <span className={styles.downloads} lang={lang}>
            <WerkbladDownloads info={w} compact />
          </span>
        </li>
      ))}
    </ul>
  );
}

export default function WerkbladenOverzicht({data}: Props): React.ReactNode {
  const {werkbladen} = data;
  const lang = useInterfaceLang();
  return (
    <>
      {data.zip && (
        <p className={styles.zip}>
          <Link href={`pathname://${data.zip.path}`} type="application/zip" download>
            <Translate
              id="werkbladen.overzicht.zip"
              description="Worksheets overview: link to the zip file with every worksheet">
              Download alle werkbladen in één zip-bestand
            </Translate>
          </Link>{' '}
          <Translate
            id="werkbladen.overzicht.zipFormaat"
            description="Worksheets overview: formats and size of the zip file"
            values={{grootte: formatBytes(data.zip.bytes)}}>
            {'(PDF en Word, {grootte})'}
          </Translate>
        </p>
      )}
      <nav
        aria-label={translate({
          id: 'werkbladen.overzicht.filter',
          message: 'Werkbladen filteren',
          description: 'Worksheets overview: accessible name of the links to each phase and audience',
        })}
        className={styles.filter}
        lang={lang}>
        <p>
          <strong>
            <Translate
              id="werkbladen.overzicht.perFaseLabel"
              description="Worksheets overview: label before the links to each phase">
              Per fase:
            </Translate>
          </strong>{' '}
          {PHASES.map((f, i) => (
            <React.Fragment key={f}>
              {i > 0 && ' · '}
              <Link href={`#fase-${f}`}>{phaseLabel(f)}</Link>
            </React.Fragment>
          ))}
        </p>
        <p>
          <strong>
            <Translate
              id="werkbladen.overzicht.voorWieLabel"
              description="Worksheets overview: label before the links to each audience">
              Voor wie:
            </Translate>
          </strong>{' '}
          {WORKSHEET_USERS.map((v, i) => (
            <React.Fragment key={v}>
              {i > 0 && ' · '}
              <Link href={`#voor-${v}`}>{audienceLabel(v)}</Link>
            </React.Fragment>
          ))}
        </p>
      </nav>
      <Heading as="h2" id="per-fase" lang={lang}>
        {translate({
          id: 'werkbladen.overzicht.perFase',
          message: 'Per fase',
          description: 'Worksheets overview: heading of the worksheets grouped by phase',
        })}
      </Heading>
      {PHASES.map((f) => (
        <section key={f} aria-labelledby={`fase-${f}`}>
          <Heading as="h3" id={`fase-${f}`} lang={lang}>
            {phaseLabel(f)}
          </Heading>
          <Lijst items={werkbladen.filter((w) => w.fase.includes(f))} />
        </section>
      ))}
      <Heading as="h2" id="voor-wie" lang={lang}>
        {translate({
          id: 'werkbladen.overzicht.voorWie',
          message: 'Voor wie',
          description: 'Worksheets overview: heading of the worksheets grouped by audience',
        })}
      </Heading>
      {WORKSHEET_USERS.map((v) => (
        <section key={v} aria-labelledby={`voor-${v}`}>
          <Heading as="h3" id={`voor-${v}`} lang={lang}>
            {audienceLabel(v)}
          </Heading>
          <Lijst items={werkbladen.filter((w) => w.voor.includes(v))} />
        </section>
      ))}
      <Heading as="h2" id="downloads" lang={lang}>
        {translate({
          id: 'werkbladen.overzicht.downloads',
          message: 'Alle downloads',
          description: 'Worksheets overview: heading of the table with every file',
        })}
      </Heading>
      <p lang={lang}>
        <Translate
          id="werkbladen.overzicht.downloadsUitleg"
          description="Worksheets overview: text above the table with every file">
          Elk werkblad is er als invulbare PDF en als Word-bestand. De adressen veranderen niet.
        </Translate>
      </p>
      <table className={styles.downloadTabel}>
        <thead lang={lang}>
          <tr>
            <th scope="col">
              <Translate
                id="werkbladen.overzicht.kolom.werkblad"
                description="Worksheets overview table: column of the worksheet titles">
                Werkblad
              </Translate>
            </th>
            <th scope="col">
              <Translate
                id="werkbladen.overzicht.kolom.pdf"
                description="Worksheets overview table: column of the PDF files">
                PDF
              </Translate>
            </th>
            <th scope="col">
              <Translate
                id="werkbladen.overzicht.kolom.word"
                description="Worksheets overview table: column of the Word files">
                Word
              </Translate>
            </th>
          </tr>
        </thead>
        <tbody>
          {werkbladen.map((w) => (
            <tr key={w.id}>
              <th scope="row">
                <Link to={w.permalink}>{w.title}</Link>
              </th>
              <td>
                <Link href={`pathname://${w.pdf.path}`} download={`${w.id}.pdf`}>{`${w.id}.pdf`}</Link>{' '}
                <Translate
                  id="werkbladen.overzicht.pdfGrootte"
                  description="Worksheets overview table: type and size of a PDF, in kB"
                  values={{kb: Math.round(w.pdf.bytes / 1000)}}>
                  {'(PDF, {kb} kB)'}
                </Translate>
              </td>
              <td>
                <Link href={`pathname://${w.docx.path}`} download={`${w.id}.docx`}>{`${w.id}.docx`}</Link>{' '}
                <Translate
                  id="werkbladen.overzicht.docxGrootte"
                  description="Worksheets overview table: type and size of a Word file, in kB"
                  values={{kb: Math.round(w.docx.bytes / 1000)}}>
                  {'(DOCX, {kb} kB)'}
                </Translate>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
