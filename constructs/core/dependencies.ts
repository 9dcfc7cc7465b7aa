import { dependable, ITerraformDependable, TerraformResource } from "cdktf";

/**
 * Makes resources wait for others that no reference between them implies (`depends_on`), keeping what
 * they already wait for: e.g. a resource placed in a subnet waits for `VirtualNetwork.subnetReady(key)`.
 */
export function waitFor(resources: readonly TerraformResource[], dependencies: readonly ITerraformDependable[]): void {
  for (const resource of resources) resource.dependsOn = [...(resource.dependsOn ?? []), ...dependencies.map(dependable)];
}
