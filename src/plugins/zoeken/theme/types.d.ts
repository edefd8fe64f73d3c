/** The theme components this plugin provides (swizzle with `npx docusaurus swizzle`). */
declare module '@theme/ZoekenPage' {
  import type React from 'react';
  export default function ZoekenPage(): React.ReactNode;
}
