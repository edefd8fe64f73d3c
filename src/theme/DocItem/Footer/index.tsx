/**
 * Wraps Docusaurus' doc footer (edit link, "Laatst bijgewerkt", tags) and adds
 * "Download de hele handleiding" (src/plugins/boek), "Geef feedback" and
 * "Citeer deze pagina" under it.
 */
import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import PaginaVoet from '@site/src/components/PaginaVoet';
import BoekDownload from '@theme/BoekDownload';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactNode {
  const {metadata} = useDoc();
  const version = useDocsVersion();
  return (
    <>
      <Footer {...props} />
      {/* Renders only on pages that are part of a book (src/plugins/boek). */}
      <BoekDownload />
      <PaginaVoet
        title={metadata.title}
        permalink={metadata.permalink}
        edition={version.label}
        editionName={version.version}
        slug={metadata.slug}
        date={metadata.lastUpdatedAt ?? undefined}
      />
    </>
  );
}
