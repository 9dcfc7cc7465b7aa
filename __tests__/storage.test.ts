import { StorageAccount as AzStorageAccount } from "@cdktf/provider-azurerm/lib/storage-account";
import { StorageContainer } from "@cdktf/provider-azurerm/lib/storage-container";
import { StorageShare } from "@cdktf/provider-azurerm/lib/storage-share";
import { ManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { TerraformOutput, Testing } from "cdktf";
import { StorageAccount, StorageAccountProps } from "../constructs/storage/storage-account";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

/** A stack with one storage account built from `props`. */
function storage(props: Partial<StorageAccountProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const account = new StorageAccount(stack, "st", { resourceGroup: group, ...props });
  return { stack, group, account };
}

function accountBody(stack: ReturnType<typeof storage>["stack"]): any {
  const [[, body]] = resourcesOf(stack, "azurerm_storage_account");
  return body;
}

describe("StorageAccount", () => {
  it("generates a compact, globally unique name", () => {
    const { stack } = storage({ workload: "data" });
    expect(accountBody(stack).name).toMatch(/^absstdatawetest[0-9a-f]{4}$/);
  });

  it("locks the account down by default", () => {
    const { stack } = storage();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzStorageAccount, {
      account_kind: "StorageV2",
      account_tier: "Standard",
      account_replication_type: "ZRS",
      access_tier: "Hot",
      min_tls_version: "TLS1_2",
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      default_to_oauth_authentication: true,
      infrastructure_encryption_enabled: true,
      cross_tenant_replication_enabled: false,
      public_network_access_enabled: false,
    });
  });

  it("denies network access by default, letting trusted Azure services through", () => {
    const { stack } = storage();
    expect(accountBody(stack).network_rules).toEqual({ default_action: "Deny", bypass: ["AzureServices"] });
  });

  it("turns on versioning and 30-day blob and container soft delete, change feed off", () => {
    const { stack } = storage();
    expect(accountBody(stack).blob_properties).toEqual({
      versioning_enabled: true,
      change_feed_enabled: false,
      delete_retention_policy: { days: 30 },
      container_delete_retention_policy: { days: 30 },
    });
  });

  it("applies the data protection and access props", () => {
    const { stack } = storage({
      replication: "GZRS",
      accessTier: "Cool",
      versioning: false,
      changeFeed: true,
      blobSoftDeleteDays: 7,
      containerSoftDeleteDays: 14,
      sharedAccessKeyEnabled: true,
      publicNetworkAccess: true,
      allowedIpRanges: ["203.0.113.0/24", "198.51.100.7"],
    });
    const body = accountBody(stack);
    expect(body).toMatchObject({
      account_replication_type: "GZRS",
      access_tier: "Cool",
      shared_access_key_enabled: true,
      public_network_access_enabled: true,
      blob_properties: {
        versioning_enabled: false,
        change_feed_enabled: true,
        delete_retention_policy: { days: 7 },
        container_delete_retention_policy: { days: 14 },
      },
    });
    expect(body.network_rules).toEqual({ default_action: "Deny", bypass: ["AzureServices"], ip_rules: ["203.0.113.0/24", "198.51.100.7"] });
  });

  it("creates private containers on the account id and exposes their ids", () => {
    const { stack, account } = storage({ containers: ["raw", "curated"] });
    account.addContainer("archive");
    const synth = Testing.synth(stack);
    for (const name of ["raw", "curated", "archive"]) {
      expect(synth).toHaveResourceWithProperties(StorageContainer, {
        name,
        container_access_type: "private",
        storage_account_id: "${azurerm_storage_account.st_account_1FBA054E.id}",
      });
    }
    expect(Object.keys(account.containerIds)).toEqual(["raw", "curated", "archive"]);
  });

  it("opens only the containers named for anonymous read, for a CDN that fetches anonymously", () => {
    const { stack } = storage({ containers: ["media", "private"], anonymousReadContainers: ["media"] });
    expect(accountBody(stack)).toMatchObject({ allow_nested_items_to_be_public: true, public_network_access_enabled: false });
    const access = Object.fromEntries(resourcesOf(stack, "azurerm_storage_container").map(([, c]) => [c.name, c.container_access_type]));
    expect(access).toEqual({ media: "blob", private: "private" });
    expect(() => storage({ containers: ["media"], anonymousReadContainers: ["assets"] })).toThrow('anonymousReadContainers = "assets": must be one of containers (media)');
  });

  it("creates file shares on the account id, enabling large file shares above 5 TiB only", () => {
    const small = storage({ fileShares: [{ name: "profiles", quotaGb: 100 }] });
    expect(Testing.synth(small.stack)).toHaveResourceWithProperties(StorageShare, {
      name: "profiles",
      quota: 100,
      storage_account_id: "${azurerm_storage_account.st_account_1FBA054E.id}",
    });
    expect(accountBody(small.stack).large_file_share_enabled).toBeUndefined();

    small.account.addFileShare("media", 10240);
    expect(accountBody(small.stack).large_file_share_enabled).toBe(true);
  });

  it("grants blob data roles on the account to a principal", () => {
    const { stack, group, account } = storage();
    const identity = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    account.grantBlobDataReader(identity);
    account.grantBlobDataContributor({ principalId: "00000000-0000-0000-0000-000000000001", principalType: "Group" });
    const grants = resourcesOf(stack, "azurerm_role_assignment").map(([, body]) => body);
    expect(grants).toEqual(
      expect.arrayContaining([
        {
          role_definition_name: "Storage Blob Data Reader",
          scope: "${azurerm_storage_account.st_account_1FBA054E.id}",
          principal_id: expect.stringMatching(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/),
          principal_type: "ServicePrincipal",
        },
        {
          role_definition_name: "Storage Blob Data Contributor",
          scope: "${azurerm_storage_account.st_account_1FBA054E.id}",
          principal_id: "00000000-0000-0000-0000-000000000001",
          principal_type: "Group",
        },
      ]),
    );
  });

  it("adds a private endpoint for the blob sub-resource by default", () => {
    const { stack } = storage({ privateEndpoints: [{ subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/blob"] }] });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      subnet_id: "/subnets/pe",
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/blob"] },
      private_service_connection: {
        private_connection_resource_id: "${azurerm_storage_account.st_account_1FBA054E.id}",
        subresource_names: ["blob"],
      },
    });
  });

  it("protects from deletion with prevent_destroy and a CanNotDelete lock", () => {
    const { stack } = storage({ protectFromDeletion: true });
    expect(accountBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ManagementLock, {
      lock_level: "CanNotDelete",
      scope: "${azurerm_storage_account.st_account_1FBA054E.id}",
    });
  });

  it("keeps file shares with the account: prevent_destroy whether added before or after protection, under the account's lock", () => {
    const { stack, account } = storage();
    account.addFileShare("before", 100);
    account.protectFromDeletion();
    account.addFileShare("after", 100);
    const shares = resourcesOf(stack, "azurerm_storage_share").map(([, body]) => [body.name, body.lifecycle, body.storage_account_id]);
    const accountId = "${azurerm_storage_account.st_account_1FBA054E.id}";
    expect(shares).toEqual([
      ["after", { prevent_destroy: true }, accountId],
      ["before", { prevent_destroy: true }, accountId],
    ]);
    expect(resourcesOf(stack, "azurerm_management_lock").map(([, l]) => l.scope)).toEqual([accountId]);
  });

  it("exposes the access key and connection string as references, never values", () => {
    const { stack, account } = storage();
    new TerraformOutput(stack, "key", { value: account.primaryAccessKey, sensitive: true });
    new TerraformOutput(stack, "connection", { value: account.primaryConnectionString, sensitive: true });
    expect(synthJson(stack).output).toEqual({
      key: { value: "${azurerm_storage_account.st_account_1FBA054E.primary_access_key}", sensitive: true },
      connection: { value: "${azurerm_storage_account.st_account_1FBA054E.primary_connection_string}", sensitive: true },
    });
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<StorageAccountProps>, string]>([
      ["an unknown replication", { replication: "ZZRS" as any }, 'test/st: replication = "ZZRS": must be one of LRS, ZRS, GRS, RAGRS, GZRS, RAGZRS'],
      ["an illegal name", { name: "Bad_Name" }, 'test/st: name = "Bad_Name": 3-24 characters: lowercase letters and digits only; unique across Azure'],
      ["blob soft delete of 0 days", { blobSoftDeleteDays: 0 }, "test/st: blobSoftDeleteDays = 0: must be a whole number of days, 1-365"],
      ["container soft delete of 366 days", { containerSoftDeleteDays: 366 }, "test/st: containerSoftDeleteDays = 366: must be a whole number of days, 1-365"],
      [
        "an illegal container name",
        { containers: ["Logs_2024"] },
        "test/st: containers = \"Logs_2024\": 3-63 characters: lowercase letters, digits, '-'; start and end with a letter or digit, no '--'",
      ],
      [
        "an illegal file share name",
        { fileShares: [{ name: "a--b", quotaGb: 10 }] },
        "test/st: fileShares = \"a--b\": 3-63 characters: lowercase letters, digits, '-'; start and end with a letter or digit, no '--'",
      ],
      ["a share quota of 0", { fileShares: [{ name: "share", quotaGb: 0 }] }, "test/st: fileShares.share.quotaGb = 0: must be a whole number of GiB, 1-102400"],
      ["a share quota above 100 TiB", { fileShares: [{ name: "share", quotaGb: 102401 }] }, "test/st: fileShares.share.quotaGb = 102401: must be a whole number of GiB, 1-102400"],
      [
        "IP rules while public access is off",
        { allowedIpRanges: ["203.0.113.0/24"] },
        'test/st: allowedIpRanges = ["203.0.113.0/24"]: must be empty unless publicNetworkAccess is true',
      ],
      [
        "a /32 IP rule",
        { publicNetworkAccess: true, allowedIpRanges: ["203.0.113.4/32"] },
        'test/st: allowedIpRanges.0 = "203.0.113.4/32": must be an IPv4 address or a CIDR of /30 or wider (Azure Storage rejects /31 and /32)',
      ],
      [
        "a malformed IP rule",
        { publicNetworkAccess: true, allowedIpRanges: ["203.0.113.0/24", "203.0.113.1/24"] },
        'test/st: allowedIpRanges.1 = "203.0.113.1/24": must be an IPv4 address or a CIDR of /30 or wider (Azure Storage rejects /31 and /32)',
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => storage(props)).toThrow(message);
    });

    it("rejects an illegal container added later", () => {
      const { account } = storage();
      expect(() => account.addContainer("x")).toThrow(
        "test/st: containers = \"x\": 3-63 characters: lowercase letters, digits, '-'; start and end with a letter or digit, no '--'",
      );
    });
  });
});
