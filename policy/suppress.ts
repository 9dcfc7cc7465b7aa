import { IConstruct } from "constructs";
import { TerraformResource } from "cdktf";
import { ValidationError } from "../constructs/core/errors";

/** Key under the resource's `//` metadata: suppressions are visible in the synthesized JSON. */
export const SUPPRESSIONS_KEY = "policy_suppressions";

/** A rule a resource is allowed to break, and why. */
export interface Suppression {
  readonly rule: string;
  readonly reason: string;
}

const MIN_REASON_LENGTH = 20;
const suppressionsByResource = new WeakMap<TerraformResource, Suppression[]>();

/**
 * Lets one resource break one rule, for a written reason that appears in the policy report and in the
 * resource's synthesized metadata. `scope` is the provider resource or an L2 construct (its primary
 * `resource`). Only per resource and rule: there is no way to switch a rule off wholesale.
 */
export function suppressPolicy(scope: IConstruct, rule: string, reason: string): void {
  const resource = scope instanceof TerraformResource ? scope : (scope as { resource?: unknown }).resource;
  if (!(resource instanceof TerraformResource)) {
    throw new ValidationError(scope.node.path, "suppression", rule, "must be made on a provider resource or an L2 construct with a `resource`");
  }
  if (!/^AZ-[A-Z]+-\d{3}$/.test(rule)) throw new ValidationError(scope.node.path, "suppression.rule", rule, "must be a rule id such as AZ-STG-004");
  if (reason.trim().length < MIN_REASON_LENGTH) {
    throw new ValidationError(scope.node.path, `suppression.${rule}.reason`, reason, `must explain in at least ${MIN_REASON_LENGTH} characters why the resource may break the rule`);
  }
  const all = suppressionsByResource.get(resource) ?? [];
  if (all.some((s) => s.rule === rule)) throw new ValidationError(scope.node.path, "suppression.rule", rule, "is already suppressed on this resource");
  all.push({ rule, reason: reason.trim() });
  suppressionsByResource.set(resource, all);
  resource.addOverride(`//.${SUPPRESSIONS_KEY}`, [...all]);
}
