import { Testing, TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { Naming } from "../constructs/core/naming";
import { ResourceGroup } from "../constructs/resource-group/resource-group";

/** A stack with the azurerm provider and a Naming for `abs` / `we` / `test`, as unit tests need. */
export function testStack(environment = "test"): TerraformStack {
  const stack = new TerraformStack(Testing.app(), "test");
  new AzurermProvider(stack, "azurerm", { features: [{}] });
  new Naming({ prefix: "abs", regionCode: "we", environment }).attachTo(stack);
  return stack;
}

/** A stack plus a resource group in westeurope, the usual starting point of a construct test. */
export function testStackWithGroup(environment = "test"): { stack: TerraformStack; group: ResourceGroup } {
  const stack = testStack(environment);
  return { stack, group: new ResourceGroup(stack, "rg", { location: "westeurope" }) };
}

/** The stack's synthesized Terraform JSON, parsed. */
export function synthJson(stack: TerraformStack): any {
  return JSON.parse(Testing.synth(stack));
}

/** All resources of a type in the synthesized stack, as `[logicalId, body]` pairs. */
export function resourcesOf(stack: TerraformStack, type: string): Array<[string, any]> {
  return Object.entries(synthJson(stack).resource?.[type] ?? {});
}

/** `[logicalId, body]` of every resource of a type in parsed synthesized JSON. */
export function jsonResources(stackJson: any, type: string): Array<[string, any]> {
  return Object.entries(stackJson.resource?.[type] ?? {});
}

/**
 * The one resource of a type whose logical id starts with `prefix` (a pattern's construct id, e.g.
 * `foundation_`); fails naming the type when there is not exactly one.
 */
export function onlyResource(stackJson: any, type: string, prefix = ""): [string, any] {
  const all = jsonResources(stackJson, type).filter(([id]) => id.startsWith(prefix));
  expect([type, all.map(([id]) => id).length]).toEqual([type, 1]);
  return all[0];
}

/** Interpolation of a resource attribute: `${type.id.attr}`. */
export function attributeRef(type: string, id: string, attr = "id"): string {
  return `\${${type}.${id}.${attr}}`;
}

/**
 * Node arguments that run a TypeScript entry point the way the npm scripts and cdktf do: tsx's require
 * hook in the same process (the tsx CLI would add a second process and ~0.3 s).
 */
export function tsNodeArgs(script: string, ...args: string[]): string[] {
  return ["--require", "tsx/cjs", script, ...args];
}
