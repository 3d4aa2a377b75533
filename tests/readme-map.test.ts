import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// The README is the map a newcomer reads to find each step of Stripe's MobilePay guide: it must point at real files.

const root = path.resolve(__dirname, '..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
/** The README and the docs it links to: every path they name must exist. */
const documents = ['README.md', 'bench/README.md', 'emulator/README.md', ...readdirSync(path.join(root, 'docs')).map((name) => `docs/${name}`)];

/** Every `path/like/this.ts` (or a folder or glob such as `lib/db/*`) a document names in backticks. */
const pathsNamedIn = (text: string) => [...text.matchAll(/`([\w@.[\]-]+(?:\/[\w@.*[\]-]+)+\/?)`/g)].map((match) => match[1] ?? '');

/** The rows of the table "How a payment flows, and where each step lives": step, what the shop does, files. */
function guideRows(): string[][] {
  const section = readme.split('## How a payment flows, and where each step lives')[1]?.split('\n## ')[0] ?? '';
  return section
    .split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| ---') && !line.startsWith('| step'))
    .map((line) => line.split(' | ').map((cell) => cell.replace(/^\| |\|$/g, '').trim()));
}

/** Whether a path exists; a `*` in its last part matches any characters (`e2e/admin-*.spec.ts`, `lib/db/*`). */
function exists(named: string, base = root): boolean {
  const folder = path.join(base, path.dirname(named));
  const last = path.basename(named);
  if (!last.includes('*')) return existsSync(path.join(base, named));
  const pattern = new RegExp(`^${last.split('*').map((part) => part.replace(/[.[\]]/g, '\\$&')).join('.*')}$`);
  return existsSync(folder) && readdirSync(folder).some((entry) => pattern.test(entry));
}

describe('the README and the docs', () => {
  it.each(documents)('%s names only paths that exist', (document) => {
    const namedPaths = pathsNamedIn(readFileSync(path.join(root, document), 'utf8'));
    // Not paths of the repository: npm packages and their modules (@scope/name, next/link), and what the build and the
    // shop write (.next/, .data/). Nothing may point outside the repository.
    const outside = ['@', '.next/', '.data/'];
    const isPackage = (named: string) => existsSync(path.join(root, 'node_modules', named.split('/')[0] ?? ''));
    const repositoryPaths = namedPaths.filter((named) => !outside.some((start) => named.startsWith(start)) && !isPackage(named) && !named.includes('<'));
    // A path is the repository's, or (in a folder's own README) that folder's.
    const own = path.join(root, path.dirname(document));
    expect(repositoryPaths.filter((named) => !exists(named) && !exists(named, own))).toEqual([]);
  });

  it('names one file for every step of the guide, and the file exists', () => {
    const rows = guideRows();
    expect(rows.length).toBeGreaterThanOrEqual(8);
    for (const [step, , files = ''] of rows) {
      const named = [...files.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '');
      expect(named, `step "${step}"`).toHaveLength(1);
      expect(existsSync(path.join(root, named[0] ?? '')), `step "${step}": ${named[0]}`).toBe(true);
    }
  });
});
