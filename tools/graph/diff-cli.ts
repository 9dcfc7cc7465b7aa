import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseCommandLine } from "../command-line";
import { cleanUpOnSignals, comparisonExitCode, loadSides, resolveBase, resolveHead } from "../synth-diff/source";
import { deriveStack, graphChanges, hasChanges, neighbourhoodDot, type GraphChanges, type GraphDiff } from "./changes";
import type { SynthesizedStack } from "./derive";
import { UsageError } from "./errors";
import { renderSvg } from "./svg";

/**
 * What a change does to each stack's infrastructure graph, as JSON (tools/graph/changes.ts documents it),
 * for the pull-request comment (`npm run pr-comment -- --graph`):
 *
 *   npm run --silent graph:diff -- --base origin/main --head cdktf.out --pictures graph-changes > graph-diff.json
 *
 * --base and --head as for `npm run diff` (a directory or git revision; without --head the working tree is
 * synthesized). --pictures <dir>: also write `<dir>/<stack>.svg`, the picture of the changed neighbourhood,
 * for each stack whose graph changes. Exit codes: 0 printed; 1 a synthesis failed; 2 bad command line.
 */
export const USAGE = "usage: npm run --silent graph:diff -- --base <dir-or-git-ref> [--head <dir>] [--pictures <dir>]";

export function main(argv: readonly string[], root = process.cwd()): Promise<number> {
  return comparisonExitCode("graph:diff", USAGE, async () => {
    const parsed = parseCommandLine({ args: [...argv], options: { base: { type: "string" }, head: { type: "string" }, pictures: { type: "string" } } });
    if (!parsed) {
      process.stdout.write(`${USAGE}\n`);
      return;
    }
    const { base: baseRef, head: headDir, pictures } = parsed.values;
    if (baseRef === undefined) throw new UsageError("missing --base <dir-or-git-ref>");
    const [base, head] = await loadSides(resolveBase(root, baseRef), resolveHead(root, headDir));
    const stacks: Record<string, GraphChanges> = {};
    for (const id of [...new Set([...Object.keys(base.estate), ...Object.keys(head.estate)])].sort()) {
      // Both sides are cdk.tf.json files; the diff's type just leaves resource bodies unknown.
      const [before, after] = [base.estate[id], head.estate[id]].map((s) => (s ? deriveStack(s as SynthesizedStack) : undefined));
      const changes = graphChanges(before?.graph, after?.graph);
      if (pictures === undefined || !hasChanges(changes)) {
        stacks[id] = changes;
        continue;
      }
      mkdirSync(pictures, { recursive: true });
      const picture = join(pictures, `${id}.svg`);
      writeFileSync(picture, await renderSvg(neighbourhoodDot(id, changes, before, after)));
      stacks[id] = { ...changes, picture };
    }
    const diff: GraphDiff = { base: base.label, head: head.label, stacks };
    process.stdout.write(`${JSON.stringify(diff, null, 2)}\n`);
  });
}

if (require.main === module) {
  cleanUpOnSignals();
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
