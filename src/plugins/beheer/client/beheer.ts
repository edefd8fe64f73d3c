/**
 * The editor script, loaded after decap-cms.js on /beheer/ only (bundled by the
 * plugin with esbuild; never part of the site's client bundle). It gives Decap
 * the site's own styles for the preview, fills in stable names before a save,
 * and the image component with a required description.
 */
import {AFBEELDING_PATTERN, afbeeldingFromBlock, afbeeldingToBlock} from '../shared/afbeelding';
import {COLLECTIONS, fillNames} from '../shared/collections';
import {IMAGE_COMPONENT} from '../shared/names';

const script = document.currentScript as HTMLScriptElement | null;
const cms = window.CMS;
const h = window.h;

if (!cms || !h) {
  throw new Error('[beheer] decap-cms.js is niet geladen: het moet vóór beheer.js staan.');
}

for (const href of JSON.parse(script?.dataset.previewStyles ?? '[]') as string[]) cms.registerPreviewStyle(href);

cms.registerEventListener({
  name: 'preSave',
  handler: ({entry}) => {
    const collection = String(entry.get('collection'));
    const data = entry.get('data') as ImmutableMap;
    const filled = fillNames(collection, data.toJS());
    let out = data;
    for (const [k, v] of Object.entries(filled)) if (data.get(k) !== v && typeof v === 'string') out = out.set(k, v);
    return out;
  },
});

cms.registerEditorComponent({
  id: IMAGE_COMPONENT,
  label: 'Afbeelding met beschrijving',
  fields: [
    {
      name: 'src',
      label: 'Afbeelding',
      widget: 'image',
      required: true,
      choose_url: false,
      hint: 'Klein houden: hoogstens 300 kB.',
    },
    {
      name: 'alt',
      label: 'Beschrijving (alt-tekst)',
      widget: 'string',
      required: true,
      hint: 'Wat staat er op de afbeelding? Voor wie hem niet kan zien. Verplicht.',
    },
  ],
  pattern: AFBEELDING_PATTERN,
  fromBlock: afbeeldingFromBlock,
  toBlock: afbeeldingToBlock,
  toPreview: ({src, alt}) => `<img src="${src ?? ''}" alt="${(alt ?? '').replace(/"/g, '&quot;')}">`,
});

/** Pages in the preview look like the site: its CSS, its article markup. */
function Article({entry, widgetFor}: DecapPreviewProps) {
  const data = entry.get('data') as ImmutableMap;
  const title = String(data.get('title') ?? data.get('term') ?? '');
  return h!(
    'main',
    {className: 'container margin-vert--lg'},
    h!(
      'article',
      {className: 'markdown'},
      h!('h1', null, title),
      data.get('description') ? h!('p', null, h!('em', null, String(data.get('description')))) : null,
      widgetFor('body'),
    ),
  );
}
for (const c of [COLLECTIONS.kenniscafes, COLLECTIONS.spanningsvelden, COLLECTIONS.begrippen])
  cms.registerPreviewTemplate(c, Article);
