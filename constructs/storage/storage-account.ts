import { Construct } from "constructs";
import { StorageAccount as AzStorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { StorageShare } from "@cdktf/provider-azurerm/lib/storage-share";
import { AzureResource } from "../core/azure-resource";
import { FirewallProps, resolveFirewall } from "../core/firewall";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { assertName, CHILD_NAME_RULES, resourceName } from "../core/naming";
import { RoleAssignment } from "../security/role-assignment";

export type StorageReplication = "LRS" | "ZRS" | "GRS" | "RAGRS" | "GZRS" | "RAGZRS";
const REPLICATIONS: readonly StorageReplication[] = ["LRS", "ZRS", "GRS", "RAGRS", "GZRS", "RAGZRS"];

/** Shares above this size need the account's large file share feature. */
const STANDARD_SHARE_MAX_GB = 5120;

export interface FileShareOptions {
  /** Share name (3-63 lowercase letters, digits, '-'). */
  readonly name: string;
  /** Quota in GiB, 1-102400. */
  readonly quotaGb: number;
}

export interface StorageAccountProps extends CommonResourceProps, FirewallProps {
  /** Where the account lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>st<workload><region><env><hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Redundancy. ZRS survives a zone outage; the G* kinds add a paired-region copy.
   * @default "ZRS"
   */
  readonly replication?: StorageReplication;
  /** @default "Hot" */
  readonly accessTier?: "Hot" | "Cool";
  /**
   * Private blob containers to create.
   * @default none
   */
  readonly containers?: string[];
  /**
   * SMB file shares to create.
   * @default none
   */
  readonly fileShares?: FileShareOptions[];
  /**
   * Blob versioning, so overwritten data can be restored.
   * @default true
   */
  readonly versioning?: boolean;
  /**
   * Days a deleted blob stays restorable, 1-365.
   * @default 30
   */
  readonly blobSoftDeleteDays?: number;
  /**
   * Days a deleted container stays restorable, 1-365.
   * @default 30
   */
  readonly containerSoftDeleteDays?: number;
  /**
   * Blob change feed (an audit log of blob changes).
   * @default false
   */
  readonly changeFeed?: boolean;
  /**
   * Account keys and SAS tokens; off means Entra ID authorization only.
   * @default false
   */
  readonly sharedAccessKeyEnabled?: boolean;
  /**
   * Containers (of `containers`) whose blobs may be read without authorization by whoever reaches the
   * account: public content served by a CDN such as Front Door over Private Link, which fetches
   * anonymously. Leaves the account's network rules as they are.
   * @default none: every container is private
   */
  readonly anonymousReadContainers?: string[];
}

/**
 * A StorageV2 account locked down by default: TLS 1.2, HTTPS only, Entra ID only, no public blobs,
 * network default Deny, infrastructure encryption, versioning and soft delete.
 */
export class StorageAccount extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzStorageAccount;
  public readonly resourceGroup: IResourceGroup;
  public readonly primaryBlobEndpoint: string;
  /** Sensitive: the caller marks any output of it sensitive. Useless while shared keys are off. */
  public readonly primaryConnectionString: string;
  /** Sensitive: the caller marks any output of it sensitive. Useless while shared keys are off. */
  public readonly primaryAccessKey: string;
  /** Container ids by container name. */
  public readonly containerIds: Record<string, string> = {};
  /** Container resources by name: for grants, dependencies and policy suppressions on one container. */
  public readonly containers: Record<string, StorageContainer> = {};
  private readonly anonymousReadContainers: ReadonlySet<string>;
  protected readonly defaultPrivateEndpointSubresource = "blob";

  constructor(scope: Construct, id: string, props: StorageAccountProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "storageAccount", props);
    const replication = props.replication ?? "ZRS";
    check(REPLICATIONS.includes(replication), where, "replication", replication, `must be one of ${REPLICATIONS.join(", ")}`);
    const blobSoftDeleteDays = props.blobSoftDeleteDays ?? 30;
    check(isWholeNumberIn(blobSoftDeleteDays, 1, 365), where, "blobSoftDeleteDays", blobSoftDeleteDays, "must be a whole number of days, 1-365");
    const containerSoftDeleteDays = props.containerSoftDeleteDays ?? 30;
    check(isWholeNumberIn(containerSoftDeleteDays, 1, 365), where, "containerSoftDeleteDays", containerSoftDeleteDays, "must be a whole number of days, 1-365");
    const { publicNetworkAccess, networkDefaultAction } = resolveFirewall(where, props, 30);
    const anonymousRead = new Set(props.anonymousReadContainers ?? []);
    for (const container of anonymousRead) {
      check((props.containers ?? []).includes(container), where, "anonymousReadContainers", container, `must be one of containers (${(props.containers ?? []).join(", ") || "none"})`);
    }
    this.anonymousReadContainers = anonymousRead;

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzStorageAccount(this, "account", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      accountKind: "StorageV2",
      accountTier: "Standard",
      accountReplicationType: replication,
      accessTier: props.accessTier ?? "Hot",
      minTlsVersion: "TLS1_2",
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: anonymousRead.size > 0,
      infrastructureEncryptionEnabled: true,
      crossTenantReplicationEnabled: false,
      sharedAccessKeyEnabled: props.sharedAccessKeyEnabled ?? false,
      // The portal then uses Entra ID, not keys, for data access.
      defaultToOauthAuthentication: true,
      publicNetworkAccessEnabled: publicNetworkAccess,
      networkRules: { defaultAction: networkDefaultAction, bypass: ["AzureServices"], ipRules: props.allowedIpRanges },
      blobProperties: {
        versioningEnabled: props.versioning ?? true,
        changeFeedEnabled: props.changeFeed ?? false,
        deleteRetentionPolicy: { days: blobSoftDeleteDays },
        containerDeleteRetentionPolicy: { days: containerSoftDeleteDays },
      },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.primaryBlobEndpoint = this.resource.primaryBlobEndpoint;
    this.primaryConnectionString = this.resource.primaryConnectionString;
    this.primaryAccessKey = this.resource.primaryAccessKey;
    props.containers?.forEach((c) => this.addContainer(c));
    props.fileShares?.forEach((s) => this.addFileShare(s.name, s.quotaGb));
    this.initCapabilities(props);
  }

  /**
   * Adds a blob container, private unless named in `anonymousReadContainers` (created through ARM via
   * storage_account_id, so no shared key is needed).
   */
  public addContainer(name: string): StorageContainer {
    assertName(CHILD_NAME_RULES.storageContainer, name, this.node.path, "containers");
    const container = new StorageContainer(this, `container-${name}`, {
      name,
      storageAccountId: this.id,
      containerAccessType: this.anonymousReadContainers.has(name) ? "blob" : "private",
    });
    this.containerIds[name] = container.id;
    this.containers[name] = container;
    return container;
  }

  /** Adds an SMB file share of `quotaGb` GiB (1-102400); shares above 5 TiB turn on large file shares. */
  public addFileShare(name: string, quotaGb: number): StorageShare {
    assertName(CHILD_NAME_RULES.fileShare, name, this.node.path, "fileShares");
    check(isWholeNumberIn(quotaGb, 1, 102400), this.node.path, `fileShares.${name}.quotaGb`, quotaGb, "must be a whole number of GiB, 1-102400");
    if (quotaGb > STANDARD_SHARE_MAX_GB) this.resource.largeFileShareEnabled = true;
    // Through the resource manager API (storage_account_id), so the account's lock covers it too.
    return this.addDataChild(new StorageShare(this, `share-${name}`, { name, quota: quotaGb, storageAccountId: this.id }));
  }

  /** Read access to every container's blobs. */
  public grantBlobDataReader(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Storage Blob Data Reader");
  }

  /** Read, write and delete access to every container's blobs. */
  public grantBlobDataContributor(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Storage Blob Data Contributor");
  }
}

