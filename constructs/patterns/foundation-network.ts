import type { SecurityRuleSpec } from "../networking/network-security-group";
import type { SubnetSpec } from "../networking/virtual-network";
import type { EnvironmentSettings, SubnetRole } from "../../stacks/settings/schema";

/** Subnet key (and name part) of each role: kebab-case, as Azure names read best. */
export const SUBNET_KEYS: Record<SubnetRole, string> = {
  gateway: "gateway",
  app: "app",
  data: "data",
  management: "management",
  containers: "containers",
  privateEndpoints: "private-endpoints",
};

/** Roles whose outbound traffic leaves through the NAT gateway (nothing else has a way out). */
const NAT_ROLES: readonly SubnetRole[] = ["app", "management", "containers"];

/**
 * Baseline NSG rules of the segmented network (seed 002). The gateway/DMZ subnet is the only one open
 * to the internet, on 80/443, plus the platform ranges Application Gateway v2 requires; the data subnet
 * accepts only the app subnet; everything else keeps Azure's default deny from the internet.
 */
function baselineRules(settings: EnvironmentSettings): Partial<Record<SubnetRole, SecurityRuleSpec[]>> {
  const subnets = settings.network.subnets;
  return {
    gateway: [
      { name: "allow-https-from-internet", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", destinationPortRange: "443", destinationAddressPrefix: subnets.gateway },
      { name: "allow-http-from-internet", priority: 110, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "Internet", destinationPortRange: "80", destinationAddressPrefix: subnets.gateway, description: "Redirected to HTTPS by the gateway" },
      { name: "allow-gateway-manager", priority: 120, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "GatewayManager", destinationPortRange: "65200-65535", destinationAddressPrefix: "*", description: "Application Gateway v2 infrastructure ports" },
      { name: "allow-azure-load-balancer", priority: 130, direction: "Inbound", access: "Allow", protocol: "*", sourceAddressPrefix: "AzureLoadBalancer", destinationPortRange: "*", destinationAddressPrefix: "*" },
    ],
    data: [
      { name: "allow-app-subnet", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: subnets.app, destinationPortRange: "*", destinationAddressPrefix: subnets.data },
      { name: "deny-vnet-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*", sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*", destinationAddressPrefix: "*", description: "Only the app subnet reaches the data tier" },
    ],
  };
}

/** The VNet's subnet specs for an environment: addresses from settings, rules as data. */
export function foundationSubnets(settings: EnvironmentSettings): Record<string, SubnetSpec> {
  const rules = baselineRules(settings);
  const roles = Object.keys(SUBNET_KEYS) as SubnetRole[];
  return Object.fromEntries(
    roles.map((role): [string, SubnetSpec] => [
      SUBNET_KEYS[role],
      {
        addressPrefix: settings.network.subnets[role],
        securityRules: rules[role],
        natGateway: NAT_ROLES.includes(role),
        // Container Apps environments with workload profiles need the subnet delegated to them.
        delegation: role === "containers" ? { name: "container-apps", service: "Microsoft.App/environments" } : undefined,
      },
    ]),
  );
}
