/**
 * Building blocks for the site's remark plugins, which give each page the data
 * it needs at build time instead of shipping global data to every page: an MDX
 * element with props (values become JS literals in the page's own module), an
 * import of the component it uses (only on pages that use it), and an import of
 * a generated data module (webpack then rebuilds the page when the data changes).
 */
import type {Program} from 'estree';
import {valueToEstree} from 'estree-util-value-to-estree';
import type {Root, RootContent} from 'mdast';
import type {MdxJsxAttribute, MdxJsxFlowElement} from 'mdast-util-mdx-jsx';
import type {MdxjsEsm} from 'mdast-util-mdxjs-esm';
import {visit} from 'unist-util-visit';

const program = (body: Program['body']): Program => ({type: 'Program', body, sourceType: 'module'});

/** A prop whose value is any JSON-like value, as a JS expression. */
export function expressionProp(name: string, value: unknown): MdxJsxAttribute {
  const expression = valueToEstree(value);
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: '',
      data: {estree: program([{type: 'ExpressionStatement', expression}])},
    },
  };
}

/** A prop whose value is a variable in the module scope (an imported data module). */
export function identifierProp(name: string, identifier: string): MdxJsxAttribute {
  return {
    type: 'mdxJsxAttribute',
    name,
    value: {
      type: 'mdxJsxAttributeValueExpression',
      value: identifier,
      data: {estree: program([{type: 'ExpressionStatement', expression: {type: 'Identifier', name: identifier}}])},
    },
  };
}

/** `<Name prop={value} …/>` as a block. */
export function jsxBlock(name: string, props: Record<string, unknown> = {}): MdxJsxFlowElement {
  return {
    type: 'mdxJsxFlowElement',
    name,
    attributes: Object.entries(props)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => expressionProp(k, v)),
    children: [],
  };
}

/** `import name from 'source'`, added once per page, before the content. */
export function ensureDefaultImport(tree: Root, name: string, source: string): void {
  let found = false;
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const stmt of node.data?.estree?.body ?? []) {
      if (stmt.type === 'ImportDeclaration' && stmt.specifiers.some((s) => s.local.name === name)) found = true;
    }
  });
  if (found) return;
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${name} from ${JSON.stringify(source)};`,
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          specifiers: [{type: 'ImportDefaultSpecifier', local: {type: 'Identifier', name}}],
          source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
          attributes: [],
        },
      ]),
    },
  };
  // After front matter, before everything else.
  const at = tree.children.findIndex((c) => c.type !== 'yaml');
  tree.children.splice(at < 0 ? tree.children.length : at, 0, esm as RootContent);
}

/** `import 'source'` (a stylesheet the page needs), added once per page, before the content. */
export function ensureSideEffectImport(tree: Root, source: string): void {
  let found = false;
  visit(tree, 'mdxjsEsm', (node: MdxjsEsm) => {
    for (const stmt of node.data?.estree?.body ?? []) {
      if (stmt.type === 'ImportDeclaration' && stmt.source.value === source) found = true;
    }
  });
  if (found) return;
  const esm: MdxjsEsm = {
    type: 'mdxjsEsm',
    value: `import ${JSON.stringify(source)};`,
    data: {
      estree: program([
        {
          type: 'ImportDeclaration',
          specifiers: [],
          source: {type: 'Literal', value: source, raw: JSON.stringify(source)},
          attributes: [],
        },
      ]),
    },
  };
  const at = tree.children.findIndex((c) => c.type !== 'yaml');
  tree.children.splice(at < 0 ? tree.children.length : at, 0, esm as RootContent);
}

/** Every element `<Name …>` in the page. */
export function findElements(tree: Root, name: string): MdxJsxFlowElement[] {
  const out: MdxJsxFlowElement[] = [];
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name)
      out.push(node as MdxJsxFlowElement);
  });
  return out;
}

/** Puts blocks at the start of the content (after imports) or at its end. */
export function insertBlocks(tree: Root, where: 'start' | 'end', blocks: readonly RootContent[]): void {
  if (where === 'end') {
    tree.children.push(...blocks);
    return;
  }
  const at = tree.children.findIndex((c) => c.type !== 'yaml' && c.type !== 'mdxjsEsm');
  tree.children.splice(at < 0 ? tree.children.length : at, 0, ...blocks);
}
