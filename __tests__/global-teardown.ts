import { rmSync } from "node:fs";

/** Removes the estate output global-setup.ts synthesized. */
export default function globalTeardown(): void {
  const outdir = process.env.ESTATE_TEST_OUTDIR;
  if (outdir) rmSync(outdir, { recursive: true, force: true });
}
