import { readFileSync } from "node:fs";
import { parsePlan, PlanFileError, type Plan } from "./gate";

/** The text of a file named on the command line; a missing or unreadable file is a PlanFileError (exit 2). */
export function readInputFile(path: string): string {
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    const error = e as NodeJS.ErrnoException;
    throw new PlanFileError(`cannot read ${path}: ${error.code === "ENOENT" ? "no such file" : error.message}`);
  }
}

/** Reads and parses a `tofu show -json` plan file; errors name the file. */
export function readPlanFile(path: string): Plan {
  const text = readInputFile(path);
  try {
    return parsePlan(text);
  } catch (e) {
    if (e instanceof PlanFileError) throw new PlanFileError(`${path} is not a JSON plan (tofu show -json output): ${e.message}`);
    throw e;
  }
}
