/**
 * The seam between the plugins that write files readers may link to and the
 * URL manifest that lists those files: the build reports them through the
 * plugin lifecycle (`actions.createData`, so they land in Docusaurus's
 * generated-files folder), and the manifest reads the reports after the build.
 * Nothing here imports plugin code: plugins import these types, never the other
 * way round. Which plugin declares what is listed in src/config/publicFiles.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import type {PluginContentLoadedActions} from '@docusaurus/types';
import {GENERATED_FILES_DIR_NAME} from '@docusaurus/utils';

/** What a declaration may look at: the pages as the content loader read them. */
export interface DeclarationInput {
  pages: readonly {kind: 'doc' | 'blog'; edition: string; locale: string; data: Record<string, unknown>}[];
}

/** Files and anchors of the default locale (other locales mirror them under their prefix), without base URL. */
export interface PublicFiles {
  files: readonly string[];
  /** Pages whose heading ids are public URLs too (organisations link to single terms on the A–Z page). */
  anchorPages: readonly string[];
  /** Pages that are public but not in the sitemap: the pinned URLs of the current edition (/2024/…). */
  pages: readonly string[];
}

/** Name of the data file a plugin writes with `actions.createData` to report its public files. */
export const PUBLIC_FILES_DATA = 'publieke-bestanden.json';

/** Reports public files in a plugin's `contentLoaded` or `allContentLoaded`. */
export async function reportPublicFiles(actions: PluginContentLoadedActions, declared: PublicFiles): Promise<void> {
  const sorted: PublicFiles = {
    files: [...declared.files].sort(),
    anchorPages: [...declared.anchorPages].sort(),
    pages: [...declared.pages].sort(),
  };
  await actions.createData(PUBLIC_FILES_DATA, `${JSON.stringify(sorted, null, 2)}\n`);
}

/**
 * Every plugin's report from the last build in `siteDir` (the generated-files
 * folder is `.docusaurus`, or DOCUSAURUS_GENERATED_FILES_DIR_NAME as in
 * `npm run test:baseurl`), merged. Fails with what to do when there is none.
 */
export function readPublicFiles(
  siteDir: string,
  generatedDir = path.join(siteDir, GENERATED_FILES_DIR_NAME),
): PublicFiles {
  const reports = fs.existsSync(generatedDir)
    ? fs
        .readdirSync(generatedDir, {withFileTypes: true})
        .filter((plugin) => plugin.isDirectory())
        .flatMap((plugin) =>
          fs
            .readdirSync(path.join(generatedDir, plugin.name), {withFileTypes: true})
            .filter((id) => id.isDirectory())
            .map((id) => path.join(generatedDir, plugin.name, id.name, PUBLIC_FILES_DATA)),
        )
        .filter((file) => fs.existsSync(file))
    : [];
  if (reports.length === 0) {
    throw new Error(
      `Geen ${PUBLIC_FILES_DATA} in ${generatedDir}: de plugins melden hun publieke bestanden tijdens de build. Bouw de site eerst (npm run build).`,
    );
  }
  const files = new Set<string>();
  const anchorPages = new Set<string>();
  const pages = new Set<string>();
  for (const file of reports) {
    const report = JSON.parse(fs.readFileSync(file, 'utf8')) as PublicFiles;
    for (const f of report.files) files.add(f);
    for (const p of report.anchorPages) anchorPages.add(p);
    for (const p of report.pages ?? []) pages.add(p);
  }
  return {files: [...files].sort(), anchorPages: [...anchorPages].sort(), pages: [...pages].sort()};
}
