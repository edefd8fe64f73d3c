/** The theme component this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/Bronnen' {
  import type React from 'react';
  import type {PaginaBron} from '@site/src/plugins/bronnen/shared';
  export interface Props {
    bronnen: readonly PaginaBron[];
  }
  export default function Bronnen(props: Props): React.ReactNode;
}
