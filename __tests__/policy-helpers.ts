import { TerraformStack } from "cdktf";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { checkStack } from "../policy/engine";
import { ALL_RULES } from "../policy/rules";
import type { PolicyFinding, PolicyReport, PolicyRule } from "../policy/types";

/** The policy report of a test stack, as synthesis would produce it (aspects applied, `//` metadata kept). */
export function policyReport(stack: TerraformStack, options: { rules?: readonly PolicyRule[]; protectStatefulResources?: boolean } = {}): PolicyReport {
  invokeAspects(stack);
  return checkStack(stack.toTerraform(), { stack: stack.node.id, protectStatefulResources: options.protectStatefulResources ?? false, rules: options.rules ?? ALL_RULES });
}

/** The findings one rule raises on a test stack. */
export function findingsOf(stack: TerraformStack, rule: PolicyRule, protectStatefulResources = false): readonly PolicyFinding[] {
  return policyReport(stack, { rules: [rule], protectStatefulResources }).findings;
}
