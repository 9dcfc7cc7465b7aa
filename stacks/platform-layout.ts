import { namingFor } from "./settings/naming";
import type { StateSettings } from "./settings/schema";

/** Stack id of the bootstrap (platform) stack. */
export const PLATFORM_STACK_ID = "platform";

/**
 * Where the platform's pieces are: computed from the settings, so the platform stack and the
 * environment stacks that connect to it (peering, central DNS, their pipeline identity) agree by
 * construction, without reading the platform's state.
 */
export interface PlatformLayout {
  /** Subscription of the platform stack; undefined: the provider's (ARM_SUBSCRIPTION_ID). */
  readonly subscriptionId?: string;
  readonly location: string;
  /** The hub network, the runners, the pipeline identities and the platform workspace. */
  readonly resourceGroupName: string;
  /** The central privatelink zones. */
  readonly dnsResourceGroupName: string;
  readonly hubNetworkName: string;
  /** The read-only identity every plan and drift check runs as. */
  readonly planIdentityName: string;
  /** The identity an environment's apply runs as. */
  pipelineIdentityName(environment: string): string;
}

export function platformLayout(state: StateSettings): PlatformLayout {
  const naming = namingFor(state);
  return {
    subscriptionId: state.subscriptionId,
    location: state.location,
    resourceGroupName: naming.name("resourceGroup", "platform"),
    dnsResourceGroupName: naming.name("resourceGroup", "dns"),
    hubNetworkName: naming.name("virtualNetwork", "hub"),
    planIdentityName: naming.name("userAssignedIdentity", "pipeline-plan"),
    pipelineIdentityName: (environment) => naming.name("userAssignedIdentity", `pipeline-${environment}`),
  };
}
