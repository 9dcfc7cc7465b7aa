import { Construct } from "constructs";
import { ITerraformDependable } from "cdktf";
import { ContainerApp as AzContainerApp } from "@cdktf/provider-azurerm/lib/container-app";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { CHILD_NAME_RULES, kebab, nameViolation, resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";
import { UserAssignedIdentity } from "../security/user-assigned-identity";
import { CONSUMPTION_PROFILE } from "./container-apps-environment";
import { placeholderImageViolations, validateImage } from "./image-reference";

/** A registry the app pulls its image from; a ContainerRegistry (or its import) fits. */
export interface IImageRegistry {
  /** Host name of the registry, e.g. `abscrsharedweprod1a2b.azurecr.io`. */
  readonly loginServer: string;
  /** Grants AcrPull on the registry to a principal. */
  grantPull(principal: IPrincipal): RoleAssignment;
}

/** A Key Vault secret an environment variable takes its value from. */
export interface KeyVaultSecretRef {
  /** The secret's URL; the versionless one (`resource_versionless_id`) picks up rotations. */
  readonly keyVaultSecretId: string;
}

export interface ContainerAppIngressOptions {
  /** Reachable from outside the environment's network (true) or only inside it (false). */
  readonly external: boolean;
  /** Port the container listens on, 1-65535. */
  readonly targetPort: number;
  /** @default "auto" */
  readonly transport?: "auto" | "http" | "http2" | "tcp";
}

export interface ContainerAppDaprOptions {
  /** Dapr application id other apps call this one by. */
  readonly appId: string;
  /** Port the app listens on for Dapr, 1-65535. @default none: Dapr does not call the app */
  readonly appPort?: number;
  /** @default "http" */
  readonly appProtocol?: "http" | "grpc";
}

export interface ContainerAppProps extends Pick<CommonResourceProps, "name" | "lock" | "roleAssignments" | "tags" | "diagnosticSettings"> {
  /** The Container Apps environment (id) the app runs in; it must have the Consumption profile. */
  readonly environment: { readonly id: string };
  /** Where the app and its identity live. */
  readonly resourceGroup: IResourceGroup;
  /** Name part (`<prefix>-ca-<workload>-<region>-<env>`), the container's name and the identity's workload. */
  readonly workload: string;
  /** Registry the image is pulled from, with the app's identity (granted AcrPull by this construct). */
  readonly registry: IImageRegistry;
  /** `repository:tag` inside the registry, e.g. `erp/orders:1.4.2`: lower-case, without the registry host. */
  readonly image: string;
  /**
   * For a registry the same apply creates (still empty when the app is created, and Azure checks the
   * image then): a public image, `host/repository:tag`, the app is created with. It must serve on the
   * ingress `targetPort`. The running image then belongs to the application's delivery pipeline, which
   * pushes `image` and deploys `deployImage` (`az containerapp update --image`): this configuration ignores
   * later changes of the container's image, so its next apply does not roll the app back.
   * @default none: the app is created with `image`, which the registry must already hold
   */
  readonly placeholderImage?: string;
  /**
   * Also give the app a system-assigned identity, next to the user-assigned one it pulls and reads secrets with.
   * @default false
   */
  readonly systemAssignedIdentity?: boolean;
  /**
   * The user-assigned identity the app runs as. Pass one to grant it roles the first revision needs
   * (Key Vault secrets) before the app exists.
   * @default a new identity named after `workload`
   */
  readonly identity?: UserAssignedIdentity;
  /**
   * vCPUs: 0.25-4 in steps of 0.25 (Consumption profile).
   * @default 0.5
   */
  readonly cpu?: number;
  /**
   * Memory: exactly twice `cpu` in Gi, e.g. "1.5Gi" for 0.75 vCPU (Consumption profile).
   * @default twice `cpu` ("1Gi" for the default 0.5 vCPU)
   */
  readonly memory?: string;
  /**
   * Fewest replicas, 0-1000; 0 lets the app scale to zero (cold starts).
   * @default 1
   */
  readonly minReplicas?: number;
  /**
   * Most replicas, 1-1000, at least `minReplicas`.
   * @default 10
   */
  readonly maxReplicas?: number;
  /**
   * Plain environment variables. Visible in the synthesized JSON and the portal: never put secrets here
   * (use `secretEnv`). Values may be tokens.
   * @default none
   */
  readonly env?: Record<string, string>;
  /**
   * Environment variables read from Key Vault by the app's user-assigned identity. The caller grants that
   * identity Key Vault Secrets User on the vault (`vault.grantSecretsRead(app)`), or the revision cannot
   * start. Each becomes an app secret named after the variable (lower-case, runs of other characters as '-').
   * @default none
   */
  readonly secretEnv?: Record<string, KeyVaultSecretRef>;
  /** Overrides the image's entrypoint. @default the image's */
  readonly command?: string[];
  /** Overrides the image's arguments. @default the image's */
  readonly args?: string[];
  /**
   * HTTP/TCP ingress: all traffic to the latest revision, plain HTTP refused.
   * @default none: the app takes no inbound traffic
   */
  readonly ingress?: ContainerAppIngressOptions;
  /** Dapr sidecar. @default none */
  readonly dapr?: ContainerAppDaprOptions;
  /**
   * Add a replica per this many concurrent HTTP requests (needs `ingress`).
   * @default none: replicas follow only min/max
   */
  readonly httpConcurrency?: number;
  /**
   * HTTP liveness probe: the platform restarts a replica whose endpoint stops answering.
   * @default none
   */
  readonly healthProbe?: { readonly port: number; readonly path: string };
  /**
   * Resources the first revision needs before it starts, e.g. the Key Vault role assignments its
   * `secretEnv` secrets are read with (the AcrPull grant is always waited for).
   * @default none
   */
  readonly dependsOn?: ITerraformDependable[];
}

const PORT_RULE = "must be a whole number from 1 to 65535";

/**
 * A container app on the Consumption profile, single revision, pulling its image with a user-assigned
 * identity that holds AcrPull before the app exists, and reading secrets from Key Vault with it.
 */
export class ContainerApp extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzContainerApp;
  public readonly resourceGroup: IResourceGroup;
  /** The identity the app pulls its image and reads Key Vault secrets with; roles are granted to it. */
  public readonly identity: UserAssignedIdentity;
  /** Object id of `identity`: granting a role to the app grants it to that identity. */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** Apps expose metrics only: their console and system logs are the environment's. */
  protected readonly defaultLogCategoryGroups: readonly string[] = [];
  /** Object id of the system-assigned identity, when `systemAssignedIdentity` is on. */
  public readonly systemAssignedPrincipalId?: string;
  /** FQDN of the latest revision. */
  public readonly latestRevisionFqdn: string;
  /** The app's image in its registry, `<loginServer>/<image>`: what runs, or with `placeholderImage` what the pipeline deploys. */
  public readonly deployImage: string;

  constructor(scope: Construct, id: string, props: ContainerAppProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "containerApp", props);
    assertContainerWorkload(where, props.workload);
    validateImage(where, props.image, "erp/orders");
    if (props.placeholderImage !== undefined) assertNoViolations(where, placeholderImageViolations(props.placeholderImage));
    const { cpu, memory, minReplicas, maxReplicas } = withSizingDefaults(props);
    assertNoViolations(where, containerAppSizingViolations({ cpu, memory, minReplicas, maxReplicas }));
    if (props.dapr) assertNoViolations(where, daprAppIdViolations(props.dapr.appId).map((v) => ({ ...v, field: "dapr.appId" })));
    const ingress = props.ingress;
    if (ingress) check(isWholeNumberIn(ingress.targetPort, 1, 65535), where, "ingress.targetPort", ingress.targetPort, PORT_RULE);
    const appPort = props.dapr?.appPort;
    if (appPort !== undefined) check(isWholeNumberIn(appPort, 1, 65535), where, "dapr.appPort", appPort, PORT_RULE);
    const concurrency = props.httpConcurrency;
    if (concurrency !== undefined) {
      check(isWholeNumberIn(concurrency, 1, Infinity), where, "httpConcurrency", concurrency, "must be a whole number, at least 1");
      check(!!ingress, where, "httpConcurrency", concurrency, "needs ingress: HTTP scaling counts the requests arriving through it");
    }
    const probe = props.healthProbe;
    if (probe) {
      check(isWholeNumberIn(probe.port, 1, 65535), where, "healthProbe.port", probe.port, PORT_RULE);
      check(probe.path.startsWith("/"), where, "healthProbe.path", probe.path, "must be an absolute path such as /healthz");
    }
    const secretNames = secretNamesOf(where, props.env ?? {}, props.secretEnv ?? {});

    this.resourceGroup = props.resourceGroup;
    this.identity = props.identity ?? new UserAssignedIdentity(this, "identity", { resourceGroup: props.resourceGroup, workload: props.workload, tags: props.tags });
    // A system-assigned identity exists only once the app does, too late for the first revision's pull:
    // the user-assigned identity holds AcrPull before the app is created.
    const pull = props.registry.grantPull(this.identity);
    const secretEnv = Object.entries(props.secretEnv ?? {});
    this.deployImage = `${props.registry.loginServer}/${props.image}`;
    this.resource = new AzContainerApp(this, "app", {
      name,
      resourceGroupName: props.resourceGroup.name,
      containerAppEnvironmentId: props.environment.id,
      revisionMode: "Single",
      workloadProfileName: CONSUMPTION_PROFILE,
      identity: {
        type: props.systemAssignedIdentity ? "SystemAssigned, UserAssigned" : "UserAssigned",
        identityIds: [this.identity.id],
      },
      registry: [{ server: props.registry.loginServer, identity: this.identity.id }],
      secret: nonEmpty(
        secretEnv.map(([envName, ref]) => ({ name: secretNames[envName], keyVaultSecretId: ref.keyVaultSecretId, identity: this.identity.id })),
      ),
      ingress: ingress && {
        externalEnabled: ingress.external,
        targetPort: ingress.targetPort,
        transport: ingress.transport ?? "auto",
        allowInsecureConnections: false,
        trafficWeight: [{ latestRevision: true, percentage: 100 }],
      },
      dapr: props.dapr && { appId: props.dapr.appId, appPort, appProtocol: props.dapr.appProtocol ?? "http" },
      template: {
        minReplicas,
        maxReplicas,
        container: [
          {
            name: props.workload,
            image: props.placeholderImage ?? this.deployImage,
            cpu,
            memory,
            command: props.command,
            args: props.args,
            env: nonEmpty([
              ...Object.entries(props.env ?? {}).map(([envName, value]) => ({ name: envName, value })),
              ...secretEnv.map(([envName]) => ({ name: envName, secretName: secretNames[envName] })),
            ]),
            livenessProbe: probe && [{ transport: "HTTP", port: probe.port, path: probe.path }],
          },
        ],
        httpScaleRule: concurrency === undefined ? undefined : [{ name: "http-concurrency", concurrentRequests: String(concurrency) }],
      },
      tags: props.tags,
      dependsOn: [pull.propagated, ...(props.dependsOn ?? [])],
      lifecycle: props.placeholderImage === undefined ? undefined : { ignoreChanges: ["template[0].container[0].image"] },
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.identity.principalId;
    this.systemAssignedPrincipalId = props.systemAssignedIdentity ? this.resource.identity.principalId : undefined;
    this.latestRevisionFqdn = this.resource.latestRevisionFqdn;
    this.initCapabilities(props);
  }
}


/** The workload name of a container app or job is also its container's name: a DNS label. */
export function assertContainerWorkload(where: string, workload: string): void {
  const rule = nameViolation(CHILD_NAME_RULES.dnsLabel, workload);
  check(!rule, where, "workload", workload, `must be ${rule}: it is also the container name`);
}

/** A container app's size and replica range, as the construct and settings express it. */
export interface ContainerAppSizing {
  readonly cpu: number;
  readonly memory: string;
  readonly minReplicas: number;
  readonly maxReplicas: number;
}

/** The sizing defaults of {@link ContainerAppProps}: 0.5 vCPU, twice as many Gi of memory, 1-10 replicas. */
export function withSizingDefaults(sizing: Partial<ContainerAppSizing>): ContainerAppSizing {
  const cpu = sizing.cpu ?? 0.5;
  return { cpu, memory: sizing.memory ?? `${cpu * 2}Gi`, minReplicas: sizing.minReplicas ?? 1, maxReplicas: sizing.maxReplicas ?? 10 };
}

/**
 * The Consumption profile's rules: 0.25-4 vCPU in 0.25 steps with twice as many GiB of memory (the fixed
 * pairs Container Apps accepts, e.g. 0.5/1Gi), and 0-1000 replicas with min <= max.
 */
export function containerAppSizingViolations(s: ContainerAppSizing): Violation[] {
  const violations: Violation[] = [];
  const cpuOk = Number.isInteger(s.cpu * 4) && s.cpu >= 0.25 && s.cpu <= 4;
  if (!cpuOk) violations.push({ field: "cpu", value: s.cpu, rule: "must be 0.25-4 vCPU in steps of 0.25 (Consumption profile)" });
  const expected = `${s.cpu * 2}Gi`;
  if (cpuOk && s.memory !== expected) violations.push({ field: "memory", value: s.memory, rule: `must be twice cpu: "${expected}" for ${s.cpu} vCPU (Consumption profile)` });
  if (!isWholeNumberIn(s.minReplicas, 0, 1000)) violations.push({ field: "minReplicas", value: s.minReplicas, rule: "must be a whole number from 0 to 1000" });
  if (!isWholeNumberIn(s.maxReplicas, 1, 1000)) violations.push({ field: "maxReplicas", value: s.maxReplicas, rule: "must be a whole number from 1 to 1000" });
  if (s.minReplicas > s.maxReplicas) violations.push({ field: "minReplicas", value: s.minReplicas, rule: `must not exceed maxReplicas (${s.maxReplicas})` });
  return violations;
}

/** Dapr app ids are DNS labels: other apps address this one by it. */
export function daprAppIdViolations(appId: string): Violation[] {
  const rule = nameViolation(CHILD_NAME_RULES.dnsLabel, appId);
  return rule ? [{ field: "appId", value: appId, rule: `must be ${rule} (a DNS label)` }] : [];
}

/** App secret name per secret variable: lower-case alphanumerics and '-', distinct, and no clash with `env`. */
function secretNamesOf(where: string, env: Record<string, string>, secretEnv: Record<string, KeyVaultSecretRef>): Record<string, string> {
  const names: Record<string, string> = {};
  const taken = new Map<string, string>();
  for (const envName of Object.keys(secretEnv)) {
    const field = `secretEnv.${envName}`;
    check(!(envName in env), where, field, envName, "must not also be set in env");
    const secretName = kebab(envName);
    check(secretName !== "", where, field, envName, "must contain a letter or digit: the app secret is named after it");
    const clash = taken.get(secretName);
    check(clash === undefined, where, field, envName, `must not map to the same secret name (${secretName}) as ${clash}`);
    taken.set(secretName, envName);
    names[envName] = secretName;
  }
  return names;
}

/** Undefined for an empty list, so the synthesized JSON has no empty blocks. */
function nonEmpty<T>(items: T[]): T[] | undefined {
  return items.length > 0 ? items : undefined;
}
