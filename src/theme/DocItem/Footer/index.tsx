/**
 * Wraps Docusaurus' doc footer (edit link, "Laatst gewijzigd", tags) and adds
 * the page's change history (src/plugins/wijzigingen), "Download de hele
 * handleiding" (src/plugins/boek), "Geef feedback" and "Citeer deze pagina" under it.
 */
import React from 'react';
import Footer from '@theme-original/DocItem/Footer';
import type FooterType from '@theme/DocItem/Footer';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc, useDocsVersion} from '@docusaurus/plugin-content-docs/client';
import PaginaVoet from '@site/src/components/PaginaVoet';
import {useIsUntranslated} from '@site/src/components/UntranslatedNotice';
import BoekDownload from '@theme/BoekDownload';
import Wijzigingsgeschiedenis from '@theme/Wijzigingsgeschiedenis';
import {errataPad} from '@site/src/plugins/wijzigingen/shared/paden';
import type {WijzigingNotitie} from '@site/src/plugins/wijzigingen/shared/types';

type Props = WrapperProps<typeof FooterType>;

export default function FooterWrapper(props: Props): React.ReactNode {
  const {metadata, frontMatter} = useDoc();
  const version = useDocsVersion();
  const untranslated = useIsUntranslated(metadata.source);
  // Filled by markdown.parseFrontMatter: the page's change notes, or on an older edition its errata.
  const wijzigingen = ((frontMatter as {wijzigingen?: WijzigingNotitie[]}).wijzigingen ?? []).slice();
  return (
    <>
      <Footer {...props} />
      <Wijzigingsgeschiedenis
        wijzigingen={wijzigingen}
        errataPad={version.banner === 'unmaintained' ? errataPad(version.version) : undefined}
        tekstLang={untranslated ? 'nl' : undefined}
        uitlegPad="/handleiding/over-de-edities#wijzigingen"
      />
      {/* Renders only on pages that are part of a book (src/plugins/boek). */}
      <BoekDownload />
      <PaginaVoet
        title={metadata.title}
        permalink={metadata.permalink}
        edition={version.label}
        date={metadata.lastUpdatedAt ?? undefined}
      />
    </>
  );
}
