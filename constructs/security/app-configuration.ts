import { createHash } from "node:crypto";
import { Construct } from "constructs";
import { AppConfiguration as AzAppConfiguration } from "@cdktf/provider-azurerm/lib/app-configuration";
import { AppConfigurationKey } from "@cdktf/provider-azurerm/lib/app-configuration-key";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { kebab, resourceName } from "../core/naming";
import { KeyVaultSecretReference, versionlessSecretUrl } from "./key-vault-secret-reference";
import { RoleAssignment } from "./role-assignment";

export interface AppConfigurationProps extends CommonResourceProps {
  /** Where the store lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-appcs-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * `premium` adds replicas and a higher request quota. The free tier is not offered: it has no
   * private endpoints and no SLA.
   * @default "standard"
   */
  readonly sku?: "standard" | "premium";
  /**
   * Access keys (connection strings). Off, Entra ID RBAC is the only way in.
   * @default false
   */
  readonly localAuthentication?: boolean;
  /**
   * Reachable from the internet (still behind Entra ID); otherwise private endpoints only.
   * @default false
   */
  readonly publicNetworkAccess?: boolean;
  /**
   * A deleted store cannot be purged before its retention ends. Azure never lets it be turned off again.
   * @default true
   */
  readonly purgeProtection?: boolean;
  /**
   * Days a deleted store stays recoverable, 1-7.
   * @default 7
   */
  readonly softDeleteRetentionDays?: number;
  /**
   * The identity running the deployment: granted App Configuration Data Owner, which writing the keys
   * this construct declares needs (they go through the data plane, not ARM). It also needs network
   * line of sight to the store: a private endpoint when public access is off.
   * @default none: the deployer must already hold that role
   */
  readonly deployer?: IPrincipal;
}

export interface KeyValueOptions {
  /**
   * Label, e.g. an environment; the same key may exist once per label.
   * @default none (the null label)
   */
  readonly label?: string;
  /** @default none */
  readonly contentType?: string;
}

export interface KeyVaultReferenceOptions {
  /**
   * Label, e.g. an environment; the same key may exist once per label.
   * @default none (the null label)
   */
  readonly label?: string;
}

/** Our practical limit, not Azure's: Azure bounds only the whole key-value (10 KB); a longer key is a mistake. */
const MAX_KEY_LENGTH = 1024;
/** Characters reserved in key and label filters: a label holding one cannot be selected without escaping. */
const RESERVED_LABEL_CHARACTERS = /[*,\\]/;

/**
 * An App Configuration store: standard SKU, Entra ID only (access keys off), private endpoints only,
 * purge protection and a system-assigned identity (seed 004 grants it Key Vault reads; Azure uses it
 * for customer-managed keys). Settings are key-values; secrets stay in Key Vault and are referenced.
 */
export class AppConfiguration extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzAppConfiguration;
  public readonly resourceGroup: IResourceGroup;
  /** Data-plane endpoint (`https://<name>.azconfig.io`), what applications connect to. */
  public readonly endpoint: string;
  /** Object id of the store's system-assigned identity. */
  public readonly principalId: string;
  /** The store's system-assigned identity, for grants such as `vault.grantSecretsRead(store.principal)`. */
  public readonly principal: IPrincipal;
  protected readonly defaultPrivateEndpointSubresource = "configurationStores";
  private readonly deployerGrant?: RoleAssignment;
  private readonly keysByAddress = new Map<string, AppConfigurationKey>();

  constructor(scope: Construct, id: string, props: AppConfigurationProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "appConfiguration", props);
    const sku = props.sku ?? "standard";
    check(["standard", "premium"].includes(sku), where, "sku", sku, "must be standard or premium: the free tier has no private endpoints and no SLA");
    const days = props.softDeleteRetentionDays ?? 7;
    check(isWholeNumberIn(days, 1, 7), where, "softDeleteRetentionDays", days, "must be a whole number of days, 1-7");

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzAppConfiguration(this, "store", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku,
      localAuthEnabled: props.localAuthentication ?? false,
      publicNetworkAccess: props.publicNetworkAccess ? "Enabled" : "Disabled",
      purgeProtectionEnabled: props.purgeProtection ?? true,
      softDeleteRetentionDays: days,
      identity: { type: "SystemAssigned" },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.endpoint = this.resource.endpoint;
    this.principalId = this.resource.identity.principalId;
    this.principal = { principalId: this.principalId, principalType: "ServicePrincipal" };
    this.deployerGrant = props.deployer && this.grantDataOwner(props.deployer);
    this.initCapabilities(props);
  }

  /** The key-values and Key Vault references added so far. */
  public get keys(): readonly AppConfigurationKey[] {
    return [...this.keysByAddress.values()];
  }

  /** Read key-values (App Configuration Data Reader): what an application needs. */
  public grantDataReader(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "App Configuration Data Reader");
  }

  /** Read and write key-values (App Configuration Data Owner). */
  public grantDataOwner(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "App Configuration Data Owner");
  }

  /** A plain setting. Not for secrets: those go to Key Vault and are added with `addKeyVaultReference`. */
  public addKeyValue(key: string, value: string, options: KeyValueOptions = {}): AppConfigurationKey {
    return this.addKey(key, options.label, { type: "kv", value, contentType: options.contentType });
  }

  /**
   * A Key Vault reference: the application's App Configuration provider resolves it with its own
   * identity, which needs read access to the secret. The reference is the secret's versionless URL,
   * so a new secret version is picked up without touching the store.
   */
  public addKeyVaultReference(key: string, secret: KeyVaultSecretReference, options: KeyVaultReferenceOptions = {}): AppConfigurationKey {
    const url = versionlessSecretUrl(this.node.path, `keys.${key}.secret`, secret);
    return this.addKey(key, options.label, { type: "vault", vaultKeyReference: url });
  }

  private addKey(
    key: string,
    label: string | undefined,
    content: { type: "kv" | "vault"; value?: string; contentType?: string; vaultKeyReference?: string },
  ): AppConfigurationKey {
    const where = this.node.path;
    check(
      key.length > 0 && key.length <= MAX_KEY_LENGTH && !key.includes("%") && key !== "." && key !== "..",
      where,
      "keys",
      key,
      `must be 1-${MAX_KEY_LENGTH} characters, without '%', and not "." or ".."`,
    );
    if (label !== undefined) {
      check(
        label.length > 0 && !RESERVED_LABEL_CHARACTERS.test(label),
        where,
        `keys.${key}.label`,
        label,
        "must be non-empty (omit it for no label) and contain none of '*', ',' or '\\': they are reserved in label filters",
      );
    }
    const address = JSON.stringify([key, label ?? null]);
    const labelled = label === undefined ? "with no label" : `with label ${JSON.stringify(label)}`;
    check(!this.keysByAddress.has(address), where, "keys", key, `must be added once ${labelled}: it already exists`);
    const created = new AppConfigurationKey(this, this.keyConstructId(key, label), {
      configurationStoreId: this.id,
      key,
      label,
      ...content,
      dependsOn: this.dataPlaneDependencies(this.deployerGrant),
    });
    this.keysByAddress.set(address, created);
    return created;
  }

  /**
   * `key-<label>-<key>` in kebab case: readable and stable, as a state address must be. Keys that
   * kebab to the same id (`Jwt:Issuer`, `jwt.issuer`) get a hash of the exact key and label appended.
   */
  private keyConstructId(key: string, label: string | undefined): string {
    const readable = kebab(label === undefined ? key : `${label}-${key}`);
    const id = `key-${readable}`;
    if (readable && !this.node.tryFindChild(id)) return id;
    const hash = createHash("sha256").update(JSON.stringify([key, label ?? null])).digest("hex").slice(0, 8);
    return readable ? `${id}-${hash}` : `key-${hash}`;
  }
}
