import {describe, expect, it} from 'vitest';
import {editUrlBase, feedbackUrl, repoUrl} from '../repo';

describe('repoUrl', () => {
  it('prefers REPO_URL over package.json', () => {
    expect(
      repoUrl({REPO_URL: 'https://github.com/org/kennisbank/'}, {repository: 'https://github.com/OWNER/REPO'}),
    ).toBe('https://github.com/org/kennisbank');
  });
  it('reads package.json "repository" as string or object, git+ and .git stripped', () => {
    expect(repoUrl({}, {repository: {url: 'git+https://github.com/OWNER/REPO.git'}})).toBe(
      'https://github.com/OWNER/REPO',
    );
  });
  it('refuses something that is not a repository address, in Dutch', () => {
    expect(() => repoUrl({REPO_URL: 'github.com/x'}, {})).toThrow(/REPO_URL "github.com\/x" is geen repository-adres/);
    expect(() => repoUrl({}, {})).toThrow(/zet "repository" in package.json/);
  });
});

describe('feedbackUrl', () => {
  it('opens the correctie form with page and edition prefilled', () => {
    const url = new URL(
      feedbackUrl({
        repo: 'https://github.com/o/r',
        pageUrl: 'https://k.example/handleiding/houding',
        edition: 'Editie 2024',
        title: 'Houding',
      }),
    );
    expect(url.pathname).toBe('/o/r/issues/new');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      template: 'correctie.yml',
      title: 'Correctie: Houding',
      pagina: 'https://k.example/handleiding/houding',
      editie: 'Editie 2024',
    });
  });
  it('edits on main', () => {
    expect(editUrlBase('https://github.com/o/r')).toBe('https://github.com/o/r/edit/main/');
  });
});
