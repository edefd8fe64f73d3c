/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/SpanningsveldenOverzicht' {
  import type React from 'react';
  import type {SpanningsveldEntry} from '@site/src/plugins/overzichten/shared';
  export interface Props {
    spanningsvelden: readonly SpanningsveldEntry[];
  }
  export default function SpanningsveldenOverzicht(props: Props): React.ReactNode;
}

declare module '@theme/Sinds2021' {
  import type React from 'react';
  export interface Props {
    tekst: string;
  }
  export default function Sinds2021(props: Props): React.ReactNode;
}

declare module '@theme/VeranderdInNieuweEditie' {
  import type React from 'react';
  import type {Sinds2021Entry} from '@site/src/plugins/overzichten/shared';
  export type Props = Sinds2021Entry;
  export default function VeranderdInNieuweEditie(props: Props): React.ReactNode;
}

declare module '@theme/KortGezegd' {
  import type React from 'react';
  export interface Props {
    tekst: string;
  }
  export default function KortGezegd(props: Props): React.ReactNode;
}
