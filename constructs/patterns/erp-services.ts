import { isWholeNumberIn, Violation } from "../core/errors";
import { CHILD_NAME_RULES, nameViolation } from "../core/naming";
import { containerAppSizingViolations, daprAppIdViolations, withSizingDefaults } from "../compute/container-app";
import { imageViolations, placeholderImageViolations } from "../compute/image-reference";
import type { ErpServiceSettings, ErpSettings } from "../../stacks/settings/schema";

/**
 * Seed 004's names derived from its data: the Key Vault secrets and App Configuration keys of the ERP
 * system, and the rules its services must follow. The pattern and settings validation both use them.
 */

/** The secrets every ERP environment holds besides one connection string per database [004]. */
export const ERP_SECRETS = { jwt: "jwt-secret-key", redisConnection: "redis-connection", redisPassword: "redis-cache-password" } as const;

/** App Configuration keys that reference the fixed secrets [004]. */
export const ERP_SECRET_KEYS: Record<keyof typeof ERP_SECRETS, string> = {
  jwt: "Jwt:SecretKey",
  redisConnection: "Redis:Connection",
  redisPassword: "Redis:Password",
};

/** `AuthDB` -> `sql-connection-authdb` [004]. */
export function sqlConnectionSecretName(database: string): string {
  return `sql-connection-${database.toLowerCase()}`;
}

/** `AuthDB` -> `Sql:ConnectionStrings:AuthDb` [004]: .NET's configuration binder matches keys case-insensitively. */
export function sqlConnectionConfigKey(database: string): string {
  return `Sql:ConnectionStrings:${database.replace(/DB$/, "Db")}`;
}

/** The databases the services own, in service order, each once. */
export function erpDatabases(services: readonly ErpServiceSettings[]): string[] {
  return [...new Set(services.flatMap((s) => (s.database ? [s.database] : [])))];
}

/** The Dapr app id other services call a service by. */
export function daprAppIdOf(service: ErpServiceSettings): string {
  return service.daprAppId ?? service.name;
}

/**
 * What Container Apps, Dapr, SQL and Key Vault would refuse in the services' settings: illegal or
 * repeated names and Dapr ids, sizes outside the fixed CPU/memory pairs, min > max replicas, bad ports
 * and images, and database names whose derived secret names Key Vault rejects.
 */
export function erpServiceViolations(erp: Pick<ErpSettings, "services" | "sizing" | "httpConcurrency" | "placeholderImage">): Violation[] {
  const violations: Violation[] = [];
  if (erp.placeholderImage !== undefined) violations.push(...placeholderImageViolations(erp.placeholderImage));
  violations.push(...containerAppSizingViolations(erp.sizing).map((v) => ({ ...v, field: `sizing.${v.field}` })));
  if (!isWholeNumberIn(erp.httpConcurrency, 1, 10000)) {
    violations.push({ field: "httpConcurrency", value: erp.httpConcurrency, rule: "must be a whole number from 1 to 10000 (concurrent requests per replica)" });
  }
  const names = new Map<string, number>();
  const daprIds = new Map<string, number>();
  const databases = new Map<string, string>();
  erp.services.forEach((service, i) => {
    const at = (field: string) => `services.${i}.${field}`;
    // The name also names the container: a DNS label.
    const nameRule = nameViolation(CHILD_NAME_RULES.dnsLabel, service.name);
    if (nameRule) violations.push({ field: at("name"), value: service.name, rule: `must be ${nameRule} (a container app name)` });
    const sameName = names.get(service.name);
    if (sameName !== undefined) violations.push({ field: at("name"), value: service.name, rule: `must be unique: services.${sameName} has the same name` });
    names.set(service.name, i);

    const appId = daprAppIdOf(service);
    violations.push(...daprAppIdViolations(appId).map((v) => ({ ...v, field: at("daprAppId") })));
    const sameId = daprIds.get(appId);
    if (sameId !== undefined) violations.push({ field: at("daprAppId"), value: appId, rule: `must be unique: services.${sameId} has the same Dapr app id` });
    daprIds.set(appId, i);

    const overrides = { cpu: service.cpu, memory: service.memory, minReplicas: service.minReplicas, maxReplicas: service.maxReplicas };
    if (Object.values(overrides).some((v) => v !== undefined)) {
      violations.push(...containerAppSizingViolations(serviceSizing(erp.sizing, service)).map((v) => ({ ...v, field: at(v.field) })));
    }
    if (!isWholeNumberIn(service.targetPort, 1, 65535)) violations.push({ field: at("targetPort"), value: service.targetPort, rule: "must be a whole number from 1 to 65535" });
    violations.push(...imageViolations(service.image, "erp/orders").map((v) => ({ ...v, field: at(v.field) })));
    if (service.database !== undefined) {
      violations.push(...databaseNameViolations(service.database).map((v) => ({ ...v, field: at("database") })));
      // SQL and Key Vault names are case-insensitive: AuthDB and Authdb would share one secret.
      const spelling = databases.get(service.database.toLowerCase()) ?? service.database;
      if (spelling !== service.database) violations.push({ field: at("database"), value: service.database, rule: `must be spelled as another service spells it (${spelling}): database names are case-insensitive` });
      databases.set(service.database.toLowerCase(), spelling);
    }
  });
  return violations;
}

/** A service's size: its own overrides over the shared sizing (memory follows an overridden cpu). */
export function serviceSizing(sizing: ErpSettings["sizing"], service: ErpServiceSettings) {
  const cpu = service.cpu ?? sizing.cpu;
  return withSizingDefaults({
    cpu,
    memory: service.memory ?? (service.cpu === undefined ? sizing.memory : undefined),
    minReplicas: service.minReplicas ?? sizing.minReplicas,
    maxReplicas: service.maxReplicas ?? sizing.maxReplicas,
  });
}

/** A database name SQL accepts and whose connection-string secret name Key Vault accepts. */
function databaseNameViolations(database: string): Violation[] {
  const sqlRule = nameViolation(CHILD_NAME_RULES.sqlDatabase, database);
  if (sqlRule) return [{ field: "database", value: database, rule: `must be a legal SQL database name: ${sqlRule}` }];
  const secret = sqlConnectionSecretName(database);
  const secretRule = nameViolation(CHILD_NAME_RULES.keyVaultSecret, secret);
  return secretRule ? [{ field: "database", value: database, rule: `must give a legal Key Vault secret name, but ${secret} is not: ${secretRule}` }] : [];
}
