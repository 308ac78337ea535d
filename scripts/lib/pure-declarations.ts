import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import ts from 'typescript';

/**
 * Lets esbuild drop the contract's declarations a function never reaches. esbuild keeps a top-level
 * `const X = z.object(...)` even when nothing uses X, because a call might have side effects; building it is
 * what a cold start pays for. `types/` only declares schemas, route defs and constant tables, so at build
 * time every call in the initializer of a top-level `const` there gets esbuild's `@__PURE__` annotation.
 * Done here rather than in the source: several hundred declarations would carry the comment, and one added
 * without it would silently come back into every bundle.
 * Calls inside function bodies are left alone (they run later, and may be there for their effect), as are
 * statements (`z.config(...)`). One comment before a chain (`z.string().min(1)`) covers the whole chain.
 */
const TYPES_FILE = new RegExp(`^${path.resolve('types').replace(/[\\/.]/g, '\\$&')}[\\\\/].*\\.ts$`);
const PURE = '/* @__PURE__ */ ';

/** Where each call chain in a top-level `const` initializer starts, outside function bodies. */
function callStarts(source: ts.SourceFile): number[] {
  const starts = new Set<number>();
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node)) return;
    if (ts.isCallExpression(node) || ts.isNewExpression(node)) starts.add(node.getStart(source));
    node.forEachChild(visit);
  };
  for (const statement of source.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const declaration of statement.declarationList.declarations)
      if (declaration.initializer) visit(declaration.initializer);
  }
  return [...starts].sort((a, b) => b - a);
}

export function markPure(fileName: string, text: string): string {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  return callStarts(source).reduce((marked, start) => marked.slice(0, start) + PURE + marked.slice(start), text);
}

export const pureDeclarations: Plugin = {
  name: 'pure-declarations',
  setup(bundler) {
    bundler.onLoad({ filter: TYPES_FILE }, async ({ path: file }) => ({
      contents: markPure(file, await readFile(file, 'utf8')),
      loader: 'ts',
    }));
  },
};
