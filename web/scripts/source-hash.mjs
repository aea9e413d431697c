// The fingerprint of everything the bundle is built from (tests/test_web_bundle.py computes the
// same in Python): sha256 over "<path>\n<sha256 of the file>\n" for each file, sorted by path.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

export const ROOT_FILES = ['index.html', 'package.json', 'package-lock.json', 'svelte.config.js', 'tsconfig.json', 'vite.config.ts'];

// Tool caches (node_modules/, dot folders such as vitest's) are not sources.
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    if (name === 'node_modules' || name.startsWith('.')) return [];
    const p = join(dir, name);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}

export function sourceFiles(webDir) {
  const src = walk(join(webDir, 'src'))
    .map((p) => relative(webDir, p).split(sep).join('/'))
    .filter((p) => !p.endsWith('.test.ts'));
  return [...ROOT_FILES, ...src].sort();
}

export function sourceHash(webDir) {
  const h = createHash('sha256');
  for (const rel of sourceFiles(webDir)) {
    const digest = createHash('sha256').update(readFileSync(join(webDir, rel))).digest('hex');
    h.update(`${rel}\n${digest}\n`);
  }
  return h.digest('hex');
}
