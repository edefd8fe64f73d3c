/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/Werkblad' {
  import type React from 'react';
  import type {Bestand} from '@site/src/plugins/werkbladen/shared/model';
  export interface Props {
    downloads: {pdf: Bestand; docx: Bestand};
    bronnen: Readonly<Record<string, string>>;
  }
  export default function Werkblad(props: Props): React.ReactNode;
}

declare module '@theme/Werkblad/Antwoordvlak' {
  import type React from 'react';
  import type {Vraag} from '@site/src/plugins/werkbladen/shared/model';
  export interface Props {
    vraag: Vraag;
    n: number;
    lang: string | undefined;
  }
  export default function Antwoordvlak(props: Props): React.ReactNode;
}

declare module '@theme/WerkbladenOverzicht' {
  import type React from 'react';
  import type {WerkbladenData} from '@site/src/plugins/werkbladen/shared/model';
  export interface Props {
    data: WerkbladenData;
  }
  export default function WerkbladenOverzicht(props: Props): React.ReactNode;
}

declare module '@theme/WerkbladDownloads' {
  import type React from 'react';
  import type {Bestand} from '@site/src/plugins/werkbladen/shared/model';
  export interface Props {
    info: {id: string; pdf: Bestand; docx: Bestand};
    compact?: boolean;
  }
  export default function WerkbladDownloads(props: Props): React.ReactNode;
}
