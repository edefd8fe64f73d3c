/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/ErratumMelding' {
  import type React from 'react';
  export interface Props {
    errata: readonly {id: string; datum: string}[];
    errataPad: string;
  }
  export default function ErratumMelding(props: Props): React.ReactNode;
}

declare module '@theme/Wijzigingsgeschiedenis' {
  import type React from 'react';
  import type {WijzigingNotitie} from '@site/src/plugins/wijzigingen/shared/types';
  export interface Props {
    wijzigingen: readonly WijzigingNotitie[];
    errataPad?: string;
    tekstLang?: string;
    uitlegPad: string;
  }
  export default function Wijzigingsgeschiedenis(props: Props): React.ReactNode;
}

declare module '@theme/ErrataPagina' {
  import type React from 'react';
  import type {ErrataPaginaData} from '@site/src/plugins/wijzigingen/shared/types';
  export interface Props {
    data: ErrataPaginaData;
  }
  export default function ErrataPagina(props: Props): React.ReactNode;
}
