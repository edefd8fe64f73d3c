/**
 * On a page of the 2021 edition: what the current edition changed on it (the
 * current page's `sinds2021`), with a link to the current page. Placed by the
 * remark plugin.
 */
import React from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';
import type {Sinds2021Entry} from '@site/src/plugins/overzichten/shared';

export type Props = Sinds2021Entry;

export default function VeranderdInNieuweEditie({tekst, permalink, title}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <aside className="alert alert--warning margin-bottom--md" aria-labelledby="veranderd-in-nieuwe-editie">
      <p className="margin-bottom--xs">
        <strong id="veranderd-in-nieuwe-editie" lang={lang}>
          <Translate id="kennisbank.sinds2021.oudeEditie.heading">
            Wat is er op deze pagina veranderd in de huidige editie?
          </Translate>
        </strong>
      </p>
      <p className="margin-bottom--xs">{tekst}</p>
      <p className="margin-bottom--none" lang={lang}>
        <Link to={permalink}>
          <Translate id="kennisbank.sinds2021.oudeEditie.link" values={{title}}>
            {'Lees „{title}” in de huidige editie'}
          </Translate>
        </Link>
      </p>
    </aside>
  );
}
