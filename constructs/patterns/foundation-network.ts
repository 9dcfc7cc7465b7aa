import type { SecurityRuleSpec } from "../networking/network-security-group";
import type { SubnetDelegationSpec, SubnetSpec } from "../networking/virtual-network";
import { MANAGED_REDIS_PORT } from "../data/managed-redis";
import type { EnvironmentSettings, SubnetRole } from "../../stacks/settings/schema";

/** Subnet key (and name part) of each role: kebab-case, as Azure names read best. */
export const SUBNET_KEYS: Record<SubnetRole, string> = {
  gateway: "gateway",
  app: "app",
  data: "data",
  management: "management",
  containers: "containers",
  privateEndpoints: "private-endpoints",
  aks: "aks",
  apim: "apim",
};

/**
 * Subnets handed to a service: App Service VNet integration (the app tier's outbound) and Container
 * Apps environments with workload profiles each need a subnet delegated to them.
 */
const DELEGATIONS: Partial<Record<SubnetRole, SubnetDelegationSpec>> = {
  app: { name: "app-service", service: "Microsoft.Web/serverFarms" },
  containers: { name: "container-apps", service: "Microsoft.App/environments" },
};

/** Roles whose outbound traffic leaves through the NAT gateway (nothing else has a way out). */
const NAT_ROLES: readonly SubnetRole[] = ["app", "management", "containers", "aks", "apim"];

/**
 * The ports the app tier uses on the data tier [003]: PostgreSQL (and its PgBouncer, 6432), Azure Cache for
 * Redis (plain and TLS), Azure Managed Redis (10000, TLS), Service Bus AMQP(S) and HTTPS. Both cache ports
 * stay open whichever kind the patterns use: during a migration the old and the new cache run side by side.
 */
export const DATA_TIER_PORTS = ["5432", "6432", "6379", "6380", String(MANAGED_REDIS_PORT), "5671", "5672", "443"];

/**
 * Baseline NSG rules of the segmented network (seeds 002 and 003). The gateway/DMZ subnet is the only
 * one open to the internet, on 80/443, plus the platform ranges Application Gateway v2 requires; the
 * data subnet accepts only the app subnet, on the data tier's ports; SSH reaches the app and data tiers
 * only from the management subnet (its jump hosts); everything else inbound from the VNet is denied.
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
    app: [
      sshFromManagement(subnets, subnets.app),
      { name: "deny-vnet-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*", sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*", destinationAddressPrefix: "*", description: "The app tier is reached through the gateway, not from inside the VNet" },
    ],
    // API Management in a VNet (internal mode): its control plane and the platform load balancer.
    apim: [
      { name: "allow-apim-management", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "ApiManagement", destinationPortRange: "3443", destinationAddressPrefix: "VirtualNetwork", description: "API Management control plane" },
      { name: "allow-azure-load-balancer", priority: 110, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: "AzureLoadBalancer", destinationPortRange: "6390", destinationAddressPrefix: "VirtualNetwork", description: "API Management infrastructure load balancer" },
    ],
    data: [
      { name: "allow-app-subnet", priority: 100, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: subnets.app, destinationPortRanges: DATA_TIER_PORTS, destinationAddressPrefix: subnets.data, description: "PostgreSQL 5432 (PgBouncer 6432), Redis 6379/6380, Service Bus 5671/5672 and 443" },
      sshFromManagement(subnets, subnets.data),
      { name: "deny-vnet-inbound", priority: 4000, direction: "Inbound", access: "Deny", protocol: "*", sourceAddressPrefix: "VirtualNetwork", destinationPortRange: "*", destinationAddressPrefix: "*", description: "Only the app subnet reaches the data tier" },
    ],
  };
}

function sshFromManagement(subnets: EnvironmentSettings["network"]["subnets"], destination: string): SecurityRuleSpec {
  return { name: "allow-ssh-from-management", priority: 200, direction: "Inbound", access: "Allow", protocol: "Tcp", sourceAddressPrefix: subnets.management, destinationPortRange: "22", destinationAddressPrefix: destination, description: "SSH only from the management subnet's jump hosts" };
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
        delegation: DELEGATIONS[role],
      },
    ]),
  );
}
