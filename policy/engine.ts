import { valuesAt } from "./attributes";
import { SUPPRESSIONS_KEY, Suppression } from "./suppress";
import type { PolicyContext, PolicyFinding, PolicyReport, PolicyResource, PolicyRule, SuppressedFinding } from "./types";

export interface CheckOptions {
  /** Stack id, for the report. */
  readonly stack: string;
  /** Whether the environment protects stateful resources from deletion. */
  readonly protectStatefulResources: boolean;
  /** The rules to apply. */
  readonly rules: readonly PolicyRule[];
}

/** Rule id of the findings the engine itself raises about suppressions. */
export const SUPPRESSION_RULE_ID = "AZ-POL-000";

/**
 * Applies the rules to a synthesized stack (`stack.toTerraform()`). A finding on a resource that
 * carries a suppression for that rule is reported as suppressed, with its reason; a suppression that
 * names an unknown rule or suppresses nothing is itself a finding, so none outlives its cause.
 */
export function checkStack(stackJson: Record<string, any>, options: CheckOptions): PolicyReport {
  const context = contextOf(stackJson, options);
  const byType = new Map<string, PolicyRule[]>();
  for (const rule of options.rules) for (const type of rule.resourceTypes) byType.set(type, [...(byType.get(type) ?? []), rule]);
  const known = new Set(options.rules.map((r) => r.id));

  const findings: PolicyFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const resource of context.resources) {
    const suppressions = suppressionsOf(stackJson, resource);
    const used = new Set<string>();
    for (const rule of [...(byType.get(resource.type) ?? []), ...(byType.get("*") ?? [])]) {
      const problem = rule.check(resource, context);
      if (problem === undefined) continue;
      const finding = { ruleId: rule.id, path: resource.path, address: resource.address, problem, fix: rule.fix };
      const suppression = suppressions.find((s) => s.rule === rule.id);
      if (suppression) {
        used.add(rule.id);
        suppressed.push({ ...finding, reason: suppression.reason });
      } else {
        findings.push(finding);
      }
    }
    for (const s of suppressions.filter((s) => !used.has(s.rule))) {
      const problem = known.has(s.rule) ? `suppresses ${s.rule}, which the resource does not break` : `suppresses ${s.rule}, which is no rule of the pack`;
      findings.push({ ruleId: SUPPRESSION_RULE_ID, path: resource.path, address: resource.address, problem, fix: "remove the suppression (or correct the rule id)" });
    }
  }
  for (const rule of options.rules) {
    for (const { address, problem } of rule.checkStack?.(context) ?? []) {
      findings.push({ ruleId: rule.id, path: `${options.stack}/${address}`, address, problem, fix: rule.fix });
    }
  }
  return { stack: options.stack, findings, suppressed };
}

function contextOf(stackJson: Record<string, any>, options: CheckOptions): PolicyContext {
  const resources: PolicyResource[] = Object.entries<Record<string, Record<string, any>>>(stackJson.resource ?? {}).flatMap(([type, byId]) =>
    Object.entries(byId).map(([logicalId, raw]) => {
      const { "//": meta, ...body } = raw;
      return { type, logicalId, address: `${type}.${logicalId}`, path: meta?.metadata?.path ?? logicalId, body, ref: (attribute = "id") => `\${${type}.${logicalId}.${attribute}}` };
    }),
  );
  const ofType = new Map<string, PolicyResource[]>();
  for (const r of resources) ofType.set(r.type, [...(ofType.get(r.type) ?? []), r]);
  return {
    stack: options.stack,
    protectStatefulResources: options.protectStatefulResources,
    resources,
    ofType: (type) => ofType.get(type) ?? [],
    referencing: (target, type, path, attribute = "id") => {
      const reference = target.ref(attribute);
      return (ofType.get(type) ?? []).filter((r) => valuesAt(r.body, path).some((v) => typeof v === "string" && v.includes(reference)));
    },
    outputs: stackJson.output ?? {},
    variables: stackJson.variable ?? {},
  };
}

function suppressionsOf(stackJson: Record<string, any>, resource: PolicyResource): Suppression[] {
  return stackJson.resource[resource.type][resource.logicalId]["//"]?.[SUPPRESSIONS_KEY] ?? [];
}
