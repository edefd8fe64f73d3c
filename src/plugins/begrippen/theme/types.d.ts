/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/Begrip' {
  import type React from 'react';
  export interface Props {
    to: string;
    term: string;
    definitie: string;
    engels?: string;
    children: React.ReactNode;
  }
  export default function Begrip(props: Props): React.ReactNode;
}

declare module '@theme/BegrippenLijst' {
  import type React from 'react';
  import type {Begrip} from '@site/src/content/glossary';
  export interface Props {
    begrippen: readonly Begrip[];
  }
  export default function BegrippenLijst(props: Props): React.ReactNode;
}

declare module '@theme/BegripKop' {
  import type React from 'react';
  export interface Props {
    definitie: string;
    engels: string;
  }
  export default function BegripKop(props: Props): React.ReactNode;
}

declare module '@theme/BegripVoet' {
  import type React from 'react';
  export interface Props {
    verwant: readonly {term: string; permalink: string}[];
    azAnker: string;
  }
  export default function BegripVoet(props: Props): React.ReactNode;
}
