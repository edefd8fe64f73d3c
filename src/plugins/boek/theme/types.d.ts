/** The theme components of src/plugins/boek, as @theme/* modules (swizzlable). */
declare module '@theme/BoekDownload' {
  import type React from 'react';

  export function BoekLinks(props: {version: string}): React.ReactNode;
  export default function BoekDownload(): React.ReactNode;
}
