/**
 * What the editor script changes on Decap's page itself: no global Media page (an
 * upload there is committed straight to the main branch, outside any pull request;
 * images go in through the Tekst field's button instead), Dutch for the few words
 * Decap writes without its phrases, and the look of the site's own widgets.
 */
import {VASTE_TEKSTEN} from './nl';

const STYLE = `
/* Decap's header: "Inhoud" and "Redactie" are links; its only button opens the global media library. */
header nav li:has(> button) { display: none !important; }
.beheer-knoppen { display: flex; flex-wrap: wrap; gap: .5rem; margin: .75rem 0 0; }
.beheer-knoppen button, [id$="nieuwe_bron"] > button {
  font: inherit; font-size: 14px; padding: 6px 14px; border-radius: 5px; cursor: pointer;
  border: 1px solid #3a69c7; background: #fff; color: #2a4f99; }
.beheer-knoppen button:focus-visible { outline: 3px solid #3a69c7; outline-offset: 2px; }
.beheer-afbeelding-form, [role="group"][aria-label="Nieuwe bron"] { display: grid; gap: .35rem; margin-top: .75rem; }
.beheer-afbeelding-form { padding: .75rem; border: 2px solid #dfdfe3; border-radius: 5px; background: #fff; }
.beheer-afbeelding-kop { font-weight: 700; margin: 0; }
.beheer-afbeelding-form input[type="text"], .beheer-veld input { font: inherit; padding: 6px 8px; border: 1px solid #8a8a8f; border-radius: 4px; width: 100%; box-sizing: border-box; }
.beheer-veld label { font-weight: 600; font-size: 14px; }
.beheer-uitleg { margin: 0 0 .5rem; font-size: 13px; color: #4a4a52; }
.beheer-fout { color: #a4121a; font-weight: 600; margin: .25rem 0; }
`;

export function hideGlobalMedia(): void {
  const style = document.createElement('style');
  style.textContent = STYLE;
  document.head.append(style);
  const away = () => {
    if (/^#\/media\b/.test(location.hash)) location.replace('#/');
  };
  window.addEventListener('hashchange', away);
  away();
}

function vertaal(node: Node): void {
  if (node.nodeType === Node.TEXT_NODE) {
    const text = node.textContent?.trim() ?? '';
    const nl = VASTE_TEKSTEN[text];
    if (nl) node.textContent = node.textContent!.replace(text, nl);
    return;
  }
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) vertaal(n);
}

/** Replaces Decap's fixed English words with Dutch as they appear. */
export function translateFixedTexts(root: HTMLElement): MutationObserver {
  vertaal(root);
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      if (r.type === 'characterData') vertaal(r.target);
      for (const n of r.addedNodes) vertaal(n);
    }
  });
  observer.observe(root, {childList: true, subtree: true, characterData: true});
  return observer;
}
