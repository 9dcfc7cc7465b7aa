import { createHash } from "node:crypto";
import { IConstruct } from "constructs";
import { ValidationError } from "./errors";

/**
 * Azure's naming rules for the resource kinds this project names, with the Cloud Adoption Framework
 * abbreviation each name carries. `globallyUnique` kinds get a short deterministic hash suffix so the
 * name is known (and checked) at synth time without a random resource.
 */
export interface NameRule {
  /** CAF abbreviation used in the name. */
  readonly abbreviation: string;
  readonly minLength: number;
  readonly maxLength: number;
  /** Whole-name pattern: allowed characters plus start and end rules. */
  readonly pattern: RegExp;
  /** The rule in words, used in error messages. */
  readonly description: string;
  /** Hyphens are not allowed: the name is built without separators. */
  readonly compact?: boolean;
  /** Name must be unique across Azure (DNS name): a hash suffix is added. */
  readonly globallyUnique?: boolean;
  /** Consecutive hyphens are not allowed. */
  readonly noDoubleHyphen?: boolean;
}

const standard = (abbreviation: string, minLength: number, maxLength: number): NameRule => ({
  abbreviation,
  minLength,
  maxLength,
  pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*[A-Za-z0-9_]$|^[A-Za-z0-9]$/,
  description: `${minLength}-${maxLength} characters: letters, digits, '_', '.', '-'; start with a letter or digit, end with a letter, digit or '_'`,
});

export const NAME_RULES = {
  resourceGroup: {
    abbreviation: "rg",
    minLength: 1,
    maxLength: 90,
    pattern: /^[A-Za-z0-9_.()-]*[A-Za-z0-9_()-]$/,
    description: "1-90 characters: letters, digits, '_', '.', '(', ')', '-'; must not end with '.'",
  },
  virtualNetwork: standard("vnet", 2, 64),
  subnet: standard("snet", 1, 80),
  networkSecurityGroup: standard("nsg", 1, 80),
  natGateway: standard("ng", 1, 80),
  publicIp: standard("pip", 1, 80),
  ddosProtectionPlan: standard("ddos", 1, 80),
  privateEndpoint: standard("pe", 2, 64),
  virtualMachineScaleSet: standard("vmss", 1, 64),
  userAssignedIdentity: {
    abbreviation: "id",
    minLength: 3,
    maxLength: 128,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*$/,
    description: "3-128 characters: letters, digits, '_', '-'; start with a letter or digit",
  },
  logAnalyticsWorkspace: {
    abbreviation: "log",
    minLength: 4,
    maxLength: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "4-63 characters: letters, digits, '-'; start and end with a letter or digit",
  },
  applicationInsights: {
    abbreviation: "appi",
    minLength: 1,
    maxLength: 260,
    pattern: /^[^%&\\?/\x00-\x1f]*[^%&\\?/\x00-\x1f. ]$/,
    description: "1-260 characters, none of % & \\ ? / or control characters; must not end with ' ' or '.'",
  },
  actionGroup: {
    abbreviation: "ag",
    minLength: 1,
    maxLength: 260,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]*$/,
    description: "1-260 characters: letters, digits, '_', '.', '-'; start with a letter or digit",
  },
  storageAccount: {
    abbreviation: "st",
    minLength: 3,
    maxLength: 24,
    pattern: /^[a-z0-9]+$/,
    description: "3-24 characters: lowercase letters and digits only; unique across Azure",
    compact: true,
    globallyUnique: true,
  },
  keyVault: {
    abbreviation: "kv",
    minLength: 3,
    maxLength: 24,
    pattern: /^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "3-24 characters: letters, digits, '-'; start with a letter, end with a letter or digit, no '--'; unique across Azure",
    globallyUnique: true,
    noDoubleHyphen: true,
  },
  redisCache: {
    abbreviation: "redis",
    minLength: 1,
    maxLength: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$|^[A-Za-z0-9]$/,
    description: "1-63 characters: letters, digits, '-'; start and end with a letter or digit, no '--'; unique across Azure",
    globallyUnique: true,
    noDoubleHyphen: true,
  },
  // Azure Managed Redis (Microsoft.Cache/redisEnterprise): CAF abbreviation `amr` (CAF "Abbreviation
  // recommendations for Azure resources"); its host name is `<name>.<region>.redis.azure.net`.
  managedRedis: {
    abbreviation: "amr",
    minLength: 1,
    maxLength: 60,
    pattern: /^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$|^[A-Za-z]$/,
    description: "1-60 characters: letters, digits, '-'; start with a letter, end with a letter or digit, no '--'; unique across Azure",
    globallyUnique: true,
    noDoubleHyphen: true,
  },
  containerAppsEnvironment: {
    abbreviation: "cae",
    minLength: 2,
    maxLength: 60,
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    description: "2-60 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit",
  },
  containerApp: {
    abbreviation: "ca",
    minLength: 2,
    maxLength: 32,
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    description: "2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'",
    noDoubleHyphen: true,
  },
  containerAppJob: {
    abbreviation: "caj",
    minLength: 2,
    maxLength: 32,
    pattern: /^[a-z][a-z0-9-]*[a-z0-9]$/,
    description: "2-32 characters: lower-case letters, digits, '-'; start with a letter, end with a letter or digit, no '--'",
    noDoubleHyphen: true,
  },
  virtualNetworkPeering: standard("peer", 1, 80),
  networkWatcherFlowLog: standard("fl", 1, 80),
  postgresqlFlexibleServer: {
    abbreviation: "psql",
    minLength: 3,
    maxLength: 63,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
    description: "3-63 characters: lower-case letters, digits, '-'; start and end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  serviceBusNamespace: {
    abbreviation: "sbns",
    minLength: 6,
    maxLength: 50,
    pattern: /^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "6-50 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  appServicePlan: {
    abbreviation: "asp",
    minLength: 1,
    maxLength: 60,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*$/,
    description: "1-60 characters: letters, digits, '-'",
  },
  webApp: {
    abbreviation: "app",
    minLength: 2,
    maxLength: 60,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "2-60 characters: letters, digits, '-'; start and end with a letter or digit; unique across Azure (it is a host name)",
    globallyUnique: true,
  },
  applicationGateway: standard("agw", 1, 80),
  wafPolicy: standard("waf", 1, 128),
  autoscaleSetting: standard("as", 1, 260),
  metricAlert: standard("ma", 1, 260),
  logQueryAlert: standard("sqr", 1, 260),
  budget: {
    abbreviation: "budget",
    minLength: 1,
    maxLength: 63,
    pattern: /^[A-Za-z0-9_-]+$/,
    description: "1-63 characters: letters, digits, '_', '-'",
  },
  sqlServer: {
    abbreviation: "sql",
    minLength: 1,
    maxLength: 63,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$/,
    description: "1-63 characters: lower-case letters, digits, '-'; start and end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  /** The read-write listener `<name>.database.windows.net`: a DNS label, like the server's. */
  sqlFailoverGroup: {
    abbreviation: "sqlfg",
    minLength: 1,
    maxLength: 63,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$|^[a-z0-9]$/,
    description: "1-63 characters: lower-case letters, digits, '-'; start and end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  appConfiguration: {
    abbreviation: "appcs",
    minLength: 5,
    maxLength: 50,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "5-50 characters: letters, digits, '-'; start and end with a letter or digit, no '--'; unique across Azure",
    globallyUnique: true,
    noDoubleHyphen: true,
  },
  kubernetesCluster: {
    abbreviation: "aks",
    minLength: 1,
    maxLength: 63,
    pattern: /^[A-Za-z0-9][A-Za-z0-9_-]*[A-Za-z0-9]$/,
    description: "1-63 characters: letters, digits, '_', '-'; start and end with a letter or digit",
  },
  cosmosDbAccount: {
    abbreviation: "cosmos",
    minLength: 3,
    maxLength: 44,
    pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
    description: "3-44 characters: lower-case letters, digits, '-'; start and end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  frontDoorProfile: standard("afd", 1, 260),
  frontDoorEndpoint: {
    abbreviation: "fde",
    minLength: 2,
    maxLength: 46,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "2-46 characters: letters, digits, '-'; start and end with a letter or digit; unique across Azure (it is a host name)",
    globallyUnique: true,
  },
  apiManagement: {
    abbreviation: "apim",
    minLength: 1,
    maxLength: 50,
    pattern: /^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "1-50 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  signalR: {
    abbreviation: "sigr",
    minLength: 3,
    maxLength: 63,
    pattern: /^[A-Za-z][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "3-63 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure",
    globallyUnique: true,
  },
  cognitiveAccount: {
    abbreviation: "cog",
    minLength: 2,
    maxLength: 64,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "2-64 characters: letters, digits, '-'; start and end with a letter or digit; unique across Azure (custom subdomain)",
    globallyUnique: true,
  },
  functionApp: {
    abbreviation: "func",
    minLength: 2,
    maxLength: 60,
    pattern: /^[A-Za-z0-9][A-Za-z0-9-]*[A-Za-z0-9]$/,
    description: "2-60 characters: letters, digits, '-'; start and end with a letter or digit; unique across Azure (it is a host name)",
    globallyUnique: true,
  },
  containerRegistry: {
    abbreviation: "cr",
    minLength: 5,
    maxLength: 50,
    pattern: /^[A-Za-z0-9]+$/,
    description: "5-50 characters: letters and digits only; unique across Azure",
    compact: true,
    globallyUnique: true,
  },
} satisfies Record<string, NameRule>;

export type NamedKind = keyof typeof NAME_RULES;

/** Blob containers and file shares follow the same DNS-label rule. */
const storageChildRule: NameRule = {
  abbreviation: "",
  minLength: 3,
  maxLength: 63,
  pattern: /^[a-z0-9][a-z0-9-]*[a-z0-9]$/,
  description: "3-63 characters: lowercase letters, digits, '-'; start and end with a letter or digit, no '--'",
  noDoubleHyphen: true,
};

/** Rules for names that are chosen, not generated (child resources). */
export const CHILD_NAME_RULES = {
  /** A DNS label: container names, Dapr app ids, services other apps address by name. */
  dnsLabel: {
    abbreviation: "",
    minLength: 1,
    maxLength: 63,
    pattern: /^[a-z]([a-z0-9-]*[a-z0-9])?$/,
    description: "1-63 lower-case letters, digits or '-', starting with a letter and ending with a letter or digit, no '--'",
    noDoubleHyphen: true,
  },
  storageContainer: storageChildRule,
  fileShare: storageChildRule,
  keyVaultSecret: {
    abbreviation: "",
    minLength: 1,
    maxLength: 127,
    pattern: /^[A-Za-z0-9-]+$/,
    description: "1-127 characters: letters, digits and '-'",
  },
  sqlDatabase: {
    abbreviation: "",
    minLength: 1,
    maxLength: 128,
    pattern: /^[^<>*%&:\\/?\x00-\x1f]*[^<>*%&:\\/?\x00-\x1f. ]$/,
    description: "1-128 characters, none of < > * % & : \\ / ? or control characters; must not end with '.' or ' '",
  },
} satisfies Record<string, NameRule>;

/** Returns the rule a name breaks, or undefined when it is legal. */
export function nameViolation(rule: NameRule, name: string): string | undefined {
  const ok =
    name.length >= rule.minLength &&
    name.length <= rule.maxLength &&
    rule.pattern.test(name) &&
    !(rule.noDoubleHyphen && name.includes("--"));
  return ok ? undefined : rule.description;
}

/** Throws a ValidationError naming the construct, the field and the rule when `name` is illegal. */
export function assertName(rule: NameRule, name: string, where: string, field: string): void {
  const violation = nameViolation(rule, name);
  if (violation) throw new ValidationError(where, field, name, violation);
}

export interface NamingProps {
  /** Organisation prefix, e.g. `abs`. */
  readonly prefix: string;
  /** Short region code, e.g. `we` for westeurope. */
  readonly regionCode: string;
  /** Environment name, e.g. `prod`. */
  readonly environment: string;
}

const namingByScope = new WeakMap<IConstruct, Naming>();

/**
 * Builds every resource name as `<prefix>-<abbreviation>[-<workload>]-<region>-<env>`, or its compact
 * legal form for kinds that forbid hyphens, plus a hash suffix for globally unique kinds.
 */
export class Naming {
  /** The naming attached to the nearest enclosing scope (normally the stack). */
  public static of(scope: IConstruct): Naming {
    for (const s of [...scope.node.scopes].reverse()) {
      const naming = namingByScope.get(s);
      if (naming) return naming;
    }
    throw new ValidationError(scope.node.path, "naming", undefined, "no Naming attached to an enclosing scope: call Naming.attach(stack, naming)");
  }

  constructor(public readonly props: NamingProps) {}

  /** Makes this naming the one `Naming.of` finds below `scope`. */
  public attachTo(scope: IConstruct): this {
    namingByScope.set(scope, this);
    return this;
  }

  /** The name for a resource of `kind`, optionally for a workload (`core`, `tfstate`, ...). */
  public name(kind: NamedKind, workload?: string): string {
    const rule: NameRule = NAME_RULES[kind];
    const { prefix, regionCode, environment } = this.props;
    const parts = [prefix, rule.abbreviation, workload, regionCode, environment].filter((p): p is string => !!p);
    const all = rule.globallyUnique ? [...parts, this.hash(kind, workload)] : parts;
    const hyphenated = all.join("-");
    // Compact form for kinds that forbid hyphens, and for short global names the hyphens would overflow.
    if (rule.compact || (rule.globallyUnique && hyphenated.length > rule.maxLength)) {
      return all.join("").toLowerCase().replace(/[^a-z0-9]/g, "");
    }
    return hyphenated;
  }

  /** Deterministic 4-character suffix from the settings that make the name. */
  private hash(kind: string, workload: string | undefined): string {
    const { prefix, regionCode, environment } = this.props;
    return createHash("sha256").update([prefix, kind, workload ?? "", regionCode, environment].join("/")).digest("hex").slice(0, 4);
  }
}

/**
 * A construct's resource name: the one its props give, or the generated one; either way checked
 * against the kind's rule, so an illegal name stops synthesis with the construct path.
 */
export function resourceName(scope: IConstruct, kind: NamedKind, props: { readonly name?: string; readonly workload?: string }): string {
  const name = props.name ?? Naming.of(scope).name(kind, props.workload);
  assertName(NAME_RULES[kind], name, scope.node.path, "name");
  return name;
}

/**
 * Lower-case letters and digits joined by single hyphens (`Key Vault Secrets User` ->
 * `key-vault-secrets-user`, `DeveloperRead` -> `developer-read`): for construct ids and the free-form
 * names Azure and Confluent give child objects.
 */
export function kebab(text: string): string {
  return text
    .replace(/([a-z0-9])([A-Z])/g, "$1-$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
