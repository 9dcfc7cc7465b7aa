/**
 * The single error type every construct and the settings validation throw for bad input.
 * Its message always names where (construct path or environment), the field, the value and the rule,
 * so a failed synth says exactly what to change.
 */
export class ValidationError extends Error {
  constructor(
    /** Construct path or `environment <name>`. */
    public readonly where: string,
    /** The prop or settings field, dotted (`network.subnets.app.cidr`). */
    public readonly field: string,
    /** The offending value. */
    public readonly value: unknown,
    /** The rule the value breaks, phrased as the rule ("must be ..."). */
    public readonly rule: string,
  ) {
    super(formatProblem({ where, field, value, rule }));
    this.name = "ValidationError";
  }
}

/** One problem found while validating; several are collected into a {@link ValidationErrors}. */
export interface Problem {
  readonly where: string;
  readonly field: string;
  readonly value: unknown;
  readonly rule: string;
}

export function formatProblem(p: Problem): string {
  return `${p.where}: ${p.field} = ${formatValue(p.value)}: ${p.rule}`;
}

function formatValue(value: unknown): string {
  if (value === undefined) return "(missing)";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}...` : text;
}

/** Every problem found in one pass, reported together so a person fixes them in one go. */
export class ValidationErrors extends Error {
  constructor(public readonly problems: readonly Problem[]) {
    super(
      `${problems.length} invalid setting${problems.length === 1 ? "" : "s"}:\n` +
        problems.map((p) => `  - ${formatProblem(p)}`).join("\n"),
    );
    this.name = "ValidationErrors";
  }
}

/** Throws a {@link ValidationError} for the construct when `ok` is false. */
export function check(ok: boolean, where: string, field: string, value: unknown, rule: string): void {
  if (!ok) throw new ValidationError(where, field, value, rule);
}

/** A plausible e-mail address (name@domain.tld): what Azure Monitor and Cost Management accept. */
export function isEmail(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text);
}

/** An Entra ID object, tenant or subscription id. */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` is a whole number from `min` to `max` inclusive: the shape of most Azure limits. */
export function isWholeNumberIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

/** A rule broken by one field of a prop set or settings block; the caller adds where it happened. */
export interface Violation {
  readonly field: string;
  readonly value: unknown;
  readonly rule: string;
}

/**
 * Throws for a construct's violations: a ValidationError for one, ValidationErrors for several. Rules
 * that settings validation also applies return Violations, so one function serves both.
 */
export function assertNoViolations(where: string, violations: readonly Violation[]): void {
  if (violations.length === 1) throw new ValidationError(where, violations[0].field, violations[0].value, violations[0].rule);
  if (violations.length > 1) throw new ValidationErrors(violations.map((v) => ({ where, ...v })));
}
