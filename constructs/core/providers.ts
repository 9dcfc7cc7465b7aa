import { IConstruct } from "constructs";
import { TerraformStack } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";

const RANDOM_PROVIDER_ID = "random";

/**
 * The stack's random provider, created the first time a construct needs one, so stacks that generate
 * nothing do not make `tofu init` download it, and stacks that do pin its version.
 */
export function ensureRandomProvider(scope: IConstruct): RandomProvider {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(RANDOM_PROVIDER_ID);
  return existing instanceof RandomProvider ? existing : new RandomProvider(stack, RANDOM_PROVIDER_ID);
}
