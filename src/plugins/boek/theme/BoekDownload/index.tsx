/**
 * "Download de hele handleiding": under every page that is part of a book,
 * links to that edition's PDF and EPUB. Renders nothing on other pages, so a
 * doc page wrapper can place it unconditionally. With `version` it lists one
 * edition's book anywhere (e.g. on "Over de edities").
 */
import React from 'react';
import Link from '@docusaurus/Link';
import {usePluginData} from '@docusaurus/useGlobalData';
import {useDoc, useDocsSidebar} from '@docusaurus/plugin-content-docs/client';
import type {BoekGlobalData, BoekInfo} from '@site/src/plugins/boek/shared/types';
import styles from './styles.module.css';

function Links({book}: {book: BoekInfo}): React.ReactNode {
  return (
    <>
      <Link href={`pathname://${book.pdf}`} type="application/pdf" className={styles.link}>
        PDF<span className={styles.hint}> (om te printen)</span>
      </Link>{' '}
      of{' '}
      <Link href={`pathname://${book.epub}`} type="application/epub+zip" className={styles.link}>
        EPUB<span className={styles.hint}> (voor e-readers)</span>
      </Link>
    </>
  );
}

export function BoekLinks({version}: {version: string}): React.ReactNode {
  const {books} = usePluginData('boek') as BoekGlobalData;
  const book = books.find((b) => b.version === version);
  if (!book) throw new Error(`BoekLinks: er is geen boek voor docs-versie "${version}" (zie de optie editions van src/plugins/boek).`);
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
      <strong>Download de hele handleiding</strong> ({book.label}) als één bestand: <Links book={book} />.
    </p>
  );
}
