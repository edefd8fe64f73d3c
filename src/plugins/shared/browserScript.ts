/**
 * A script a plugin writes into the build beside Docusaurus's own bundles: pages that
 * are not React routes (the editor at /beheer/, the fallback pages of moved addresses)
 * load one small file. esbuild bundles it as an IIFE for the browsers the site supports;
 * the CSP allows scripts from the site itself only, so it is a file, never inline.
 */
import * as esbuild from 'esbuild';

export async function bundleBrowserScript(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2019',
    minify: true,
    legalComments: 'none',
    write: false,
  });
  return result.outputFiles[0]!.text;
}
