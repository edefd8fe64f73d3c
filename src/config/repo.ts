/**
 * Where the site's source lives on GitHub, for "Bewerk deze pagina" and
 * "Geef feedback". REPO_URL wins (a fork or an organisation's own copy sets it
 * at build time); otherwise the "repository" field of package.json.
 * The default there is a placeholder (github.com/OWNER/REPO): set the real
 * repository in package.json once the project has one.
 */
export interface RepositoryField {
  repository?: string | {url?: string};
}

export function repoUrl(env: NodeJS.ProcessEnv, pkg: RepositoryField): string {
  const fromPkg = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url;
  const raw = (env.REPO_URL ?? fromPkg ?? '').trim();
  const url = raw
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  if (!/^https:\/\/[^/\s]+\/[^/\s]+\/[^/\s]+$/.test(url)) {
    throw new Error(
      `REPO_URL "${raw}" is geen repository-adres. Gebruik bijvoorbeeld REPO_URL=https://github.com/organisatie/kennisbank, of zet "repository" in package.json.`,
    );
  }
  return url;
}

/** Base for Docusaurus' editUrl: the file path relative to the site directory is appended. */
export function editUrlBase(repo: string, branch = 'main'): string {
  return `${repo}/edit/${branch}/`;
}

export interface FeedbackInput {
  repo: string;
  pageUrl: string;
  edition: string;
  title: string;
}

/** A new issue from the "correctie" issue form, with page and edition filled in (field ids of .github/ISSUE_TEMPLATE/correctie.yml). */
export function feedbackUrl({repo, pageUrl, edition, title}: FeedbackInput): string {
  const q = new URLSearchParams({
    template: 'correctie.yml',
    title: `Correctie: ${title}`,
    pagina: pageUrl,
    editie: edition,
  });
  return `${repo}/issues/new?${q.toString()}`;
}
