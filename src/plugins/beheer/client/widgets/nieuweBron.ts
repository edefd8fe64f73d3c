/**
 * "Nieuwe bron" on a page's form: the source she cites is not on the site yet. Filled
 * in here, it becomes src/data/bronnen/<sleutel>.yml as a file of the entry being
 * edited (Decap's draft media: in the editorial workflow it is committed with the page,
 * to the same branch and pull request), and the page cites it on save (client/beheer.ts).
 */
import {BRON_TEXT_FIELDS, bronSleutel, bronTekort, bronYaml, type NieuweBron} from '../../shared/bron';
import type {ControlProps, DecapWindow, ImmutableMap, PreviewProps} from '../types';

interface Veld {
  name: string;
  label: string;
  hint: string;
  required: boolean;
  minLength: number;
}

interface State {
  open: boolean;
  bron: NieuweBron;
  error?: string;
  busy: boolean;
}

const plain = (v: unknown): NieuweBron | undefined =>
  v && typeof (v as ImmutableMap).toJS === 'function'
    ? ((v as ImmutableMap).toJS() as NieuweBron)
    : ((v as NieuweBron | undefined) ?? undefined);

export function nieuweBronControl(w: DecapWindow): unknown {
  const h = w.h!;
  return w.createClass!({
    getInitialState(): State {
      return {open: false, bron: {}, busy: false};
    },
    async add(this: {props: ControlProps; state: State; setState(s: Partial<State>): void}) {
      const opts = (this.props.field.get('beheer') as ImmutableMap).toJS() as {
        velden: Veld[];
        bestaand: string[];
        waar: {label: string};
      };
      const {bron} = this.state;
      const missing = bronTekort(bron, opts.velden);
      if (!(bron.waar ?? '').trim()) missing.push(opts.waar.label);
      if (missing.length) return this.setState({error: `Vul nog in: ${missing.join(', ')}.`});
      this.setState({busy: true, error: undefined});
      const sleutel = bronSleutel(bron.titel ?? '', opts.bestaand);
      const file = new File([bronYaml(sleutel, bron)], `${sleutel}.yml`, {type: 'text/yaml'});
      const res = await this.props.onPersistMedia(file, {field: this.props.field});
      if (!res?.payload?.path)
        return this.setState({busy: false, error: 'Het toevoegen lukte niet. Probeer het opnieuw.'});
      this.props.onChange({...bron, sleutel});
      this.setState({busy: false, open: false});
    },
    render(this: {props: ControlProps; state: State; setState(s: Partial<State>): void} & Record<string, never>) {
      const value = plain(this.props.value);
      const id = this.props.forID;
      if (value?.sleutel)
        return h(
          'div',
          {className: this.props.classNameWrapper, id},
          h(
            'p',
            {role: 'status'},
            `„${value.titel}” gaat met deze bijdrage mee als nieuwe bron, en staat onder Bronnen van deze pagina.`,
          ),
        );
      const opts = (this.props.field.get('beheer') as ImmutableMap).toJS() as {velden: Veld[]; waar: Veld};
      const {open, bron, error, busy} = this.state;
      if (!open)
        return h(
          'div',
          {className: this.props.classNameWrapper, id},
          h('button', {type: 'button', onClick: () => this.setState({open: true})}, 'Mijn bron staat er niet bij'),
        );
      const input = (v: Pick<Veld, 'name' | 'label' | 'hint'> & {required?: boolean}) =>
        h(
          'div',
          {key: v.name, className: 'beheer-veld'},
          h('label', {htmlFor: `${id}-${v.name}`}, v.label, v.required === false ? ' (optioneel)' : ''),
          h('input', {
            id: `${id}-${v.name}`,
            type: 'text',
            value: (bron as Record<string, string | undefined>)[v.name] ?? '',
            'aria-describedby': `${id}-${v.name}-uitleg`,
            onChange: (e: {target: HTMLInputElement}) => this.setState({bron: {...bron, [v.name]: e.target.value}}),
          }),
          h('p', {id: `${id}-${v.name}-uitleg`, className: 'beheer-uitleg'}, v.hint),
        );
      return h(
        'div',
        {className: this.props.classNameWrapper, id, role: 'group', 'aria-label': 'Nieuwe bron'},
        ...opts.velden.filter((v) => (BRON_TEXT_FIELDS as readonly string[]).includes(v.name)).map(input),
        input({...opts.waar, name: 'waar', required: true}),
        error ? h('p', {role: 'alert', className: 'beheer-fout'}, error) : null,
        h(
          'div',
          {className: 'beheer-knoppen'},
          h('button', {type: 'button', disabled: busy, onClick: this.add}, busy ? 'Bezig…' : 'Bron toevoegen'),
          h('button', {type: 'button', onClick: () => this.setState({open: false, error: undefined})}, 'Annuleren'),
        ),
      );
    },
  });
}

export function nieuweBronPreview(w: DecapWindow): (props: PreviewProps) => unknown {
  return ({value}) => {
    const bron = plain(value);
    return bron?.sleutel ? w.h!('p', null, `Nieuwe bron: ${bron.titel}`) : null;
  };
}
