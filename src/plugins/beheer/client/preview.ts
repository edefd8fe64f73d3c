/**
 * The preview pane: the page as the site shows it (its CSS, its article markup),
 * [[begrippen]] as term links, an unknown term flagged in place, and an image that
 * does not exist shown as a red frame with its path instead of blank space.
 */
import {markBegrippen, type PreviewTerm} from '../shared/begrippen';
import {COLLECTIONS} from '../shared/collections';
import type {DecapWindow, ImmutableMap} from './types';

const PREVIEW_STYLE = `
.beheer-begrip { text-decoration: underline dotted; text-underline-offset: .2em; }
mark.beheer-onbekend { background: #ffe3e3; color: #7a0b10; outline: 2px solid #c4161c; padding: 0 .2em; }
img.beheer-ontbreekt { display: block; min-height: 3em; min-width: 12em; padding: .5em; border: 3px dashed #c4161c; color: #7a0b10; font-weight: 700; }
`;

interface Props {
  entry: ImmutableMap;
  widgetFor(name: string): {type: unknown; props: Record<string, unknown>} | null;
  document: Document;
  getAsset?: (path: string) => unknown;
}

/** Where uploads live in the repository, and the path pages use for them (config.yml's media_folder, public_folder). */
export interface MediaFolders {
  mediaFolder: string;
  publicFolder: string;
}

export function registerPreview(w: DecapWindow, terms: readonly PreviewTerm[], media: MediaFolders): void {
  const cms = w.CMS!;
  const h = w.h!;
  cms.registerPreviewStyle(PREVIEW_STYLE, {raw: true});

  /** An image she just added is not on the site yet: Decap holds it (a blob: URL) until the pull request. */
  const onError = (getAsset: Props['getAsset']) => (e: Event) => {
    const img = e.target as HTMLImageElement;
    if (img?.tagName !== 'IMG' || img.classList.contains('beheer-ontbreekt')) return;
    const src = img.getAttribute('src') ?? '';
    // Decap holds it under its repository path; the page's path starts with "/" and Decap takes that as a URL.
    const prefix = `${media.publicFolder.replace(/\/$/, '')}/`;
    const stored = src.startsWith(prefix) ? `${media.mediaFolder.replace(/\/$/, '')}/${src.slice(prefix.length)}` : src;
    const held = String(getAsset?.(decodeURI(stored)) ?? '');
    if (held.startsWith('blob:') && held !== src) {
      img.src = held;
      return;
    }
    img.classList.add('beheer-ontbreekt');
    img.alt = `Afbeelding ontbreekt: ${src}. Voeg hem toe met de knop "Afbeelding toevoegen", of controleer de naam.`;
  };

  const Article = w.createClass!({
    componentDidMount(this: {props: Props; onError?: (e: Event) => void}) {
      this.onError = onError((path) => this.props.getAsset?.(path));
      this.props.document.addEventListener('error', this.onError, true);
    },
    componentWillUnmount(this: {props: Props; onError?: (e: Event) => void}) {
      if (this.onError) this.props.document.removeEventListener('error', this.onError, true);
    },
    render(this: {props: Props}) {
      const data = this.props.entry.get('data') as ImmutableMap;
      const title = String(data.get('title') ?? data.get('term') ?? '');
      const body = this.props.widgetFor('body');
      const marked = markBegrippen(String(data.get('body') ?? ''), terms);
      return h(
        'main',
        {className: 'container margin-vert--lg'},
        h(
          'article',
          {className: 'markdown'},
          h('h1', null, title),
          data.get('description') ? h('p', null, h('em', null, String(data.get('description')))) : null,
          marked.unknown.length
            ? h(
                'p',
                {className: 'beheer-onbekend', role: 'note'},
                h(
                  'mark',
                  {className: 'beheer-onbekend'},
                  `Niet in de begrippenlijst: ${marked.unknown.join(', ')}. Kies een woord uit de lijst, of haal de [[ ]] weg.`,
                ),
              )
            : null,
          body ? h(body.type, {...body.props, value: marked.text}) : null,
        ),
      );
    },
  });
  for (const c of [COLLECTIONS.kenniscafes, COLLECTIONS.spanningsvelden, COLLECTIONS.begrippen])
    cms.registerPreviewTemplate(c, Article as never);
}
