/**
 * Reads the text `npm run --silent policy` prints (tools/policy-report.ts with policy/report.ts's formats):
 *
 *   2 policy findings:
 *     - [AZ-STG-005] dev/storage/account (azurerm_storage_account.storage_account_ABC): accepts ... .
 *         fix: set ...
 *   suppressed:
 *     - [AZ-PE-001] state/storage/account: has no private endpoint (suppressed: <reason>)
 *
 * Each entry starts with `- [<rule>] <construct path>`; more indented lines (a finding's `fix:`) belong to it.
 */

export interface PolicyEntry {
  readonly ruleId: string;
  /** The construct path, which starts with the stack id: `dev/erp/redis/cache`. */
  readonly path: string;
  /** The rest of the entry's first line (from the character after the path), then its continuation lines, trimmed. */
  readonly lines: readonly string[];
}

export interface PolicyReportText {
  /** The count in the `N policy findings:` header, over every stack. */
  readonly totalFindings: number;
  readonly findings: readonly PolicyEntry[];
  readonly suppressions: readonly PolicyEntry[];
}

/** The policy text is not the report `npm run policy` prints: the CLI prints the message and exits 2. */
export class PolicyTextError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "PolicyTextError";
  }
}

const HEADER = /^(\d+) policy findings?:$/;
const ENTRY = /^\s*- \[([^\]]+)\] ([^\s:]+)(.*)$/;

/** Parses the policy report; throws a PolicyTextError when the header is missing or a line is not understood. */
export function parsePolicyReport(text: string): PolicyReportText {
  const lines = text.split(/\r?\n/);
  const start = lines.findIndex((line) => HEADER.test(line.trim()));
  if (start < 0) throw new PolicyTextError('no "N policy findings:" line: not the output of `npm run --silent policy`');
  const findings: { ruleId: string; path: string; lines: string[] }[] = [];
  const suppressions: typeof findings = [];
  let section = findings;
  lines.slice(start + 1).forEach((line, i) => {
    if (line.trim() === "") return;
    if (line.trim() === "suppressed:") {
      section = suppressions;
      return;
    }
    const entry = ENTRY.exec(line);
    if (entry) section.push({ ruleId: entry[1], path: entry[2], lines: [entry[3].trimEnd()] });
    else if (section.length && /^\s/.test(line)) section[section.length - 1].lines.push(line.trim());
    else throw new PolicyTextError(`line ${start + i + 2} is not a policy entry: ${JSON.stringify(line.slice(0, 120))}`);
  });
  return { totalFindings: Number(HEADER.exec(lines[start].trim())![1]), findings, suppressions };
}

/** The entries of one stack: those whose construct path starts with `<stack>/`. */
export function entriesOfStack(entries: readonly PolicyEntry[], stack: string): PolicyEntry[] {
  return entries.filter((e) => e.path.startsWith(`${stack}/`));
}
