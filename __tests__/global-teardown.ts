import { rmSync } from "node:fs";

/** Removes the estate output and bundle global-setup.ts made. */
export default function globalTeardown(): void {
  for (const dir of [process.env.ESTATE_TEST_OUTDIR, process.env.ESTATE_TEST_BUILD_DIR]) if (dir) rmSync(dir, { recursive: true, force: true });
}
