/**
 * Decap's browser API as this script uses it: the library's own types (decap-cms-core's
 * index.d.ts) for the CMS object, plus what its widgets receive and the globals
 * decap-cms.js sets, which those types do not describe.
 */
import type {CMS} from 'decap-cms-core';

/** An Immutable.js Map or List, as Decap hands entries, fields and values around. */
export interface ImmutableMap {
  get(key: string | number): unknown;
  getIn(path: readonly (string | number)[]): unknown;
  set(key: string | number, value: unknown): ImmutableMap;
  delete(key: string): ImmutableMap;
  merge(value: object): ImmutableMap;
  clear(): ImmutableMap;
  push(value: unknown): ImmutableMap;
  toList(): ImmutableMap;
  toJS(): Record<string, unknown>;
  has(key: string): boolean;
}

/** The props Decap's EditorControl gives every widget control (decap-cms-core EditorControl.js). */
export interface ControlProps {
  value: unknown;
  field: ImmutableMap;
  forID: string;
  classNameWrapper: string;
  onChange(value: unknown): void;
  setActiveStyle(): void;
  setInactiveStyle(): void;
  /** Adds a file to the entry being edited: in the editorial workflow it is committed with the entry. */
  onPersistMedia(file: File, opts: {field?: ImmutableMap}): Promise<{payload?: {path?: string}} | undefined>;
  getAsset(path: string, field?: ImmutableMap): {toString(): string} | undefined;
  t(key: string, args?: Record<string, unknown>): string;
  [prop: string]: unknown;
}

export interface PreviewProps {
  value: unknown;
  field: ImmutableMap;
  entry: ImmutableMap;
  getAsset(path: string): {toString(): string} | undefined;
  [prop: string]: unknown;
}

type Element = unknown;
export type H = (type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => Element;

/** create-react-class, which decap-cms.js exposes: a component with state, without a bundled React. */
export type CreateClass = (spec: Record<string, unknown> & {render(): Element}) => unknown;

export interface DecapWindow extends Window {
  CMS?: CMS;
  CMS_MANUAL_INIT?: boolean;
  h?: H;
  createClass?: CreateClass;
}
