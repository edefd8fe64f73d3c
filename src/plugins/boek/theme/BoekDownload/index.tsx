/**
 * "Download de hele handleiding": under every page that is part of a book,
 * links to that edition's PDF and EPUB. Renders nothing on other pages, so a
 * doc page wrapper can place it unconditionally. With `version` it lists one
 * edition's book anywhere (e.g. on "Over de edities").
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc, useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import type {BoekGlobalData, BoekInfo} from '@site/src/plugins/boek/shared/types';
import styles from './styles.module.css';

function Links({book}: {book: BoekInfo}): React.ReactNode {
  return (
    <>
      <Link href={`pathname://${book.pdf}`} type="application/pdf" className={styles.link}>
        PDF
        <span className={styles.hint}>
          {' '}
          <Translate id="boek.download.pdfHint" description="Book download: what the PDF is for">
            (om te printen)
          </Translate>
        </span>
      </Link>{' '}
      <Translate id="boek.download.of" description="Book download: word between the PDF and the EPUB link">
        of
      </Translate>{' '}
      <Link href={`pathname://${book.epub}`} type="application/epub+zip" className={styles.link}>
        EPUB
        <span className={styles.hint}>
          {' '}
          <Translate id="boek.download.epubHint" description="Book download: what the EPUB is for">
            (voor e-readers)
          </Translate>
        </span>
      </Link>
    </>
  );
}

export function BoekLinks({version}: {version: string}): React.ReactNode {
  const {books} = usePluginData('boek') as BoekGlobalData;
  const book = books.find((b) => b.version === version);
  if (!book)
    throw new Error(
      `BoekLinks: er is geen boek voor docs-versie "${version}" (zie de optie editions van src/plugins/boek).`,
    );
  return <Links book={book} />;
}

export default function BoekDownload(): React.ReactNode {
  const {metadata} = useDoc();
  const sidebar = useDocsSidebar();
  const {books, sidebarId} = usePluginData('boek') as BoekGlobalData;
  const book = sidebar?.name === sidebarId ? books.find((b) => b.version === metadata.version) : undefined;
  if (!book) return null;
  return (
    <p className={`${styles.boek} kennisbank-boek`}>
      <Translate
        id="boek.download.zin"
        description="Book download under every handleiding page: {kop} is the bold lead, {editie} the edition label, {links} the PDF and EPUB links"
        values={{
          kop: (
            <strong>
              <Translate id="boek.download.kop" description="Book download: bold lead of the sentence">
                Download de hele handleiding
              </Translate>
            </strong>
          ),
          editie: book.label,
          links: <Links book={book} />,
        }}>
        {'{kop} ({editie}) als één bestand: {links}.'}
      </Translate>
    </p>
  );
}
