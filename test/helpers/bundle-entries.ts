/**
 * What each entry of a built extension loads when it starts, and how heavy that is: a page counts
 * its HTML, the scripts and styles the HTML names and every chunk those scripts import statically;
 * a script entry (content script, background) counts its file and its static imports. Chunks loaded
 * later on demand (`import("./x.js")`, workers) are not part of the start. Gzip is per file, as a
 * browser reading the package would not see one archive.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleEntry {
  /** How people call it, e.g. "sidebar frame". */
  name: string;
  /** The file the browser opens, relative to the build folder: an .html page or a .js script. */
  file: string;
}

export interface EntrySize {
  name: string;
  /** Every file counted, relative to the build folder, the entry file first. */
  files: string[];
  rawBytes: number;
  gzipBytes: number;
}

/** The entries of our extension, by the names the issue and the README use. */
export const EXTENSION_ENTRIES: BundleEntry[] = [
  { name: 'content script', file: 'content-scripts/console.js' },
  { name: 'sidebar frame', file: 'sidebar.html' },
  { name: 'options page', file: 'options.html' },
  { name: 'side panel', file: 'sidepanel.html' },
  { name: 'background', file: 'background.js' },
];

// `src="/chunks/a.js"`, `href="/assets/a.css"`: what a built page names (root-relative).
const PAGE_REFERENCE = /\s(?:src|href)="\/([^"]+\.(?:js|css))"/g;
// `from"./a.js"` and side-effect `import"./a.js"`; a dynamic `import("./a.js")` has a parenthesis.
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+\.js)["']/g;

/** Measures one entry; throws, naming the entry and file, when something it needs is missing. */
export function measureEntry(buildDir: string, entry: BundleEntry): EntrySize {
  const entryPath = join(buildDir, entry.file);
  if (!existsSync(entryPath)) throw new Error(`${entry.name}: ${entry.file} is not in ${buildDir} (build first)`);
  const files = [entry.file];
  const queue = entry.file.endsWith('.html') ? pageReferences(readFileSync(entryPath, 'utf8'), entry) : [entry.file];
  while (queue.length > 0) {
    const file = queue.shift()!;
    const path = join(buildDir, file);
    if (!existsSync(path)) throw new Error(`${entry.name}: ${file}, which it loads, is not in ${buildDir}`);
    if (!files.includes(file)) files.push(file);
    if (file.endsWith('.js')) {
      for (const imported of staticImports(readFileSync(path, 'utf8'), file)) if (!files.includes(imported) && !queue.includes(imported)) queue.push(imported);
    }
  }
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    const bytes = readFileSync(join(buildDir, file));
    rawBytes += bytes.length;
    gzipBytes += gzipSync(bytes, { level: 9 }).length;
  }
  return { name: entry.name, files, rawBytes, gzipBytes };
}

function pageReferences(html: string, entry: BundleEntry): string[] {
  const found = [...html.matchAll(PAGE_REFERENCE)].map((m) => m[1]!);
  if (!found.some((file) => file.endsWith('.js'))) throw new Error(`${entry.name}: ${entry.file} names no script`);
  return found;
}

/** The static imports of a built script, as paths relative to the build folder. */
export function staticImports(source: string, file: string): string[] {
  const from = dirname(file);
  return [...new Set([...source.matchAll(STATIC_IMPORT)].map((m) => posix.normalize(posix.join(from, m[1]!))))];
}

export function kb(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
