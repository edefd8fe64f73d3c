/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/Literatuur' {
  import type React from 'react';
  import type {Referentie} from '@site/src/plugins/literatuur/shared';
  export interface Props {
    entries: readonly Referentie[];
    alles: string;
  }
  export default function Literatuur(props: Props): React.ReactNode;
}

declare module '@theme/Literatuur/Referentie' {
  import type React from 'react';
  import type {Referentie} from '@site/src/plugins/literatuur/shared';
  export interface Props {
    entry: Referentie;
    metContext?: boolean;
  }
  export default function Referentie(props: Props): React.ReactNode;
}

declare module '@theme/Literatuurlijst' {
  import type React from 'react';
  import type {LiteratuurData} from '@site/src/plugins/literatuur/shared';
  export interface Props {
    data: LiteratuurData;
  }
  export default function Literatuurlijst(props: Props): React.ReactNode;
}
