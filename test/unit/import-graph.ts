/**
 * The import graph of the source tree, read with TypeScript's own parser (no regex guessing), and
 * the layering rules checked on it. Pure over a map of path → source, so a test can feed it a small
 * fake tree; `readSourceTree` reads the real one.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';

/** One import or re-export: `from` and `to` are repo-relative paths (`to` is the package name for a bare specifier). */
export interface ImportEdge {
  from: string;
  to: string;
  specifier: string;
  /** `import type` / `export type`: erased from the bundle, but still a dependency of the design. */
  typeOnly: boolean;
  /** A bare specifier (a package), not a file of ours. */
  external: boolean;
}

const SOURCE = /\.(ts|tsx)$/;
const TEST = /\.test(-d)?\.tsx?$/;

/** Every non-test `.ts`/`.tsx` file under `dirs`, as repo-relative path → source. */
export function readSourceTree(root: string, dirs: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'fixtures') walk(path);
      } else if (SOURCE.test(name) && !TEST.test(name)) {
        files.set(relative(root, path).split(sep).join('/'), readFileSync(path, 'utf8'));
      }
    }
  };
  for (const dir of dirs) walk(join(root, dir));
  return files;
}

/** The specifiers a file imports or re-exports (dynamic `import('…')` included). */
export function importsOf(path: string, source: string): Array<{ specifier: string; typeOnly: boolean }> {
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, false, path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const found: Array<{ specifier: string; typeOnly: boolean }> = [];
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const clause = node.importClause;
      const typeOnly =
        !!clause &&
        (clause.isTypeOnly ||
          (!clause.name && !!clause.namedBindings && ts.isNamedImports(clause.namedBindings) && clause.namedBindings.elements.length > 0 && clause.namedBindings.elements.every((e) => e.isTypeOnly)));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      const typeOnly = node.isTypeOnly || (!!node.exportClause && ts.isNamedExports(node.exportClause) && node.exportClause.elements.every((e) => e.isTypeOnly));
      found.push({ specifier: node.moduleSpecifier.text, typeOnly });
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      found.push({ specifier: node.arguments[0].text, typeOnly: false });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** Resolves a relative specifier the way the bundler does: the file, `.ts`, `.tsx`, or the folder's index. */
function resolve(from: string, specifier: string, files: ReadonlyMap<string, string>): string {
  const base = posix.normalize(posix.join(posix.dirname(from), specifier));
  const candidates = [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`];
  return candidates.find((c) => files.has(c)) ?? base;
}

export function buildImportGraph(files: ReadonlyMap<string, string>): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const [from, source] of files) {
    for (const { specifier, typeOnly } of importsOf(from, source)) {
      const external = !specifier.startsWith('.');
      edges.push({ from, to: external ? specifier : resolve(from, specifier, files), specifier, typeOnly, external });
    }
  }
  return edges;
}

const show = (e: ImportEdge) => `${e.from} → ${e.specifier}${e.typeOnly ? ' (type)' : ''}`;

/** A layering rule: no file under `from` may import anything `to` matches (a path prefix or package test). */
export interface LayerRule {
  name: string;
  from: string;
  to: (edge: ImportEdge) => boolean;
}

export function layerViolations(edges: readonly ImportEdge[], rules: readonly LayerRule[]): string[] {
  return rules.flatMap((rule) => edges.filter((e) => e.from.startsWith(rule.from) && rule.to(e)).map((e) => `${rule.name}: ${show(e)}`));
}

/** An allowed deep import into an area (past its `index.ts`), with the reason it is needed. */
export interface EntryException {
  from: string;
  to: string;
  why: string;
}

/** The area a file of `root` (e.g. `core/`) belongs to: its first folder, or none for a top-level file. */
function areaOf(path: string, root: string): string | undefined {
  if (!path.startsWith(root)) return undefined;
  const rest = path.slice(root.length);
  return rest.includes('/') ? rest.slice(0, rest.indexOf('/')) : undefined;
}

/** Imports that reach into an area of `root` from outside it other than through the area's `index.ts`. */
export function entryViolations(edges: readonly ImportEdge[], root: string, exceptions: readonly EntryException[]): string[] {
  return edges
    .filter((e) => {
      const area = areaOf(e.to, root);
      if (!area || e.external || areaOf(e.from, root) === area) return false;
      if (/^index\.tsx?$/.test(e.to.slice(`${root}${area}/`.length))) return false;
      return !exceptions.some((x) => e.from.startsWith(x.from) && e.to === x.to);
    })
    .map((e) => `reached past ${root}${areaOf(e.to, root)}/index.ts: ${show(e)}`);
}

/** Import cycles among files under `root` (type-only imports count: they tie the design together). */
export function findCycles(edges: readonly ImportEdge[], root: string): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (e.external || !e.from.startsWith(root) || !e.to.startsWith(root)) continue;
    next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  }
  // Tarjan's strongly connected components: each component of more than one file (or a file importing itself) is a cycle.
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of next.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || next.get(v)?.includes(v)) cycles.push(component.sort());
    }
  };
  for (const v of next.keys()) if (!index.has(v)) connect(v);
  return cycles;
}
