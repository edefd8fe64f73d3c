/**
 * Decap CMS's configuration as far as this site uses it
 * (https://decapcms.org/docs/configuration-options/): the shape config.ts builds and
 * write.ts writes as config.yml.
 */
import type {NIEUWE_BRON_WIDGET, TEKST_WIDGET} from '../shared/names';

export interface DecapOption {
  label: string;
  value: string;
}

/** The part of Decap's field options this site uses (https://decapcms.org/docs/widgets/). */
export interface DecapField {
  name: string;
  label: string;
  widget:
    | 'string'
    | 'text'
    | 'select'
    | 'list'
    | 'hidden'
    | 'relation'
    | 'boolean'
    | typeof TEKST_WIDGET
    | typeof NIEUWE_BRON_WIDGET;
  required?: boolean;
  hint?: string;
  pattern?: [string, string];
  options?: DecapOption[];
  multiple?: boolean;
  min?: number;
  max?: number;
  default?: unknown;
  fields?: DecapField[];
  summary?: string;
  label_singular?: string;
  collapsed?: boolean;
  allow_add?: boolean;
  collection?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  options_length?: number;
  modes?: ('raw' | 'rich_text')[];
  /** Field-level media folder (from the repository root when it starts with /). */
  media_folder?: string;
  public_folder?: string;
  /** Options of the site's own widgets (client/widgets): their labels and limits. */
  beheer?: Record<string, unknown>;
}

export interface DecapCollection {
  name: string;
  label: string;
  label_singular: string;
  description: string;
  folder: string;
  create: boolean;
  delete: boolean;
  extension: 'md' | 'yml';
  format: 'frontmatter' | 'yml';
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  /** Where this collection's images go (from the repository root) and how pages refer to them. */
  media_folder?: string;
  public_folder?: string;
  fields: DecapField[];
}

export interface DecapConfig {
  backend: {
    name: 'github';
    repo: string;
    branch: string;
    open_authoring: boolean;
    base_url?: string;
    site_domain?: string;
    squash_merges: boolean;
    commit_messages: Record<string, string>;
  };
  local_backend?: {url: string; allowed_hosts?: string[]};
  publish_mode: 'editorial_workflow';
  locale: string;
  site_url: string;
  display_url: string;
  logo_url: string;
  media_folder: string;
  public_folder: string;
  slug: {encoding: 'ascii'; clean_accents: boolean; sanitize_replacement: string};
  collections: DecapCollection[];
}
