/**
 * The docs version root, and for the pinned twin of the current edition its canonical link: while
 * the edition is current, "/2024/handleiding/houding" shows the same text as "/handleiding/houding",
 * and search engines should list that one. Once a newer edition arrives, an archived docs version
 * serves "/2024/…" without this prop, and its pages are their own canonical again.
 */
import React from 'react';
import Head from '@docusaurus/Head';
import {useLocation} from '@docusaurus/router';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import DocVersionRoot from '@theme-init/DocVersionRoot';
import type {Props} from '@theme/DocVersionRoot';
import {currentPathOfTwin, type TwinProp} from '../../shared/vastPad';

function TwinCanonical({twin}: {twin: TwinProp}): React.ReactNode {
  const {pathname} = useLocation();
  const {siteConfig} = useDocusaurusContext();
  const url = siteConfig.url + currentPathOfTwin(pathname, twin);
  return (
    <Head>
      <meta property="og:url" content={url} />
      <link rel="canonical" href={url} />
    </Head>
  );
}

export default function DocVersionRootWrapper(props: Props & {vasteEditie?: TwinProp}): React.ReactNode {
  const {vasteEditie, ...rest} = props;
  return (
    <>
      {vasteEditie && <TwinCanonical twin={vasteEditie} />}
      <DocVersionRoot {...rest} />
    </>
  );
}
