import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/**
 * Provider packages must be imported by deep path (`@cdktf/provider-azurerm/lib/redis-cache`): the
 * barrel loads ~1,500 modules and multiplies synth time and memory (DESIGN.md). This finds barrel
 * imports, requires and dynamic imports in the project's own TypeScript.
 */
// Provider packages only: @cdktf/provider-generator and -schema are tools, not bindings.
const BARREL = /(?:from\s+|require\(\s*|import\(\s*)["'](@cdktf\/provider-(?!generator|schema)[a-z0-9-]+)(?:\/lib)?(?:\/index)?["']/g;
const SOURCE_DIRS = ["main.ts", "stacks", "constructs", "backends", "tools", "__tests__", "policies"];

export interface BarrelImport {
  readonly file: string;
  readonly line: number;
  readonly module: string;
}

export function barrelImportsIn(text: string, file: string): BarrelImport[] {
  return [...text.matchAll(BARREL)].map((m) => ({ file, line: text.slice(0, m.index).split("\n").length, module: m[1] }));
}

/** The project's own TypeScript files (not the generated bindings), as absolute paths. */
export function projectSources(root: string): string[] {
  return SOURCE_DIRS.flatMap((entry) => tsFiles(join(root, entry)));
}

export function findBarrelImports(root: string): BarrelImport[] {
  return projectSources(root).flatMap((file) => barrelImportsIn(readFileSync(file, "utf8"), relative(root, file)));
}

function tsFiles(path: string): string[] {
  let stat;
  try {
    stat = statSync(path);
  } catch {
    return [];
  }
  if (stat.isFile()) return path.endsWith(".ts") ? [path] : [];
  return readdirSync(path).flatMap((name) => tsFiles(join(path, name)));
}

if (require.main === module) {
  const found = findBarrelImports(join(__dirname, ".."));
  for (const b of found) console.error(`${b.file}:${b.line}: import ${b.module} by deep path (${b.module}/lib/<resource>), not the package barrel`);
  process.exitCode = found.length > 0 ? 1 : 0;
}
