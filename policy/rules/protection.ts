import type { PolicyContext, PolicyResource, PolicyRule } from "../types";

/**
 * Stateful resource types: deleting one loses data (or, for a resource group, everything in it).
 * A child type names the argument that points at its parent: a lock on the parent protects the child
 * (ARM refuses to delete a locked resource's children), so a database may rely on its server's lock.
 * Resource groups are included because a destroyed group takes every resource with it; they get
 * prevent_destroy, never a lock (AZ-DEL-003).
 */
export const STATEFUL_TYPES: Readonly<Record<string, { readonly parent?: string }>> = {
  azurerm_resource_group: {},
  azurerm_mssql_server: {},
  azurerm_mssql_database: { parent: "server_id" },
  azurerm_postgresql_flexible_server: {},
  azurerm_postgresql_flexible_server_database: { parent: "server_id" },
  // Disaster recovery: deleting the group stops replication to the secondary and takes the listener
  // the connection strings name; deleting the virtual endpoint takes the applications' host name.
  azurerm_mssql_failover_group: { parent: "server_id" },
  azurerm_postgresql_flexible_server_virtual_endpoint: { parent: "source_server_id" },
  azurerm_storage_account: {},
  azurerm_key_vault: {},
  azurerm_container_registry: {},
  azurerm_cosmosdb_account: {},
  azurerm_servicebus_namespace: {},
  azurerm_redis_cache: {},
  // Switching a pattern's cache kind destroys the old cache: the plan gate stops that (README: migrating to Azure Managed Redis).
  azurerm_managed_redis: {},
  azurerm_log_analytics_workspace: {},
  azurerm_app_configuration: {},
  // A replaced cluster loses its workloads' state (persistent volumes' claims, secrets, certificates) and its
  // identities; a replaced pool drains and loses its nodes.
  azurerm_kubernetes_cluster: {},
  azurerm_kubernetes_cluster_node_pool: { parent: "kubernetes_cluster_id" },
  // Its APIs, products, subscriptions and users live in the service (and it takes 30-60 minutes to create).
  azurerm_api_management: {},
  azurerm_servicebus_queue: { parent: "namespace_id" },
  azurerm_key_vault_secret: {},
  azurerm_key_vault_key: {},
  azurerm_storage_share: { parent: "storage_account_id" },
};

/**
 * Stateful types protected by prevent_destroy alone. A lock is inherited by the children of its scope
 * (Microsoft Learn, "Lock your Azure resources to protect your infrastructure": locks apply to all child
 * resources, including resources added later): on a resource group every later delete or replace inside it
 * fails with ScopeLocked (a renamed alert, a tainted resource); on an AKS cluster every node-pool replacement
 * or rotation (`temporary_name_for_rotation`) fails half-way. Key Vault secrets and keys have a data-plane
 * id no lock can take (locks guard the control plane only); soft delete and purge protection keep them
 * recoverable.
 */
const PREVENT_DESTROY_ONLY = new Set(["azurerm_resource_group", "azurerm_kubernetes_cluster", "azurerm_kubernetes_cluster_node_pool", "azurerm_key_vault_secret", "azurerm_key_vault_key"]);

/** A literal ARM id of a resource group, `/subscriptions/<id>/resourceGroups/<name>`. */
const RESOURCE_GROUP_ID = /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/?$/i;

/** Lock levels that stop a delete: CanNotDelete, and ReadOnly, which forbids deletes too. */
const DELETE_BLOCKING_LEVELS = new Set(["CanNotDelete", "ReadOnly"]);

/** Whether a management lock that stops deletion has exactly this resource as its scope. */
function isLocked(resource: PolicyResource, context: PolicyContext): boolean {
  return context
    .referencing(resource, "azurerm_management_lock", "scope")
    .some((lock) => lock.body.scope === resource.ref() && DELETE_BLOCKING_LEVELS.has(lock.body.lock_level));
}

/** The resource a child's parent argument refers to, when it is in the stack. */
function parentOf(resource: PolicyResource, context: PolicyContext): PolicyResource | undefined {
  const argument = STATEFUL_TYPES[resource.type].parent;
  const reference = argument === undefined ? undefined : resource.body[argument];
  return typeof reference === "string" ? context.resources.find((r) => r.ref() === reference) : undefined;
}

export const PROTECTION_RULES: PolicyRule[] = [
  {
    id: "AZ-DEL-001",
    title: "Where stateful resources are protected, each has lifecycle.prevent_destroy",
    scanners: ["no scanner check: project rule (DESIGN.md, environments with protectStatefulResources)"],
    resourceTypes: Object.keys(STATEFUL_TYPES),
    fix: "pass `protectFromDeletion: true` to the L2 construct (the patterns do when the environment's protectStatefulResources is on), which sets lifecycle.prevent_destroy",
    check(resource, context) {
      if (!context.protectStatefulResources) return undefined;
      return resource.body.lifecycle?.prevent_destroy === true ? undefined : "has no lifecycle.prevent_destroy";
    },
  },
  {
    id: "AZ-DEL-002",
    title: "Where stateful resources are protected, each has a CanNotDelete management lock (a database may rely on its server's)",
    scanners: ["no scanner check: Azure Well-Architected / CAF guidance on resource locks for critical resources"],
    resourceTypes: Object.keys(STATEFUL_TYPES).filter((type) => !PREVENT_DESTROY_ONLY.has(type)),
    fix: "pass `protectFromDeletion: true` (or `lock: { kind: \"CanNotDelete\" }`) to the L2 construct: an azurerm_management_lock with lock_level CanNotDelete and the resource's id as scope",
    check(resource, context) {
      if (!context.protectStatefulResources || isLocked(resource, context)) return undefined;
      const parent = parentOf(resource, context);
      if (parent && isLocked(parent, context)) return undefined;
      return STATEFUL_TYPES[resource.type].parent ? "has no CanNotDelete management lock, nor has its server" : "has no CanNotDelete management lock";
    },
  },
  {
    id: "AZ-DEL-003",
    title: "No management lock on a resource group (lock the stateful resources in it instead)",
    scanners: ["no scanner check: project rule (DESIGN.md: never a lock on a resource group)"],
    resourceTypes: ["azurerm_management_lock"],
    fix: "remove the lock; protect the group with lifecycle.prevent_destroy (ResourceGroup's protectFromDeletion) and lock the stateful resources themselves",
    check(lock, context) {
      const scope = lock.body.scope;
      if (typeof scope !== "string") return undefined;
      const group = context.resources.some((r) => r.type === "azurerm_resource_group" && r.ref() === scope);
      return group || RESOURCE_GROUP_ID.test(scope)
        ? "locks a resource group: every resource in it inherits the lock, so every later delete or replace in the group fails (ScopeLocked)"
        : undefined;
    },
  },
];
