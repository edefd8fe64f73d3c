/**
 * The pieces decapConfig is built from, each on a small schema of its own: one form field from a
 * schema's facts (fields.ts), the fields every page ends with, and the settings every page
 * collection shares (collections.ts).
 */
import path from 'node:path';
import {describe, expect, it} from 'vitest';
import * as z from 'zod';
import {contentSchemas} from '../../../content/schema';
import {loadSiteData} from '../../../content/siteData';
import {begrippenCollection, kenniscafesCollection, spanningsveldenCollection} from '../server/collections';
import {body, field, pageEndFields} from '../server/fields';
import {shapeFacts} from '../server/schemaFacts';

const {data} = loadSiteData(path.resolve(__dirname, '../../../..'));

const facts = shapeFacts(
  z.object({
    naam: z
      .string()
      .min(3)
      .max(10)
      .regex(/^[a-z-]+$/),
    soort: z.enum(['a', 'b']).default('a'),
    lijst: z
      .array(z.enum(['x', 'y', 'z']))
      .min(1)
      .max(2),
    open: z.array(z.string()).default([]),
    los: z.string().optional(),
  }),
);

describe('field', () => {
  it('turns a string’s regex and lengths into a Decap pattern that agrees with the schema, in Dutch', () => {
    const f = field('naam', facts.naam, {label: 'Naam'});
    expect(f).toMatchObject({name: 'naam', label: 'Naam', widget: 'string', required: true});
    const re = new RegExp(f.pattern![0]);
    for (const [value, ok] of [
      ['abc', true],
      ['ab', false],
      ['abcdefghijk', false],
      ['Abc', false],
    ] as const)
      expect(re.test(value), value).toBe(ok);
    expect(f.pattern![1]).toBe('Schrijf kleine letters, cijfers en streepjes, minstens 3 tekens, hoogstens 10 tekens.');
  });

  it('makes a closed list a select (multiple for a list, with its bounds) and keeps a default', () => {
    expect(field('soort', facts.soort, {label: 'Soort'})).toEqual({
      name: 'soort',
      label: 'Soort',
      widget: 'select',
      required: false,
      options: [
        {value: 'a', label: 'a'},
        {value: 'b', label: 'b'},
      ],
      default: 'a',
    });
    expect(field('lijst', facts.lijst, {label: 'Lijst', labels: {x: 'Iks'}})).toMatchObject({
      widget: 'select',
      multiple: true,
      min: 1,
      max: 2,
      options: [{value: 'x', label: 'Iks (x)'}, {value: 'y'}, {value: 'z'}],
    });
  });

  it('offers the given values for an open list, drops an empty default, and lets extra win', () => {
    const f = field('open', facts.open, {label: 'Open', values: ['p', 'q'], extra: {default: ['p']}});
    expect(f).toMatchObject({widget: 'select', multiple: true, default: ['p']});
    expect(field('open', facts.open, {label: 'Open', widget: 'list'})).not.toHaveProperty('default');
  });

  it('leaves a name filled in on save optional, keeps a hidden field hidden, and names a missing field', () => {
    expect(field('naam', facts.naam, {label: 'Naam', filledOnSave: true}).required).toBe(false);
    expect(field('soort', facts.soort, {label: 'Soort', widget: 'hidden'})).not.toHaveProperty('options');
    expect(field('los', facts.los, {label: 'Los', hint: 'Mag leeg.'})).toEqual({
      name: 'los',
      label: 'Los',
      widget: 'string',
      required: false,
      hint: 'Mag leeg.',
    });
    expect(() => field('weg', facts.weg, {label: 'Weg'})).toThrow('het schema heeft geen veld "weg"');
  });
});

describe('the pieces every page shares', () => {
  const page = shapeFacts(z.object({bronnen: z.array(z.object({bron: z.string(), waar: z.string()})).min(1)}));

  it('ends each page with its sources, a new source and its text, in that order', () => {
    const fields = pageEndFields(page.bronnen, data, body('Tekst.', 'static/img/x', false));
    expect(fields.map((f) => [f.name, f.widget])).toEqual([
      ['bronnen', 'list'],
      ['nieuwe_bron', 'nieuwe-bron'],
      ['body', 'tekst'],
    ]);
    expect(fields[2]!.beheer).toMatchObject({mediaFolder: 'static/img/x', publicFolder: '/img/x'});
  });

  it('makes every page collection creatable, never deletable, Markdown, listed and sorted by its identifier', () => {
    const input = {mediaFolder: 'static/img/x', data, labels: {authors: {}, tags: {}}};
    const schemas = contentSchemas(data.bronnen.map((b) => b.key));
    for (const c of [
      kenniscafesCollection(input, shapeFacts(schemas.blog)),
      spanningsveldenCollection(input, shapeFacts(schemas.spanningsveld)),
      begrippenCollection(input, shapeFacts(schemas.begrip)),
    ]) {
      expect(c, c.name).toMatchObject({
        media_folder: '/static/img/x',
        public_folder: '/img/x',
        create: true,
        delete: false,
        extension: 'md',
        format: 'frontmatter',
        summary: `{{${c.identifier_field}}}`,
        sortable_fields: [c.identifier_field],
      });
      expect(Object.keys(c).slice(0, 3), c.name).toEqual(['name', 'media_folder', 'public_folder']);
    }
  });
});
