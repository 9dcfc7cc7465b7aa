import type { PolicyReport } from "./types";

/** The findings of every stack, one block each: rule, construct path, resource, what is wrong, how to fix. */
export function formatFindings(reports: readonly PolicyReport[]): string {
  const findings = reports.flatMap((r) => r.findings);
  const lines = findings.map((f) => `  - [${f.ruleId}] ${f.path} (${f.address}): ${f.problem}.\n      fix: ${f.fix}`);
  return `${findings.length} policy finding${findings.length === 1 ? "" : "s"}:\n${lines.join("\n")}`;
}

/** The suppressed findings with their reasons, for the reviewer. */
export function formatSuppressions(reports: readonly PolicyReport[]): string {
  return reports
    .flatMap((r) => r.suppressed.map((s) => `  - [${s.ruleId}] ${s.path}: ${s.problem} (suppressed: ${s.reason})`))
    .join("\n");
}

/** Thrown when a stack breaks a rule: synthesis stops before any stack is written. */
export class PolicyViolations extends Error {
  constructor(public readonly reports: readonly PolicyReport[]) {
    super(formatFindings(reports));
    this.name = "PolicyViolations";
  }
}
