/**
 * The policy rule pack's vocabulary: rules inspect the synthesized Terraform JSON of a stack (the
 * attributes OpenTofu will send, with references as `${type.name.attr}` strings), so a rule sees what
 * any construct, escape hatch or override produced, not what a construct meant to produce.
 */

/** One resource of the synthesized stack. */
export interface PolicyResource {
  /** Terraform type, e.g. `azurerm_storage_account`. */
  readonly type: string;
  /** Logical id in the stack, e.g. `foundation_storage_account_1A2B3C4D`. */
  readonly logicalId: string;
  /** `type.logicalId`: the Terraform address. */
  readonly address: string;
  /** Construct path, e.g. `prod/foundation/storage/account`. */
  readonly path: string;
  /** The resource's arguments as synthesized (snake_case), without cdktf's `//` metadata. */
  readonly body: Record<string, any>;
  /** The reference other resources use for one of its attributes: `${type.logicalId.attr}`. */
  ref(attribute?: string): string;
}

/** What a rule may look at besides the resource itself. */
export interface PolicyContext {
  /** Stack id: `state`, `dev`, `staging`, `prod`. */
  readonly stack: string;
  /** Whether the environment protects stateful resources (DESIGN.md: staging and prod, the state stack). */
  readonly protectStatefulResources: boolean;
  /** Every resource of the stack. */
  readonly resources: readonly PolicyResource[];
  /** The resources of one type. */
  ofType(type: string): readonly PolicyResource[];
  /**
   * Resources of `type` whose argument at `path` (dotted, through nested blocks and lists) refers to
   * `target` (its id, or the attribute given). E.g. the diagnostic settings of a vault:
   * `referencing(vault, "azurerm_monitor_diagnostic_setting", "target_resource_id")`.
   */
  referencing(target: PolicyResource, type: string, path: string, attribute?: string): readonly PolicyResource[];
  /** The stack's outputs as synthesized (`{ value, sensitive?, description? }` by name). */
  readonly outputs: Readonly<Record<string, Record<string, any>>>;
  /** The stack's variable declarations (`{ type, sensitive?, ... }` by name). */
  readonly variables: Readonly<Record<string, Record<string, any>>>;
}

/** A rule of the pack: one demand on one or more resource types. */
export interface PolicyRule {
  /** Stable id (`AZ-<AREA>-<nnn>`): suppressions and reports name it. */
  readonly id: string;
  /** What the rule demands, in one line. */
  readonly title: string;
  /** The checks of well-known scanners it corresponds to (Checkov, Trivy/tfsec, PSRule for Azure). */
  readonly scanners: readonly string[];
  /** Resource types it inspects; `*` for every type. */
  readonly resourceTypes: readonly string[];
  /** How to comply, shown in the report. */
  readonly fix: string;
  /** What is wrong with the resource, phrased as a finding, or undefined when it complies. */
  check(resource: PolicyResource, context: PolicyContext): string | undefined;
  /**
   * For rules about the stack rather than one resource (its outputs): what is wrong, each with the
   * address it concerns (e.g. `output.storage_key`). Such findings cannot be suppressed.
   */
  checkStack?(context: PolicyContext): Array<{ readonly address: string; readonly problem: string }>;
}

/** A rule a resource breaks. */
export interface PolicyFinding {
  readonly ruleId: string;
  readonly path: string;
  readonly address: string;
  readonly problem: string;
  readonly fix: string;
}

/** A finding a resource carries a written suppression for. */
export interface SuppressedFinding extends PolicyFinding {
  readonly reason: string;
}

/** The outcome of checking one stack. */
export interface PolicyReport {
  readonly stack: string;
  readonly findings: readonly PolicyFinding[];
  readonly suppressed: readonly SuppressedFinding[];
}
