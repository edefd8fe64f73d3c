/**
 * A worksheet on its web page, rendered from the same front matter as the PDF
 * and the Word file: header, downloads with type and size, sections with the
 * finding they rest on, and every question with a visible answer area
 * (./Antwoordvlak.tsx, from the question's description).
 */
import React from 'react';
import Heading from '@theme/Heading';
import Translate, {translate} from '@docusaurus/Translate';
import WerkbladDownloads from '@theme/WerkbladDownloads';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import {useWerkblad} from '@site/src/plugins/werkbladen/client';
import {audienceLabel, phaseLabel} from '@site/src/plugins/shared/client/labels';
import {
  EIGEN_VRAGEN,
  EIGEN_VRAGEN_ID,
  bronVermelding,
  isKaartenblad,
  nummer,
  type Bestand,
} from '@site/src/plugins/werkbladen/shared/model';
import Antwoordvlak from '@theme/Werkblad/Antwoordvlak';
import styles from './styles.module.css';

export interface Props {
  /** The sheet's files (filled in at build time). */
  downloads: {pdf: Bestand; docx: Bestand};
  /** Titles of the sources under each finding, by key. */
  bronnen: Readonly<Record<string, string>>;
}

export default function Werkblad({downloads, bronnen}: Props): React.ReactNode {
  const sheet = useWerkblad();
  const kaarten = isKaartenblad(sheet);
  const lang = useInterfaceLang();
  return (
    <div className={styles.werkblad}>
      <p className={styles.downloads} lang={lang}>
        <strong>
          <Translate id="werkbladen.downloaden" description="Worksheet page: label before the two download links">
            Downloaden:
          </Translate>
        </strong>{' '}
        <WerkbladDownloads info={{id: sheet.id, ...downloads}} />
      </p>
      <dl className={styles.meta} lang={lang}>
        <div>
          <dt>
            <Translate id="werkbladen.voor" description="Worksheet page: label of who the worksheet is for">
              Voor
            </Translate>
          </dt>
          <dd>{sheet.voor.map(audienceLabel).join(', ')}</dd>
        </div>
        <div>
          <dt>
            <Translate id="werkbladen.fase" description="Worksheet page: label of the phases the worksheet is for">
              Fase
            </Translate>
          </dt>
          <dd>{sheet.fase.map(phaseLabel).join(', ')}</dd>
        </div>
      </dl>
      <Heading as="h2" id="waarvoor" lang={lang}>
        {translate({
          id: 'werkbladen.waarvoor',
          message: 'Waarvoor',
          description: 'Worksheet page: heading above what the worksheet is for',
        })}
      </Heading>
      <p>{sheet.doel}</p>
      <Heading as="h2" id="zo-gebruik-je-het" lang={lang}>
        {translate({
          id: 'werkbladen.zoGebruikJeHet',
          message: 'Zo gebruik je het',
          description: 'Worksheet page: heading above how to use the worksheet',
        })}
      </Heading>
      <p>{sheet.instructie}</p>
      <p className={styles.eigen} lang={lang}>
        {/* eslint-disable-next-line @docusaurus/string-literal-i18n-messages -- the PDF and the Word file print the same Dutch notice from model.ts; its id is in i18n/en/code.json (src/plugins/werkbladen/__tests__/i18n.test.ts) */}
        {translate({id: EIGEN_VRAGEN_ID, message: EIGEN_VRAGEN})}
      </p>
      {sheet.secties.map((s, si) => (
        <section key={s.titel} className={styles.sectie} aria-labelledby={`sectie-${si + 1}`}>
          <Heading as="h2" id={`sectie-${si + 1}`}>
            {s.titel}
          </Heading>
          {s.bevinding && (
            <p className={styles.bevinding}>
              <strong lang={lang}>
                <Translate
                  id="werkbladen.waaropDitRust"
                  description="Worksheet page: label before the research finding a section rests on">
                  Waarop dit rust:
                </Translate>
              </strong>{' '}
              {s.bevinding.tekst}{' '}
              <em>
                <Translate
                  id="werkbladen.bron"
                  description="Worksheet page: the source of a finding ({bron}: its title and where in it)"
                  values={{bron: bronVermelding(s.bevinding, bronnen)}}>
                  {'Bron: {bron}'}
                </Translate>
              </em>
            </p>
          )}
          {s.intro && <p>{s.intro}</p>}
          {kaarten ? (
            <ul className={styles.kaarten}>
              {s.vragen.map((v, vi) => (
                <li key={v.tekst} className={styles.kaart}>
                  <span className={styles.kaartCategorie}>{s.titel}</span>
                  <span className={styles.kaartTekst}>{v.tekst}</span>
                  <span className={styles.kaartNummer} lang={lang}>
                    <Translate
                      id="werkbladen.kaart"
                      description="Worksheet with conversation cards: number of a card"
                      values={{n: nummer(sheet, si, vi)}}>
                      {'kaart {n}'}
                    </Translate>
                  </span>
                </li>
              ))}
            </ul>
          ) : (
            <ol className={styles.vragen} start={nummer(sheet, si, 0)}>
              {s.vragen.map((v, vi) => (
                <li key={v.tekst} className={styles.vraag} data-vraag={nummer(sheet, si, vi)}>
                  <p className={styles.vraagTekst}>{v.tekst}</p>
                  <Antwoordvlak vraag={v} n={nummer(sheet, si, vi)} lang={lang} />
                </li>
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}
