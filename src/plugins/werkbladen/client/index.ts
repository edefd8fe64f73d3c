/** The worksheet of the page being shown: its front matter, validated and with defaults (markdown.parseFrontMatter). */
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import type {Werkblad} from '../shared/model';

export function useWerkblad(): Werkblad {
  const {frontMatter} = useDoc();
  if ((frontMatter as {type?: unknown}).type !== 'werkblad') {
    throw new Error('<Werkblad> staat op een pagina zonder "type: werkblad".');
  }
  return frontMatter as unknown as Werkblad;
}
