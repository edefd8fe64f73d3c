/**
 * Ejected from theme-classic's DocItem/Content (3.10) because the edition note
 * must sit under the page title, and the sources inside the article; a wrapper
 * can only add before or after the whole block.
 */
import React from 'react';
import clsx from 'clsx';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type {Props} from '@theme/DocItem/Content';
import './print.css';
import Bronnen, {type BronRef} from '@site/src/components/Bronnen';
import Sinds2021, {VeranderdInNieuweEditie} from '@site/src/components/Sinds2021';
import Literatuur from '@site/src/components/Literatuur';
import UntranslatedNotice, {useIsUntranslated} from '@site/src/components/UntranslatedNotice';
import Werkblad from '@site/src/components/Werkblad';
import {BegripKop, BegripVoet} from '@site/src/components/BegripKop';
import KortGezegd from '@site/src/components/KortGezegd';

interface KennisbankFrontMatter {
  bronnen?: BronRef[];
  type?: string;
  sinds2021?: string;
  literatuur?: string[];
  kort_gezegd?: string;
}

export default function DocItemContent({children}: Props): React.ReactNode {
  const {metadata, frontMatter, contentTitle} = useDoc();
  const fm = frontMatter as typeof frontMatter & KennisbankFrontMatter;
  const syntheticTitle = !frontMatter.hide_title && typeof contentTitle === 'undefined' ? metadata.title : null;
  const untranslated = useIsUntranslated(metadata.source);
  return (
    <>
      {untranslated && <UntranslatedNotice />}
      {/* lang on fallback text lets screen readers pronounce Dutch as Dutch on the English site */}
      <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')} lang={untranslated ? 'nl' : undefined}>
        {syntheticTitle && (
          <header>
            <Heading as="h1">{syntheticTitle}</Heading>
          </header>
        )}
        {fm.kort_gezegd && <KortGezegd tekst={fm.kort_gezegd} />}
        {fm.sinds2021 && metadata.version === 'current' && <Sinds2021 tekst={fm.sinds2021} />}
        {metadata.version === '2021' && <VeranderdInNieuweEditie id={metadata.id} />}
        {fm.type === 'begrip' && <BegripKop id={String(frontMatter.id)} />}
        <MDXContent>{children}</MDXContent>
        {fm.type === 'begrip' && <BegripVoet id={String(frontMatter.id)} />}
        {fm.type === 'werkblad' && <Werkblad />}
        <Literatuur keys={fm.literatuur} />
        <Bronnen bronnen={fm.bronnen} />
      </div>
    </>
  );
}
