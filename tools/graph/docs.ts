import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { PLATFORM_STACK_ID } from "../../stacks/platform-layout";
import { deriveGraph, deriveSystems, type SynthesizedStack } from "./derive";
import { toSvg } from "./svg";
import { synthesizeStacks } from "./synth";

/**
 * The pictures docs/ holds (the README shows them), each exactly what `npm run --silent graph -- --stack
 * <id> --format svg` prints. `npm run --silent graph:docs` regenerates them; a test fails when a committed
 * picture differs from what the graph command produces.
 */
export const DOC_PICTURES: Readonly<Record<string, string>> = {
  "prod-infrastructure-graph.svg": "prod",
  "platform-infrastructure-graph.svg": PLATFORM_STACK_ID,
};

/** File name -> SVG text of every picture, from the synthesized stacks by id. */
export async function docPictures(stacks: Readonly<Record<string, SynthesizedStack>>): Promise<Record<string, string>> {
  const pictures: Record<string, string> = {};
  for (const [file, stack] of Object.entries(DOC_PICTURES)) pictures[file] = await toSvg(stack, deriveGraph(stacks[stack]), deriveSystems(stacks[stack]));
  return pictures;
}

/** The pictures in `dir` that are missing or differ from `pictures`. */
export function stalePictures(dir: string, pictures: Readonly<Record<string, string>>): string[] {
  const committed = (file: string) => {
    try {
      return readFileSync(join(dir, file), "utf8");
    } catch {
      return undefined;
    }
  };
  return Object.keys(pictures).filter((file) => committed(file) !== pictures[file]);
}

async function main(): Promise<void> {
  const pictures = await docPictures(synthesizeStacks([...new Set(Object.values(DOC_PICTURES))]));
  const dir = join(process.cwd(), "docs");
  for (const file of stalePictures(dir, pictures)) {
    writeFileSync(join(dir, file), pictures[file]);
    console.error(`graph:docs: wrote docs/${file}`);
  }
}

if (require.main === module) void main();
