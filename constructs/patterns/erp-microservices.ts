import { Construct } from "constructs";
import { TerraformLocal } from "cdktf";
import { DataAzurermClientConfig } from "@cdktf/provider-azurerm/lib/data-azurerm-client-config";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { ContainerApp } from "../compute/container-app";
import { assertNoViolations } from "../core/errors";
import { DiagnosticSettingsOptions, IPrincipal } from "../core/interfaces";
import { RequiredTagsAspect } from "../core/tags";
import { Cache, patternCache } from "../data/cache";
import { ManagedRedis } from "../data/managed-redis";
import { RedisCache } from "../data/redis-cache";
import { SqlServer } from "../data/sql-server";
import { sqlFailover } from "./recovery-region";
import { ApplicationInsights } from "../monitoring/application-insights";
import { LogQueryAlert, serverErrorRateHigh } from "../monitoring/log-query-alert";
import { containerAppRestarts, MetricAlert } from "../monitoring/metric-alert";
import { ResourceGroup } from "../resource-group/resource-group";
import { AppConfiguration } from "../security/app-configuration";
import { KeyVault } from "../security/key-vault";
import type { EnvironmentSettings, ErpSettings } from "../../stacks/settings/schema";
import {
  daprAppIdOf,
  ERP_SECRET_KEYS,
  ERP_SECRETS,
  erpDatabases,
  erpServiceViolations,
  serviceSizing,
  sqlConnectionConfigKey,
  sqlConnectionSecretName,
} from "./erp-services";
import { Foundation } from "./foundation";
import { SharedBackend } from "./shared-backend";
import { suppressPolicy } from "../../policy/suppress";

export interface ErpMicroservicesProps {
  readonly settings: EnvironmentSettings & { readonly erp: ErpSettings };
  /** The network, private DNS zones, workspace and action group it builds on. */
  readonly foundation: Foundation;
  /** The Container Apps environment the services run in and the registry they pull from. */
  readonly sharedBackend: SharedBackend;
}

/**
 * Seed 004's ERP microservices in their own resource group: one container app per service (Dapr on,
 * system identity reading App Configuration), a SQL server with the services' databases, Redis, a Key
 * Vault with the seed's nine secrets, App Configuration with the plain settings and Key Vault references
 * under the seed's key names (labelled with the environment), Application Insights, and alerts on 5xx
 * rate and replica restarts. Data services are reachable only through private endpoints.
 */
export class ErpMicroservices extends Construct {
  public readonly resourceGroup: ResourceGroup;
  public readonly keyVault: KeyVault;
  public readonly sql: SqlServer;
  /** The failover partner in the paired region (recovery.sql.mode failover-group). */
  public readonly sqlSecondary?: SqlServer;
  public readonly redis: Cache;
  public readonly appConfiguration: AppConfiguration;
  public readonly applicationInsights: ApplicationInsights;
  /** The container apps by service name. */
  public readonly services: Readonly<Record<string, ContainerApp>>;

  constructor(scope: Construct, id: string, props: ErpMicroservicesProps) {
    super(scope, id);
    const { settings, foundation, sharedBackend } = props;
    const erp = settings.erp;
    assertNoViolations(this.node.path, erpServiceViolations(erp));
    const workload = "erp";
    const protectFromDeletion = settings.protectStatefulResources;
    const diagnostics: DiagnosticSettingsOptions = { workspace: foundation.logAnalytics };
    RequiredTagsAspect.applyTo(this, { workload: "erp" });

    this.resourceGroup = new ResourceGroup(this, "resource-group", { location: settings.location, workload, protectFromDeletion });
    const resourceGroup = this.resourceGroup;
    const client = new DataAzurermClientConfig(this, "client");
    const deployer = foundation.deployer;

    this.keyVault = new KeyVault(this, "key-vault", {
      resourceGroup,
      workload,
      tenantId: client.tenantId,
      deployer,
      privateEndpoints: [foundation.privateEndpoint("vault")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });

    // On an existing Azure Cache for Redis the seed's contract stands: the cache password and a password
    // connection string in Key Vault, so access keys stay on next to Entra ID. Azure Managed Redis starts
    // with Entra ID only (the services get data access below), and the two secrets change meaning (see there).
    const passwordCache = erp.redis.kind === "cacheForRedis";
    this.redis = patternCache(this, erp.redis, {
      resourceGroup,
      workload,
      accessKeysAuthentication: passwordCache,
      privateEndpoint: (zone) => foundation.privateEndpoint(zone),
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    if (this.redis instanceof RedisCache) {
      suppressPolicy(this.redis, "AZ-REDIS-004", "Seed 004 keeps the cache password and a password connection string in Key Vault; the cache is private and TLS-only.");
    }

    const databases = erpDatabases(erp.services);
    // No vault for the admin password: the seed's vault holds exactly its nine secrets, and the password
    // is inside the six connection strings among them.
    const server = {
      workload,
      tenantId: client.tenantId,
      entraAdmin: erp.sql.entraAdmin ?? { login: "erp-deployer", objectId: deployer.principalId },
      auditing: { workspace: foundation.logAnalytics },
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    };
    this.sql = new SqlServer(this, "sql", {
      ...server,
      resourceGroup,
      databaseDefaults: erp.sql.database,
      databases: databases.map((name) => ({ name })),
      privateEndpoints: [foundation.privateEndpoint("sqlServer")],
    });
    const sqlLogins = "Seed 004's services connect with SQL authentication (connection strings in Key Vault); an Entra ID administrator is set for operators.";
    suppressPolicy(this.sql, "AZ-SQL-008", sqlLogins);
    // Before the connection strings are written: they name the group's listener.
    this.sqlSecondary = sqlFailover(this, this.sql, foundation, settings.recovery, server);
    if (this.sqlSecondary) suppressPolicy(this.sqlSecondary, "AZ-SQL-008", sqlLogins);

    // The seed's nine secrets: generated, or taken from resource attributes; never literals.
    const jwt = this.keyVault.addGeneratedSecret("jwt", { name: ERP_SECRETS.jwt, length: 64, special: false, contentType: "JWT signing key" });
    const secrets: Record<keyof typeof ERP_SECRETS, KeyVaultSecret> = {
      jwt: jwt.secret,
      ...redisSecrets(this, this.redis, this.keyVault),
    };

    this.appConfiguration = new AppConfiguration(this, "app-configuration", {
      resourceGroup,
      workload,
      deployer,
      privateEndpoints: [foundation.privateEndpoint("appConfig")],
      diagnosticSettings: [diagnostics],
      protectFromDeletion,
    });
    // Seed 004's table: the store's identity reads the vault; the services read only the store.
    this.keyVault.grantSecretsRead(this.appConfiguration.principal);
    const label = settings.name;
    const plain = {
      "Jwt:Issuer": erp.jwt.issuer,
      "Jwt:Audience": erp.jwt.audience,
      "Frontend:Origin": erp.frontendOrigin,
      ASPNETCORE_ENVIRONMENT: erp.aspnetcoreEnvironment,
    };
    for (const [key, value] of Object.entries(plain)) this.appConfiguration.addKeyValue(key, value, { label });
    for (const name of Object.keys(ERP_SECRETS) as Array<keyof typeof ERP_SECRETS>) {
      this.appConfiguration.addKeyVaultReference(ERP_SECRET_KEYS[name], secrets[name], { label });
    }
    const databaseSecrets = new Map<string, KeyVaultSecret>();
    for (const database of databases) {
      // Write-only, from the same ephemeral password as the server's in the same run: never in state.
      const secret = this.keyVault.addWriteOnlySecret(`sql-${database.toLowerCase()}`, { name: sqlConnectionSecretName(database), contentType: "SQL connection string", ...this.sql.connectionString(database) });
      this.appConfiguration.addKeyVaultReference(sqlConnectionConfigKey(database), secret, { label });
      databaseSecrets.set(database, secret);
    }

    // Ingestion with the connection string, as the seed's services send telemetry: Entra ID ingestion
    // would need a Monitoring Metrics Publisher role per service, outside the seed's RBAC table. The
    // key only writes telemetry; reading it still takes Entra ID.
    this.applicationInsights = new ApplicationInsights(this, "application-insights", {
      resourceGroup,
      workload,
      workspace: foundation.logAnalytics,
      localAuthenticationDisabled: false,
    });
    suppressPolicy(this.applicationInsights, "AZ-AI-001", "Seed 004's services send telemetry with the connection string; Entra ID ingestion would need a role per service outside its RBAC table.");

    const services: Record<string, ContainerApp> = {};
    for (const service of erp.services) {
      const app = new ContainerApp(this, `service-${service.name}`, {
        environment: sharedBackend.containerApps,
        resourceGroup,
        workload: service.name,
        registry: sharedBackend.registry,
        image: service.image,
        placeholderImage: erp.placeholderImage,
        systemAssignedIdentity: true,
        ...serviceSizing(erp.sizing, service),
        ingress: { external: service.ingress === "external", targetPort: service.targetPort },
        dapr: { appId: daprAppIdOf(service), appPort: service.targetPort },
        httpConcurrency: erp.httpConcurrency,
        env: {
          ASPNETCORE_ENVIRONMENT: erp.aspnetcoreEnvironment,
          APPLICATIONINSIGHTS_CONNECTION_STRING: this.applicationInsights.connectionString,
          Logging__LogLevel__Default: erp.logLevel,
          OpenTelemetry__Enabled: String(erp.openTelemetry),
          AppConfig__Endpoint: this.appConfiguration.endpoint,
          AppConfig__Label: label,
        },
        diagnosticSettings: [diagnostics],
      });
      suppressPolicy(app, "AZ-CA-004", "APPLICATIONINSIGHTS_CONNECTION_STRING as seed 004's services read it: an ingestion-only key (it writes telemetry, reads nothing) that the component's own attribute holds in state anyway.");
      // The system identity exists once the app does; the user-assigned one only pulls the image.
      const runtime: IPrincipal = { principalId: app.resource.identity.principalId };
      this.appConfiguration.grantDataReader(runtime);
      // Without access keys the services reach the cache as themselves (an access policy, not an Azure role).
      if (this.redis instanceof ManagedRedis) this.redis.grantDataAccess(runtime);
      if (erp.servicesReadReferencedSecrets) {
        const own = service.database ? [databaseSecrets.get(service.database)!] : [];
        for (const secret of [...Object.values(secrets), ...own]) this.keyVault.grantSecretRead(runtime, secret);
      }
      services[service.name] = app;
    }
    this.services = services;

    const actionGroupIds = [foundation.actionGroup.id];
    new LogQueryAlert(this, "alert-5xx-rate", {
      resourceGroup,
      workload: "erp-5xx",
      scope: this.applicationInsights.id,
      actionGroupIds,
      ...serverErrorRateHigh(erp.alerts.serverErrorPercent),
    });
    for (const [name, app] of Object.entries(services)) {
      new MetricAlert(this, `alert-restarts-${name}`, { resourceGroup, workload: `erp-${name}-restarts`, scopes: [app.id], actionGroupIds, ...containerAppRestarts(erp.alerts.restarts) });
    }
  }
}

/**
 * Seed 004's two cache secrets, under the seed's names whichever cache the settings chose (App Configuration's
 * `Redis:Connection` and `Redis:Password` reference them, and the seed names nine secrets).
 * - Azure Cache for Redis (access keys on): the provider's password connection string and the access key.
 * - Azure Managed Redis (access keys off): `redis-connection` holds the connection string without a password
 *   (`<host>:10000,ssl=True,abortConnect=False`), to which the client adds a Microsoft Entra token
 *   (Microsoft.Azure.StackExchangeRedis, as the service's identity); `redis-cache-password` holds an empty value,
 *   which StackExchange.Redis reads as "send no password", so a service that still sets it connects with the
 *   token alone. No key exists to leak.
 */
function redisSecrets(scope: Construct, cache: Cache, vault: KeyVault): Record<"redisConnection" | "redisPassword", KeyVaultSecret> {
  const secret = (id: string, name: string, value: string, contentType: string) => vault.addSecret(id, { name, value, contentType });
  if (cache instanceof RedisCache) {
    return {
      redisConnection: secret("redis-connection", ERP_SECRETS.redisConnection, cache.primaryConnectionString, "Redis connection string"),
      redisPassword: secret("redis-password", ERP_SECRETS.redisPassword, cache.primaryAccessKey, "Redis access key"),
    };
  }
  // A local, not a literal: KeyVault.addSecret refuses literals so that no secret reaches the synthesized JSON;
  // the empty string is not one.
  const noPassword = new TerraformLocal(scope, "redis-no-password", "");
  return {
    redisConnection: secret("redis-connection", ERP_SECRETS.redisConnection, `${cache.hostName}:${cache.sslPort},ssl=True,abortConnect=False`, "Redis connection string (Microsoft Entra ID, no password)"),
    redisPassword: secret("redis-password", ERP_SECRETS.redisPassword, noPassword.asString, "none: Microsoft Entra ID authentication"),
  };
}
