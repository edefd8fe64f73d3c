/**
 * The banner above a page of an older edition says what is true: its content is fixed, and
 * corrections are listed in the edition's errata (linked). Theme-classic's banner has no place
 * for that link, so for an unmaintained edition this renders the same banner (classes, role,
 * link to the same page in the current edition) with it; other banners stay the original.
 */
import React from 'react';
import clsx from 'clsx';
// @theme-init: the banner of the theme this plugin wraps (@theme-original would be this file itself).
import DocVersionBanner from '@theme-init/DocVersionBanner';
import type DocVersionBannerType from '@theme/DocVersionBanner';
import type {WrapperProps} from '@docusaurus/types';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {ThemeClassNames} from '@docusaurus/theme-common';
import {
  useActivePlugin,
  useDocVersionSuggestions,
  useDocsPreferredVersion,
  useDocsVersion,
} from '@docusaurus/plugin-content-docs/client';
import {errataPad} from '../../shared/paden';

type Props = WrapperProps<typeof DocVersionBannerType>;
const Original = DocVersionBanner as typeof DocVersionBannerType;

function VastgezetBanner({className}: Props): React.ReactNode {
  const version = useDocsVersion();
  const {
    siteConfig: {title: siteTitle},
  } = useDocusaurusContext();
  const {pluginId} = useActivePlugin({failfast: true})!;
  const {savePreferredVersionName} = useDocsPreferredVersion(pluginId);
  const {latestDocSuggestion, latestVersionSuggestion} = useDocVersionSuggestions(pluginId);
  const target =
    latestDocSuggestion ?? latestVersionSuggestion.docs.find((d) => d.id === latestVersionSuggestion.mainDocId);
  return (
    <div
      className={clsx(className, ThemeClassNames.docs.docVersionBanner, 'alert alert--warning margin-bottom--md')}
      role="alert">
      <div>
        <Translate
          id="theme.docs.versions.unmaintainedVersionLabel"
          description="The label used to tell the user that he's browsing an unmaintained doc version"
          values={{
            siteTitle,
            versionLabel: <b>{version.label}</b>,
            errataLink: (
              <Link to={errataPad(version.version)}>
                <Translate id="kennisbank.banner.errata" description="Link in the banner of an older edition">
                  errata
                </Translate>
              </Link>
            ),
          }}>
          {
            'Je leest een oudere editie ({versionLabel}) in de {siteTitle}. De inhoud is vastgezet; correcties staan in de {errataLink}.'
          }
        </Translate>
      </div>
      {target && (
        <div className="margin-top--md">
          <Translate
            id="theme.docs.versions.latestVersionSuggestionLabel"
            description="The label used to tell the user to check the latest version"
            values={{
              versionLabel: latestVersionSuggestion.label,
              latestVersionLink: (
                <b>
                  <Link to={target.path} onClick={() => savePreferredVersionName(latestVersionSuggestion.name)}>
                    <Translate
                      id="theme.docs.versions.latestVersionLinkLabel"
                      description="The label used for the latest version suggestion link label">
                      latest version
                    </Translate>
                  </Link>
                </b>
              ),
            }}>
            {'For up-to-date documentation, see the {latestVersionLink} ({versionLabel}).'}
          </Translate>
        </div>
      )}
    </div>
  );
}

export default function DocVersionBannerWrapper(props: Props): React.ReactNode {
  const version = useDocsVersion();
  if (version.banner === 'unmaintained') return <VastgezetBanner {...props} />;
  return <Original {...props} />;
}
