/** "What changed since 2021", under the title of a current page that exists in both editions (front matter `sinds2021`). */
import React from 'react';
import Translate from '@docusaurus/Translate';
import {useInterfaceLang} from '@site/src/components/UntranslatedNotice';

export interface Props {
  tekst: string;
}

export default function Sinds2021({tekst}: Props): React.ReactNode {
  const lang = useInterfaceLang();
  return (
    <aside className="alert alert--info margin-bottom--md" aria-labelledby="sinds-2021">
      <p className="margin-bottom--xs">
        <strong id="sinds-2021" lang={lang}>
          <Translate id="kennisbank.sinds2021.heading">Wat is er veranderd sinds de editie van 2021?</Translate>
        </strong>
      </p>
      <p className="margin-bottom--none">{tekst}</p>
    </aside>
  );
}
