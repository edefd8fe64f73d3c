/**
 * The editor script, the only script of /beheer/ (bundled by the plugin with
 * esbuild; never part of the site's client bundle). It reads the config first and
 * opens Decap only when a contributor can log in; otherwise, and on a phone, the
 * page says in Dutch what she can do instead. Then it gives Decap the site's
 * Dutch, the preview, the image button, the new-source field and what happens
 * on save.
 */
import {load} from 'js-yaml';
import type {CmsConfig} from 'decap-cms-core';
import type {PreviewTerm} from '../shared/begrippen';
import {citeer, type NieuweBron} from '../shared/bron';
import {COLLECTIONS, fillNames} from '../shared/collections';
import {loginOf} from '../shared/login';
import {NIEUWE_BRON, NIEUWE_BRON_WIDGET, SECTIONS, TEKST_WIDGET} from '../shared/names';
import {prepareBody} from '../shared/tekst';
import {guardBackups} from './backup';
import {NL_AANVULLING, mergePhrases, type Phrases} from './nl';
import {hideGlobalMedia, translateFixedTexts} from './pagina';
import {registerPreview} from './preview';
import {nieuweBronControl, nieuweBronPreview} from './widgets/nieuweBron';
import {tekstControl} from './widgets/tekst';
import type {DecapWindow, ImmutableMap} from './types';

const w = window as DecapWindow;
const script = document.currentScript as HTMLScriptElement;
const data = script.dataset;

/** Narrower than this, Decap's two panes do not fit: the page says so first. */
const SMALL_SCREEN = 768;

const show = (id: string) => {
  for (const s of Object.values(SECTIONS)) document.getElementById(s)!.hidden = s !== id;
};

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`${src} laadde niet`));
    document.body.append(s);
  });
}

async function startDecap(config: CmsConfig, terms: PreviewTerm[]): Promise<void> {
  // Decap starts itself from config.yml unless told not to; this script hands it the config it already read.
  w.CMS_MANUAL_INIT = true;
  await loadScript(data.decap!);
  const cms = w.CMS!;
  const phrases = mergePhrases(cms.getLocale('nl') ?? {}, NL_AANVULLING);
  cms.registerLocale('nl', phrases);
  for (const href of JSON.parse(data.previewStyles ?? '[]') as string[]) cms.registerPreviewStyle(href);

  cms.registerWidget(TEKST_WIDGET, tekstControl(w) as never, cms.getWidget('markdown')?.preview as never);
  cms.registerWidget(NIEUWE_BRON_WIDGET, nieuweBronControl(w) as never, nieuweBronPreview(w) as never);
  registerPreview(w, terms, {
    mediaFolder: String(config.media_folder ?? ''),
    publicFolder: String(config.public_folder ?? ''),
  });

  cms.registerEventListener({
    name: 'preSave',
    handler: ({entry}) => {
      const collection = String(entry.get('collection'));
      let out = entry.get('data') as ImmutableMap;
      for (const [k, v] of Object.entries(fillNames(collection, out.toJS())))
        if (typeof v === 'string' && out.get(k) !== v) out = out.set(k, v);
      // The new source's file travels with the page (widgets/nieuweBron.ts); the page cites it.
      const nieuwValue = out.get(NIEUWE_BRON) as ImmutableMap | NieuweBron | undefined;
      const nieuw =
        nieuwValue && typeof (nieuwValue as ImmutableMap).toJS === 'function'
          ? ((nieuwValue as ImmutableMap).toJS() as NieuweBron)
          : (nieuwValue as NieuweBron | undefined);
      if (nieuw?.sleutel) {
        const current = out.get('bronnen') as ImmutableMap | undefined;
        const bronnen = citeer(current && typeof current.toJS === 'function' ? (current.toJS() as never) : [], nieuw);
        // Immutable values like Decap's own, made from one it gave us (the library is not a global).
        const emptyMap = out.clear();
        const list = bronnen.reduce((l, b) => l.push(emptyMap.merge(b)), out.toList().clear());
        out = out.set('bronnen', list);
      }
      out = out.delete(NIEUWE_BRON);
      if (collection !== COLLECTIONS.bronnen && typeof out.get('body') === 'string')
        out = out.set('body', prepareBody(out.get('body') as string, {isPost: collection === COLLECTIONS.kenniscafes}));
      return out;
    },
  });

  hideGlobalMedia();
  translateFixedTexts(document.body);
  document.getElementById(SECTIONS.laden)!.hidden = true;
  cms.init({config: {...config, load_config_file: false} as CmsConfig});
  const question = (phrases.editor as Phrases | undefined)?.editor as Phrases | undefined;
  guardBackups(String(question?.confirmLoadBackup ?? ''));
}

async function main(): Promise<void> {
  const [config, terms] = await Promise.all([
    fetch(data.config!, {cache: 'no-cache'}).then(async (r) => load(await r.text()) as CmsConfig),
    fetch(data.glossary!)
      .then((r) => (r.ok ? (r.json() as Promise<PreviewTerm[]>) : []))
      .catch(() => []),
  ]);
  if (loginOf(config as never) === 'geen') {
    show(SECTIONS.geenLogin);
    return;
  }
  const open = () => startDecap(config, terms);
  if (window.innerWidth < SMALL_SCREEN) {
    show(SECTIONS.smal);
    document.querySelector(`#${SECTIONS.smal} button`)!.addEventListener('click', () => {
      document.getElementById(SECTIONS.smal)!.hidden = true;
      void open();
    });
    return;
  }
  await open();
}

main().catch((e: unknown) => {
  const p = document.createElement('p');
  p.textContent = `De webeditor kon niet starten: ${e instanceof Error ? e.message : String(e)}. Probeer het later opnieuw, of gebruik een van de andere manieren in de handleiding voor bijdragers.`;
  document.getElementById(SECTIONS.laden)!.append(p);
});
