/** The small part of Decap CMS's browser API the editor script uses (decap-cms.js sets these globals). */
interface ImmutableMap {
  get(key: string): unknown;
  getIn(path: readonly string[]): unknown;
  set(key: string, value: unknown): ImmutableMap;
  toJS(): Record<string, unknown>;
}

interface DecapEditorComponent {
  id: string;
  label: string;
  fields: Record<string, unknown>[];
  pattern: RegExp;
  fromBlock(match: RegExpMatchArray): Record<string, string>;
  toBlock(data: Record<string, string | undefined>): string;
  toPreview(data: Record<string, string | undefined>, getAsset?: unknown, fields?: unknown): string;
}

interface DecapPreviewProps {
  entry: ImmutableMap;
  widgetFor(name: string): unknown;
}

interface DecapCMS {
  registerPreviewStyle(href: string): void;
  registerPreviewTemplate(collection: string, component: unknown): void;
  registerEditorComponent(component: DecapEditorComponent): void;
  registerEventListener(listener: {
    name: 'preSave';
    handler: (args: {entry: ImmutableMap}) => ImmutableMap | undefined;
  }): void;
}

interface Window {
  CMS?: DecapCMS;
  h?: (type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown;
}
