import { Construct, IConstruct } from "constructs";
import { TerraformProvider, TerraformStack } from "cdktf";
import { RandomProvider } from "@cdktf/provider-random/lib/provider";
import { TimeProvider } from "@cdktf/provider-time/lib/provider";
import { ConfluentProvider } from "../../.gen/providers/confluent/provider";

/**
 * The stack's random provider, created the first time a construct needs one, so stacks that generate
 * nothing do not make `tofu init` download it, and stacks that do pin its version.
 */
export function ensureRandomProvider(scope: IConstruct): RandomProvider {
  return ensureProvider(scope, "random", RandomProvider);
}

/** The stack's time provider (hashicorp/time), created the first time a construct waits for something. */
export function ensureTimeProvider(scope: IConstruct): TimeProvider {
  return ensureProvider(scope, "time", TimeProvider);
}

/**
 * The stack's Confluent provider, created the first time a construct needs one. It gets no credentials
 * on purpose: it reads CONFLUENT_CLOUD_API_KEY / CONFLUENT_CLOUD_API_SECRET from the environment, so the
 * Cloud API key never appears in the synthesized output.
 */
export function ensureConfluentProvider(scope: IConstruct): ConfluentProvider {
  return ensureProvider(scope, "confluent", ConfluentProvider);
}

/** One provider of a kind per stack, at a fixed id, created with its default configuration. */
export function ensureProvider<T extends TerraformProvider>(scope: IConstruct, id: string, type: new (scope: Construct, id: string) => T): T {
  const stack = TerraformStack.of(scope);
  const existing = stack.node.tryFindChild(id);
  return existing instanceof type ? existing : new type(stack, id);
}
