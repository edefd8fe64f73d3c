/**
 * The "Tekst" field: Decap's Markdown editor (raw mode, which keeps [[begrip]] and
 * {#id} as written), with what its disabled toolbar cannot give there: a button that
 * adds an image with its required description, within the size limit, as a file of
 * the same pull request; and text pasted from Word or e-mail cleaned as it arrives.
 */
import {cleanPaste} from '../../shared/tekst';
import type {ControlProps, DecapWindow, ImmutableMap} from '../types';

const ACCEPT = 'image/jpeg,image/png,image/webp,image/gif,image/svg+xml';
const ours = new WeakSet<Event>();

const kb = (n: number) => `${Math.round(n / 1024)} kB`;
const size = (n: number) => (n >= 1024 * 1024 ? `${(n / 1024 / 1024).toFixed(1).replace('.', ',')} MB` : kb(n));

interface State {
  /** Bumped when the script changes the text: Decap's Markdown editor reads its value only when it mounts. */
  versie: number;
  open: boolean;
  file?: File;
  alt: string;
  error?: string;
  busy: boolean;
}

export function tekstControl(w: DecapWindow): unknown {
  const h = w.h!;
  const markdown = w.CMS!.getWidget('markdown')!.control as unknown;
  return w.createClass!({
    getInitialState(): State {
      return {versie: 0, open: false, alt: '', busy: false};
    },
    onPasteCapture(
      this: {props: ControlProps},
      e: {nativeEvent: ClipboardEvent; target: EventTarget; preventDefault(): void; stopPropagation(): void},
    ) {
      const native = e.nativeEvent;
      if (ours.has(native) || !native.clipboardData) return;
      const text = native.clipboardData.getData('text/plain');
      const cleaned = cleanPaste(text);
      if (!text || cleaned === text) return;
      e.preventDefault();
      e.stopPropagation();
      const dt = new DataTransfer();
      dt.setData('text/plain', cleaned);
      const again = new ClipboardEvent('paste', {clipboardData: dt, bubbles: true, cancelable: true});
      ours.add(again);
      e.target.dispatchEvent(again);
    },
    chooseFile(this: {props: ControlProps; setState(s: Partial<State>): void}, e: {target: HTMLInputElement}) {
      const file = e.target.files?.[0];
      const max = Number((this.props.field.get('beheer') as ImmutableMap | undefined)?.get('maxBytes') ?? 0);
      if (!file) return this.setState({file: undefined});
      if (max && file.size > max)
        return this.setState({
          file: undefined,
          error: `Deze afbeelding is ${size(file.size)}; de grens is ${kb(max)}. Maak hem kleiner (bijvoorbeeld 1200 pixels breed, als .jpg of .webp) en kies hem opnieuw.`,
        });
      this.setState({file, error: undefined});
    },
    async insert(this: {props: ControlProps; state: State; setState(s: Partial<State>): void}) {
      const {file, alt} = this.state;
      if (!file) return this.setState({error: 'Kies eerst een afbeelding.'});
      if (!alt.trim())
        return this.setState({
          error: 'Schrijf eerst in een paar woorden wat er op de afbeelding staat, voor wie hem niet kan zien.',
        });
      this.setState({busy: true, error: undefined});
      const opts = this.props.field.get('beheer') as ImmutableMap;
      const res = await this.props.onPersistMedia(file, {field: this.props.field});
      const stored = res?.payload?.path;
      if (!stored) return this.setState({busy: false, error: 'Het toevoegen lukte niet. Probeer het opnieuw.'});
      const src = `${String(opts.get('publicFolder'))}/${stored.split('/').pop()}`.replace(/\s/g, '%20');
      const description = alt
        .replace(/[[\]\n]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
      const before = String(this.props.value ?? '').replace(/\s+$/, '');
      this.props.onChange(`${before}${before ? '\n\n' : ''}![${description}](${src})\n`);
      this.setState({open: false, file: undefined, alt: '', busy: false, versie: this.state.versie + 1});
    },
    render(this: {props: ControlProps; state: State; setState(s: Partial<State>): void} & Record<string, never>) {
      const {open, alt, error, busy, file} = this.state;
      const id = `${this.props.forID}-afbeelding`;
      const form = open
        ? h(
            'div',
            {className: 'beheer-afbeelding-form', role: 'group', 'aria-labelledby': `${id}-kop`},
            h('p', {id: `${id}-kop`, className: 'beheer-afbeelding-kop'}, 'Afbeelding toevoegen'),
            h(
              'label',
              {htmlFor: `${id}-bestand`},
              'Afbeelding (.jpg, .png, .webp; hoogstens ',
              kb(Number((this.props.field.get('beheer') as ImmutableMap).get('maxBytes'))),
              ')',
            ),
            h('input', {id: `${id}-bestand`, type: 'file', accept: ACCEPT, onChange: this.chooseFile}),
            h('label', {htmlFor: `${id}-alt`}, 'Beschrijving (verplicht): wat staat erop?'),
            h('input', {
              id: `${id}-alt`,
              type: 'text',
              value: alt,
              'aria-required': 'true',
              onChange: (e: {target: HTMLInputElement}) => this.setState({alt: e.target.value}),
            }),
            error ? h('p', {role: 'alert', className: 'beheer-fout'}, error) : null,
            h(
              'div',
              {className: 'beheer-knoppen'},
              h(
                'button',
                {type: 'button', disabled: busy, onClick: this.insert},
                busy ? 'Bezig…' : file ? 'Invoegen in de tekst' : 'Invoegen in de tekst',
              ),
              h(
                'button',
                {type: 'button', onClick: () => this.setState({open: false, file: undefined, error: undefined})},
                'Annuleren',
              ),
            ),
          )
        : h(
            'div',
            {className: 'beheer-knoppen'},
            h('button', {type: 'button', onClick: () => this.setState({open: true})}, 'Afbeelding toevoegen'),
            error ? h('p', {role: 'alert', className: 'beheer-fout'}, error) : null,
          );
      return h(
        'div',
        {onPasteCapture: this.onPasteCapture},
        h(markdown, {...this.props, key: this.state.versie}),
        form,
      );
    },
  });
}
