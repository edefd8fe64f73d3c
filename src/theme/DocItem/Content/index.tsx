/**
 * Wraps theme-classic's DocItem/Content: on the English site, a page that is
 * not translated yet says so, and its Dutch text is marked lang="nl" so screen
 * readers pronounce it as Dutch. Everything a page shows of its own data
 * (sources, edition notes, worksheet, references) is placed in its content by
 * the plugins' remark plugins. The print styles live here because they are
 * about the doc page as a whole.
 */
import React from 'react';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import UntranslatedNotice, {useIsUntranslated} from '@site/src/components/UntranslatedNotice';
import './print.css';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactNode {
  const {metadata} = useDoc();
  const untranslated = useIsUntranslated(metadata.source);
  return (
    <>
      {untranslated && <UntranslatedNotice />}
      <div lang={untranslated ? 'nl' : undefined}>
        <Content {...props} />
      </div>
    </>
  );
}
