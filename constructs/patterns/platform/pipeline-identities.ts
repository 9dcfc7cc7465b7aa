import { Construct } from "constructs";
import { Lazy } from "cdktf";
import { ValidationError } from "../../core/errors";
import { IResourceGroup } from "../../core/interfaces";
import { builtInRoleId } from "../../security/built-in-roles";
import { RoleAssignment } from "../../security/role-assignment";
import { RoleDefinition } from "../../security/role-definition";
import { UserAssignedIdentity } from "../../security/user-assigned-identity";

/** GitHub Actions' OIDC token issuer. */
export const GITHUB_OIDC_ISSUER = "https://token.actions.githubusercontent.com";

/** One environment the pipeline deploys. */
export interface PipelineEnvironment {
  /** Environment (stack) name. */
  readonly name: string;
  /** The identity's name (PlatformLayout): the environment stack looks it up by it. */
  readonly identityName: string;
  /** GitHub environment its apply jobs run in: the federated credential's subject. */
  readonly githubEnvironment: string;
  /** `/subscriptions/<id>` the environment deploys to. */
  readonly subscriptionScope: string;
  /** Its state blob's name in the state container (`<env>.tfstate`). */
  readonly stateBlob: string;
  /** ARM ids (versionless) of the Key Vault keys its state is encrypted with. */
  readonly stateKeyIds: string[];
}

export interface PipelineIdentitiesProps {
  readonly resourceGroup: IResourceGroup;
  /** Names the custom roles apart from another estate's in the same tenant (`abs-shared`). */
  readonly roleNamePrefix: string;
  /** `/subscriptions/<id>` of the platform: where the custom roles are defined. */
  readonly platformSubscriptionScope: string;
  readonly github: { readonly owner: string; readonly repository: string; readonly immutableIds?: { readonly owner: number; readonly repository: number } };
  readonly environments: readonly PipelineEnvironment[];
  /** The plan identity's name (PlatformLayout). */
  readonly planIdentityName: string;
  /** ARM id of the state container (`.../blobServices/default/containers/tfstate`). */
  readonly stateContainerId: string;
  /** The hub network the environments peer with. */
  readonly hubNetworkId: string;
  /** The group of the central privatelink zones. */
  readonly dnsResourceGroupId: string;
  /**
   * Built-in roles the environment stacks grant: each pipeline identity may assign exactly these. Read
   * lazily, at synthesis, so the environment stacks can be built after this one.
   */
  readonly grantedRoles: () => readonly string[];
}

/**
 * The pipeline's identities: one user-assigned identity per environment that applies it, and one
 * read-only identity that plans every environment and checks drift. They sign in with GitHub's OIDC
 * tokens (federated credentials, no client secret) and hold exactly what their runs need:
 *
 * - deploy (per environment): Contributor on its subscription; Role Based Access Control Administrator
 *   there, narrowed by an ABAC condition to the built-in roles the estate grants; a custom role for the
 *   management locks on stateful resources (Contributor cannot write `Microsoft.Authorization/*`);
 *   peering with the hub; joining the central privatelink zones (records and network links); its own
 *   state blob (blob path condition) and its state encryption keys.
 * - plan: read everything, plus the list-keys actions and data-plane reads a refresh performs, and no
 *   write; the state container read-only and every environment's state keys (to decrypt state and
 *   encrypt plans). Plans run with `-lock=false`: a plan never writes state.
 */
export class PipelineIdentities extends Construct {
  /** Deploy identities by environment name. */
  public readonly deploy: Record<string, UserAssignedIdentity> = {};
  public readonly plan: UserAssignedIdentity;

  constructor(scope: Construct, id: string, props: PipelineIdentitiesProps) {
    super(scope, id);
    const { resourceGroup, github } = props;
    const ids = github.immutableIds;
    // GitHub's subject: `repo:<owner>/<repo>`, or with the numeric ids for immutable subjects.
    const repo = ids ? `repo:${github.owner}@${ids.owner}/${github.repository}@${ids.repository}` : `repo:${github.owner}/${github.repository}`;
    const subscriptions = [...new Set([props.platformSubscriptionScope, ...props.environments.map((e) => e.subscriptionScope)])];
    const role = (roleId: string, name: string, description: string, actions: string[], dataActions: string[] = []) =>
      new RoleDefinition(this, `role-${roleId}`, { name: `${name} (${props.roleNamePrefix})`, description, scope: props.platformSubscriptionScope, actions, dataActions, assignableScopes: subscriptions });
    const locks = role("locks", "Estate lock operator", "Manage management locks on the estate's stateful resources.", ["Microsoft.Authorization/locks/read", "Microsoft.Authorization/locks/write", "Microsoft.Authorization/locks/delete"]);
    const peering = role("hub-peering", "Estate hub peering", "Peer an environment network with the deployment hub.", [
      "Microsoft.Network/virtualNetworks/read",
      "Microsoft.Network/virtualNetworks/peer/action",
      "Microsoft.Network/virtualNetworks/virtualNetworkPeerings/read",
      "Microsoft.Network/virtualNetworks/virtualNetworkPeerings/write",
      "Microsoft.Network/virtualNetworks/virtualNetworkPeerings/delete",
    ]);
    const dns = role("dns-join", "Estate private DNS joiner", "Register private endpoints in, and link networks to, the central privatelink zones.", [
      "Microsoft.Network/privateDnsZones/read",
      "Microsoft.Network/privateDnsZones/join/action",
      "Microsoft.Network/privateDnsZones/A/read",
      "Microsoft.Network/privateDnsZones/virtualNetworkLinks/read",
      "Microsoft.Network/privateDnsZones/virtualNetworkLinks/write",
      "Microsoft.Network/privateDnsZones/virtualNetworkLinks/delete",
    ]);
    const planReader = role("plan-reader", "Estate plan reader", "Refresh every resource of the estate: read, list keys and read data planes; no writes.", PLAN_ACTIONS, PLAN_DATA_ACTIONS);

    const estateRoles = Lazy.stringValue({ produce: () => roleIdList(this.node.path, props.grantedRoles()) });
    for (const env of props.environments) {
      const identity = new UserAssignedIdentity(this, `deploy-${env.name}`, { resourceGroup, name: env.identityName });
      identity.addFederatedCredential({ name: `github-environment-${env.githubEnvironment.replace(/[^A-Za-z0-9_-]/g, "-")}`, issuer: GITHUB_OIDC_ISSUER, subject: `${repo}:environment:${env.githubEnvironment}` });
      const grant = (grantId: string, scopeId: string, roleName: string, extra: { roleDefinitionId?: string; condition?: string } = {}) =>
        new RoleAssignment(identity, `grant-${grantId}`, { scope: scopeId, principal: identity, roleDefinitionName: roleName, ...extra });
      grant("contributor", env.subscriptionScope, "Contributor");
      grant("role-assignments", env.subscriptionScope, "Role Based Access Control Administrator", { condition: onlyAssigning(estateRoles) });
      grant("locks", env.subscriptionScope, locks.name, { roleDefinitionId: locks.roleDefinitionId });
      grant("hub-peering", props.hubNetworkId, peering.name, { roleDefinitionId: peering.roleDefinitionId });
      grant("dns-join", props.dnsResourceGroupId, dns.name, { roleDefinitionId: dns.roleDefinitionId });
      // The environment stack reads its own identity's principal id (who it grants data-plane roles to).
      grant("self-read", identity.id, "Reader");
      grant("state", props.stateContainerId, "Storage Blob Data Contributor", { condition: onlyBlobsUnder(env.stateBlob) });
      env.stateKeyIds.forEach((keyId, i) => grant(`state-key-${i}`, keyId, "Key Vault Crypto User"));
      this.deploy[env.name] = identity;
    }

    this.plan = new UserAssignedIdentity(this, "plan", { resourceGroup, name: props.planIdentityName });
    this.plan.addFederatedCredential({ name: "github-pull-request", issuer: GITHUB_OIDC_ISSUER, subject: `${repo}:pull_request` });
    this.plan.addFederatedCredential({ name: "github-main", issuer: GITHUB_OIDC_ISSUER, subject: `${repo}:ref:refs/heads/main` });
    subscriptions.forEach((scopeId, i) => new RoleAssignment(this.plan, `grant-plan-reader-${i}`, { scope: scopeId, principal: this.plan, roleDefinitionName: planReader.name, roleDefinitionId: planReader.roleDefinitionId }));
    new RoleAssignment(this.plan, "grant-state", { scope: props.stateContainerId, principal: this.plan, roleDefinitionName: "Storage Blob Data Reader" });
    props.environments.flatMap((e) => e.stateKeyIds).forEach((keyId, i) => new RoleAssignment(this.plan, `grant-state-key-${i}`, { scope: keyId, principal: this.plan, roleDefinitionName: "Key Vault Crypto User" }));
  }
}

/**
 * Beyond reading everything, the POST actions azurerm calls while reading resources (keys, connection strings,
 * app settings, kubeconfig), so a refresh succeeds without any write right.
 */
export const PLAN_ACTIONS = [
  "*/read",
  // azurerm 4.55 Read functions that fail the refresh without their POST (provider source in brackets):
  "Microsoft.Cache/redis/listKeys/action", // [redis_cache_resource.go]
  "Microsoft.Cache/redisEnterprise/databases/listKeys/action", // [managed_redis_resource.go]
  "Microsoft.AppConfiguration/configurationStores/ListKeys/action", // [app_configuration_resource.go]
  "Microsoft.DocumentDB/databaseAccounts/listKeys/action", // [cosmosdb_account_resource.go]
  "Microsoft.DocumentDB/databaseAccounts/readonlykeys/action",
  "Microsoft.DocumentDB/databaseAccounts/listConnectionStrings/action",
  "Microsoft.Web/sites/config/list/action", // app settings, connection strings, publishing credentials [linux_*_app_resource.go]
  "Microsoft.App/containerApps/listSecrets/action", // [container_app_resource.go]
  "Microsoft.App/jobs/listSecrets/action", // [container_app_job_resource.go]
  "Microsoft.ContainerService/managedClusters/listClusterUserCredential/action", // [kubernetes_cluster_resource.go]
  "Microsoft.SignalRService/SignalR/listkeys/action", // [signalr_service_resource.go]
  "Microsoft.ApiManagement/service/portalSettings/listSecrets/action", // [api_management_resource.go]
  "Microsoft.ApiManagement/service/tenant/listSecrets/action",
  // Called on every read; a 403 is tolerated but logged, so allowed to keep refreshes quiet.
  "Microsoft.Storage/storageAccounts/listkeys/action",
  "Microsoft.ServiceBus/namespaces/authorizationRules/listkeys/action",
  "Microsoft.OperationalInsights/workspaces/sharedKeys/action",
  "Microsoft.CognitiveServices/accounts/listKeys/action",
];

/** The data-plane reads a refresh performs: Key Vault secrets, keys (and rotation policies), certificates; App Configuration key-values. */
export const PLAN_DATA_ACTIONS = [
  "Microsoft.KeyVault/vaults/secrets/getSecret/action",
  "Microsoft.KeyVault/vaults/secrets/readMetadata/action",
  "Microsoft.KeyVault/vaults/keys/read",
  "Microsoft.KeyVault/vaults/keyrotationpolicies/read",
  "Microsoft.KeyVault/vaults/certificates/read",
  "Microsoft.AppConfiguration/configurationStores/keyValues/read",
];

/** The role definition ids of built-in roles, comma-separated; an unknown role stops synthesis. */
function roleIdList(where: string, roles: readonly string[]): string {
  const ids = [...new Set(roles)].sort().map((name) => {
    const roleId = builtInRoleId(name);
    if (!roleId) throw new ValidationError(where, "grantedRoles", name, "must be a built-in role listed in constructs/security/built-in-roles.ts (the pipeline may assign only roles whose id it knows)");
    return roleId;
  });
  return ids.join(", ");
}

/**
 * ABAC condition (Microsoft's "constrain roles" delegation): role assignments may be created and
 * deleted only for the listed role definition ids.
 */
export function onlyAssigning(roleIds: string): string {
  return [
    `((!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})) OR (@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${roleIds}}))`,
    `((!(ActionMatches{'Microsoft.Authorization/roleAssignments/delete'})) OR (@Resource[Microsoft.Authorization/roleAssignments:RoleDefinitionId] ForAnyOfAnyValues:GuidEquals {${roleIds}}))`,
  ].join(" AND ");
}

/**
 * ABAC condition: blob reads, writes (the lease lock is a write) and deletes only of blobs whose path
 * starts with `prefix`, and listing only with that prefix (OpenTofu lists `<key>env:` for workspaces).
 * Composed from Microsoft's "read or list blobs in named containers with a path" and "write blobs with
 * a path" examples (Azure Storage ABAC examples).
 */
export function onlyBlobsUnder(prefix: string): string {
  const blobs = "Microsoft.Storage/storageAccounts/blobServices/containers/blobs";
  const gated = ["write", "add/action", "delete", "move/action"].map((a) => ` AND !(ActionMatches{'${blobs}/${a}'})`).join("");
  return [
    `((!(ActionMatches{'${blobs}/read'} AND NOT SubOperationMatches{'Blob.List'})${gated})`,
    ` OR (@Resource[${blobs}:path] StringStartsWith '${prefix}'))`,
    ` AND ((!(ActionMatches{'${blobs}/read'} AND SubOperationMatches{'Blob.List'}))`,
    ` OR (@Request[${blobs}:prefix] StringStartsWith '${prefix}'))`,
  ].join("");
}
