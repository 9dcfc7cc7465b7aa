import type { PolicyReport, PolicyRule } from "./types";

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

/** The check ids of one scanner a rule corresponds to, from its `scanners` entries (`Checkov CKV_AZURE_41 ...`). */
function scannerIds(rule: PolicyRule, scanner: "Checkov" | "Trivy"): string[] {
  const id = scanner === "Checkov" ? /\bCKV2?_[A-Z]+_(?:\d+|\*)/g : /\bAVD-AZU-\d+/g;
  return [...new Set(rule.scanners.filter((s) => s.startsWith(scanner)).flatMap((s) => s.match(id) ?? []))];
}

/**
 * Each rule with the Checkov and Trivy checks it corresponds to ("-" where the scanner has none; the
 * rule's `scanners` say why), and how many rules each scanner covers.
 */
export function formatScannerMapping(rules: readonly PolicyRule[]): string {
  const rows = rules.map((rule) => ({ id: rule.id, checkov: scannerIds(rule, "Checkov"), trivy: scannerIds(rule, "Trivy") }));
  const width = Math.max(...rows.map((r) => r.id.length));
  const lines = rows.map((r) => `  ${r.id.padEnd(width)}  Checkov: ${r.checkov.join(", ") || "-"}  Trivy: ${r.trivy.join(", ") || "-"}`);
  const count = (scanner: "checkov" | "trivy") => rows.filter((r) => r[scanner].length > 0).length;
  return `scanner mapping (${rules.length} rules; ${count("checkov")} with a Checkov check, ${count("trivy")} with a Trivy check):\n${lines.join("\n")}`;
}
