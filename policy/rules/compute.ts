import { valueAt, valuesAt } from "../attributes";
import type { PolicyResource, PolicyRule } from "../types";
import { isFalse, isTrue, settingProblem, settingRule, settingText, tls12 } from "./common";
import { isSecretName } from "./secrets";

/**
 * Compute rules: App Service (web and function apps), Container Apps, Linux VMs and scale sets, AKS.
 * Each check reads an unset argument as the azurerm 4.x provider default, stated at the call.
 */

/** App Service sites: the web app in use and the function app of the coming pattern share these arguments. */
const APP_SERVICE_SITES = ["azurerm_linux_web_app", "azurerm_linux_function_app"];
const LINUX_VMS = ["azurerm_linux_virtual_machine_scale_set", "azurerm_linux_virtual_machine"];
const SCALE_SETS = ["azurerm_linux_virtual_machine_scale_set", "azurerm_windows_virtual_machine_scale_set"];
const AKS = "azurerm_kubernetes_cluster";

/** Whether the resource has a managed identity of any kind (system- or user-assigned). */
function hasManagedIdentity(resource: PolicyResource): boolean {
  return valuesAt(resource.body, "identity.type").some((t) => typeof t === "string" && t !== "" && t !== "None");
}

export const COMPUTE_RULES: PolicyRule[] = [
  settingRule({
    id: "AZ-APP-001",
    title: "App Service apps accept HTTPS only",
    scanners: ["Checkov CKV_AZURE_14", "Trivy AVD-AZU-0072 (azure-appservice-web-app-https-only)", "PSRule Azure.AppService.UseHTTPS"],
    resourceType: APP_SERVICE_SITES,
    fix: "Set https_only = true (LinuxWebApp always does).",
    argument: "https_only",
    providerDefault: false,
    complies: isTrue,
    problem: "accepts plain HTTP",
  }),
  {
    id: "AZ-APP-002",
    title: "App Service apps and their SCM site require TLS 1.2 or later",
    scanners: ["Checkov CKV_AZURE_15", "Trivy AVD-AZU-0006 (azure-appservice-use-secure-tls-policy)", "PSRule Azure.AppService.MinTLS"],
    resourceTypes: APP_SERVICE_SITES,
    fix: "Leave site_config.minimum_tls_version and scm_minimum_tls_version at 1.2 (the provider default) or set 1.3.",
    check: (app) => {
      const weak = ["site_config.minimum_tls_version", "site_config.scm_minimum_tls_version"]
        .filter((path) => !tls12(valueAt(app.body, path, "1.2")))
        .map((path) => settingText(path, valueAt(app.body, path), "1.2"));
      return weak.length > 0 ? `allows TLS below 1.2 (${weak.join("; ")})` : undefined;
    },
  },
  settingRule({
    id: "AZ-APP-003",
    title: "App Service apps allow no plain FTP",
    scanners: ["Checkov CKV_AZURE_78", "Trivy AVD-AZU-0071 (azure-appservice-enforce-ftps)"],
    resourceType: APP_SERVICE_SITES,
    fix: "Set site_config.ftps_state to Disabled (the provider default, which LinuxWebApp sets) or FtpsOnly.",
    argument: "site_config.ftps_state",
    providerDefault: "Disabled",
    complies: (state) => state === "Disabled" || state === "FtpsOnly",
    problem: "allows plain FTP",
  }),
  {
    id: "AZ-APP-004",
    title: "App Service apps allow no basic-authentication publishing",
    scanners: ["Checkov CKV_AZURE_238 (FTP)", "Checkov CKV_AZURE_237 (SCM/WebDeploy)"],
    resourceTypes: APP_SERVICE_SITES,
    fix: "Set ftp_publish_basic_authentication_enabled and webdeploy_publish_basic_authentication_enabled to false and deploy with Entra ID (LinuxWebApp does).",
    check: (app) => {
      const open = ["ftp_publish_basic_authentication_enabled", "webdeploy_publish_basic_authentication_enabled"]
        .filter((path) => valueAt<boolean>(app.body, path, true) !== false)
        .map((path) => settingText(path, valueAt(app.body, path), true));
      return open.length > 0 ? `allows publishing with basic authentication (${open.join("; ")})` : undefined;
    },
  },
  // A private endpoint does not close the public one: the app stays reachable until access is off.
  settingRule({
    id: "AZ-APP-005",
    title: "App Service apps are not reachable from public networks",
    scanners: ["Checkov CKV_AZURE_222"],
    resourceType: APP_SERVICE_SITES,
    fix: "Set public_network_access_enabled = false (LinuxWebApp `publicNetworkAccess`, default false) and reach the app through its private endpoint, e.g. from the application gateway.",
    argument: "public_network_access_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "is reachable from public networks",
  }),
  settingRule({
    id: "AZ-APP-006",
    title: "App Service apps have remote debugging off",
    scanners: ["Checkov CKV_AZURE_72", "PSRule Azure.AppService.RemoteDebug"],
    resourceType: APP_SERVICE_SITES,
    fix: "Leave site_config.remote_debugging_enabled false (the provider default).",
    argument: "site_config.remote_debugging_enabled",
    providerDefault: false,
    complies: isFalse,
    problem: "has remote debugging on",
  }),
  {
    id: "AZ-APP-007",
    title: "App Service apps have a managed identity",
    scanners: ["Checkov CKV_AZURE_16", "Checkov CKV_AZURE_71", "Trivy AVD-AZU-0002 (azure-appservice-account-identity-registered)", "PSRule Azure.AppService.ManagedIdentity"],
    resourceTypes: APP_SERVICE_SITES,
    fix: "Add an identity block (LinuxWebApp always assigns one) and use it instead of keys and connection strings.",
    check: (app) => (hasManagedIdentity(app) ? undefined : "has no managed identity"),
  },
  settingRule({
    id: "AZ-CA-001",
    title: "Container app ingress redirects HTTP to HTTPS",
    scanners: ["PSRule Azure.ContainerApp.Insecure"],
    resourceType: "azurerm_container_app",
    fix: "Set ingress.allow_insecure_connections = false (the provider default; ContainerApp sets it).",
    argument: "ingress.allow_insecure_connections",
    providerDefault: false,
    complies: isFalse,
    problem: "accepts plain HTTP on its ingress",
    // Apps without ingress take no HTTP at all.
    appliesTo: (app) => valuesAt(app.body, "ingress").length > 0,
  }),
  {
    id: "AZ-CA-002",
    title: "Container apps have a managed identity",
    scanners: ["PSRule Azure.ContainerApp.ManagedIdentity"],
    resourceTypes: ["azurerm_container_app"],
    fix: "Add an identity block (ContainerApp always runs as a user-assigned identity; `systemAssignedIdentity` adds a system one).",
    check: (app) => (hasManagedIdentity(app) ? undefined : "has no managed identity"),
  },
  settingRule({
    id: "AZ-CA-003",
    title: "Container Apps environments have no public endpoint",
    scanners: ["PSRule Azure.ContainerApp.PublicAccess"],
    resourceType: "azurerm_container_app_environment",
    fix: "Set internal_load_balancer_enabled = true with an infrastructure subnet (ContainerAppsEnvironment `internalLoadBalancer`, default true) and publish apps through the application gateway.",
    argument: "internal_load_balancer_enabled",
    providerDefault: false,
    complies: isTrue,
    problem: "is reachable on a public IP",
  }),
  {
    id: "AZ-CA-004",
    title: "Container app and job environment variables with secret-like names take their value from a secret",
    scanners: ["Checkov CKV_SECRET_* and Trivy secret scanning (a credential-named variable with a value)", "PSRule Azure.Deployment.SecureValue"],
    resourceTypes: ["azurerm_container_app", "azurerm_container_app_job"],
    fix: "put the value in a container app secret (a Key Vault reference: ContainerApp `secrets` with keyVaultSecretId) and refer to it with secret_name (ContainerApp `secretEnv`)",
    check: ({ body }) => {
      const named = valuesAt(body, "template.container.env").filter((env: any) => typeof env?.name === "string" && isSecretName(env.name) && env.value !== undefined && env.value !== "");
      return named.length === 0 ? undefined : `sets ${[...new Set(named.map((env: any) => env.name))].join(", ")} as plain values`;
    },
  },
  settingRule({
    id: "AZ-VM-001",
    title: "Linux VMs and scale sets allow SSH keys only",
    scanners: ["Checkov CKV_AZURE_49", "Trivy AVD-AZU-0039 (azure-compute-disable-password-authentication)", "PSRule Azure.VMSS.PublicKey"],
    resourceType: LINUX_VMS,
    fix: "Leave disable_password_authentication true (the provider default) and log in with SSH keys (LinuxVirtualMachineScaleSet `adminSshPublicKey`).",
    argument: "disable_password_authentication",
    providerDefault: true,
    complies: isTrue,
    problem: "allows password authentication",
  }),
  {
    id: "AZ-VM-002",
    title: "Scale set instances have no public IPs",
    scanners: ["Trivy AVD-AZU-0076 (azure-network-network-interface-public-ip)", "PSRule Azure.VM.PublicIPAttached"],
    resourceTypes: SCALE_SETS,
    fix: "Remove network_interface.ip_configuration.public_ip_address; reach instances through Bastion or a jump host, and go out through the NAT gateway.",
    check: (scaleSet) =>
      valuesAt(scaleSet.body, "network_interface.ip_configuration.public_ip_address").length > 0
        ? "gives every instance a public IP (network_interface.ip_configuration.public_ip_address)"
        : undefined,
  },
  settingRule({
    id: "AZ-VM-003",
    title: "Scale sets encrypt temp disks and caches at the host",
    scanners: ["Checkov CKV_AZURE_97", "Trivy: no equivalent (its Azure compute checks cover managed disk encryption only)", "PSRule Azure.VMSS.EncryptionAtHost"],
    resourceType: "azurerm_linux_virtual_machine_scale_set",
    fix: "set encryption_at_host_enabled = true (LinuxVirtualMachineScaleSet `encryptionAtHostEnabled`) once the subscription has the Microsoft.Compute/EncryptionAtHost feature registered",
    argument: "encryption_at_host_enabled",
    providerDefault: false,
    complies: isTrue,
    problem: "leaves temp disks and disk caches unencrypted on the host",
  }),
  settingRule({
    id: "AZ-APIM-001",
    title: "API Management instances are closed to public networks",
    scanners: ["Checkov CKV_AZURE_174", "Trivy: no API Management check", "PSRule Azure.APIM.PublicNetworkAccess"],
    resourceType: "azurerm_api_management",
    fix: "set public_network_access_enabled = false after the instance exists and reach it through a private endpoint, or keep it in Internal VNet mode and suppress with that reason",
    argument: "public_network_access_enabled",
    providerDefault: true,
    complies: isFalse,
    problem: "accepts traffic on its public endpoint",
  }),
  settingRule({
    id: "AZ-AKS-001",
    title: "AKS clusters have Kubernetes RBAC on",
    scanners: ["Checkov CKV_AZURE_5", "Trivy AVD-AZU-0042 (azure-container-use-rbac-permissions)", "PSRule Azure.AKS.UseRBAC"],
    resourceType: AKS,
    fix: "Leave role_based_access_control_enabled true (the provider default).",
    argument: "role_based_access_control_enabled",
    providerDefault: true,
    complies: isTrue,
    problem: "has Kubernetes RBAC off",
  }),
  {
    id: "AZ-AKS-002",
    title: "AKS clusters authorize with Entra ID and Azure RBAC",
    scanners: ["PSRule Azure.AKS.ManagedAAD", "PSRule Azure.AKS.AzureRBAC"],
    resourceTypes: [AKS],
    fix: "Add azure_active_directory_role_based_access_control with azure_rbac_enabled = true (and the tenant's admin group).",
    check: (cluster) => {
      if (valuesAt(cluster.body, "azure_active_directory_role_based_access_control").length === 0) return "has no Entra ID integration (azure_active_directory_role_based_access_control unset)";
      return settingProblem(cluster.body, "azure_active_directory_role_based_access_control.azure_rbac_enabled", false, isTrue, "does not authorize with Azure RBAC");
    },
  },
  settingRule({
    id: "AZ-AKS-003",
    title: "AKS clusters have local accounts disabled",
    scanners: ["Checkov CKV_AZURE_141", "PSRule Azure.AKS.LocalAccounts"],
    resourceType: AKS,
    fix: "Set local_account_disabled = true, so every login goes through Entra ID.",
    argument: "local_account_disabled",
    providerDefault: false,
    complies: isTrue,
    problem: "keeps local accounts",
  }),
  settingRule({
    id: "AZ-AKS-004",
    title: "AKS clusters enforce a network policy",
    scanners: ["Checkov CKV_AZURE_7", "Trivy AVD-AZU-0043 (azure-container-configured-network-policy)", "PSRule Azure.AKS.NetworkPolicy"],
    resourceType: AKS,
    fix: "Set network_profile.network_policy to azure, calico or cilium.",
    argument: "network_profile.network_policy",
    // Unset (or "none"), pods accept traffic from any pod.
    providerDefault: undefined,
    complies: (policy) => typeof policy === "string" && ["azure", "calico", "cilium"].includes(policy),
    problem: "has no network policy",
  }),
  {
    id: "AZ-AKS-005",
    title: "AKS API servers are private or limited to authorized IP ranges",
    scanners: ["Checkov CKV_AZURE_115", "Checkov CKV_AZURE_6", "Trivy AVD-AZU-0065 (azure-container-enable-private-cluster)", "Trivy AVD-AZU-0041 (azure-container-limit-authorized-ips)", "PSRule Azure.AKS.AuthorizedIPs"],
    resourceTypes: [AKS],
    fix: "Set private_cluster_enabled = true, or list the allowed ranges in api_server_access_profile.authorized_ip_ranges.",
    check: (cluster) => {
      if (valueAt<boolean>(cluster.body, "private_cluster_enabled", false) === true) return undefined;
      return valuesAt(cluster.body, "api_server_access_profile.authorized_ip_ranges").length > 0 ? undefined : "exposes its API server to any address (neither private_cluster_enabled nor authorized_ip_ranges)";
    },
  },
  {
    id: "AZ-AKS-006",
    title: "AKS clusters send container logs to Azure Monitor",
    scanners: ["Checkov CKV_AZURE_4", "Trivy AVD-AZU-0040 (azure-container-logging)", "PSRule Azure.AKS.ContainerInsights"],
    resourceTypes: [AKS],
    fix: "Add an oms_agent block with the environment's Log Analytics workspace (Container insights).",
    check: (cluster) => (valuesAt(cluster.body, "oms_agent.log_analytics_workspace_id").length > 0 ? undefined : "has no Container insights (oms_agent unset)"),
  },
  {
    id: "AZ-AKS-007",
    title: "AKS nodes have no public IPs",
    scanners: ["Checkov CKV_AZURE_143"],
    resourceTypes: [AKS, "azurerm_kubernetes_cluster_node_pool"],
    fix: "Leave node_public_ip_enabled false (the provider default) on the default and every other node pool.",
    check: (resource) => {
      const path = resource.type === AKS ? "default_node_pool.node_public_ip_enabled" : "node_public_ip_enabled";
      return settingProblem(resource.body, path, false, isFalse, "gives its nodes public IPs");
    },
  },
];
