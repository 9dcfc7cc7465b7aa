import { Construct } from "constructs";
import { Token } from "cdktf";
import { LinuxVirtualMachineScaleSet as AzLinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { DataAzurermVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/data-azurerm-virtual-machine-scale-set";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { VM_SIZES } from "./vm-sizes";

/** A Marketplace image. */
export interface VmImage {
  readonly publisher: string;
  readonly offer: string;
  readonly sku: string;
  /** An image version, or `latest`. */
  readonly version: string;
}

/** Ubuntu Server 24.04 LTS, Generation 2 (Trusted Launch capable). */
export const UBUNTU_24_04: VmImage = { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" };

export interface LinuxVirtualMachineScaleSetProps extends CommonResourceProps {
  /** The group the scale set is created in (and whose location it takes). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-vmss-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /** VM size, one of the sizes in `vm-sizes.ts`, e.g. `Standard_B2s`. */
  readonly sku: string;
  /**
   * Number of VMs (0-1000).
   * @default 1
   */
  readonly instances?: number;
  /**
   * OS image. Must be a Generation 2 image while `trustedLaunch` is on.
   * @default UBUNTU_24_04
   */
  readonly image?: VmImage;
  /** Subnet (id) the VMs' network interfaces are placed in. */
  readonly subnetId: string;
  /**
   * Linux admin user: 1-64 letters, digits, '_' or '-', not starting with a digit or '-', not a name Azure reserves.
   * @default "azureuser"
   */
  readonly adminUsername?: string;
  /** The admin's SSH public key (`ssh-rsa ...` or `ssh-ed25519 ...`), normally a TerraformVariable's value. */
  readonly adminSshPublicKey: string;
  /**
   * Availability zones the VMs are spread over, e.g. `["1", "2", "3"]`.
   * @default none (regional)
   */
  readonly zones?: string[];
  /**
   * How model changes reach existing VMs. Rolling is not offered: it needs a load balancer health
   * probe or the application health extension, which this construct does not create.
   * @default "Manual"
   */
  readonly upgradeMode?: "Manual" | "Automatic";
  /**
   * OS disk type.
   * @default "Premium_LRS"
   */
  readonly osDiskType?: "Premium_LRS" | "StandardSSD_LRS";
  /**
   * Secure boot and vTPM (Trusted Launch): protects the boot chain against rootkits.
   * @default true
   */
  readonly trustedLaunch?: boolean;
  /**
   * Encrypt temp disks and caches on the host. Off by default because the subscription must first
   * register the `Microsoft.Compute/EncryptionAtHost` feature, or the deployment fails.
   * @default false
   */
  readonly encryptionAtHostEnabled?: boolean;
}

/** Usernames Azure refuses for Linux VMs (the provider's own list). */
const RESERVED_USERNAMES = new Set([
  "administrator", "admin", "user", "user1", "test", "user2", "test1", "user3", "admin1", "1", "123", "a", "actuser", "adm",
  "admin2", "aspnet", "backup", "console", "david", "guest", "john", "owner", "root", "server", "sql", "support",
  "support_388945a0", "sys", "test2", "test3", "user4", "user5",
]);

/** Azure takes only RSA and Ed25519 keys (the provider rejects ECDSA). */
const SSH_PUBLIC_KEY = /^(ssh-rsa|ssh-ed25519) [A-Za-z0-9+/]+={0,3}( .*)?$/;

/**
 * Seed 002's compute module: a Linux VM scale set reachable only by SSH key, with no public IP,
 * a system-assigned identity, managed boot diagnostics and Trusted Launch.
 */
export class LinuxVirtualMachineScaleSet extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  /** Object id of the scale set's system-assigned identity (what roles are granted to). */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** A scale set has no log categories, only metrics. */
  protected readonly defaultLogCategoryGroups: readonly string[] = [];
  public readonly resource: AzLinuxVirtualMachineScaleSet;
  public readonly resourceGroup: IResourceGroup;
  private lookup?: DataAzurermVirtualMachineScaleSet;

  constructor(scope: Construct, id: string, props: LinuxVirtualMachineScaleSetProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "virtualMachineScaleSet", props);
    // The provider derives the VMs' Linux host names from the scale set name.
    check(name.length <= 58 && !name.includes("_"), where, "name", name, "must be at most 58 characters with no '_': it is also the VMs' host name prefix");

    const examples = "Standard_B2s, Standard_D2s_v5, Standard_E2s_v5, Standard_F2s_v2";
    check(VM_SIZES.has(props.sku), where, "sku", props.sku, `must be a size listed in constructs/compute/vm-sizes.ts, e.g. ${examples}`);
    const instances = props.instances ?? 1;
    check(isWholeNumberIn(instances, 0, 1000), where, "instances", instances, "must be a whole number from 0 to 1000");
    const adminUsername = props.adminUsername ?? "azureuser";
    check(/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/.test(adminUsername), where, "adminUsername", adminUsername, "must be 1-64 letters, digits, '_' or '-', not starting with a digit or '-'");
    check(!RESERVED_USERNAMES.has(adminUsername.toLowerCase()), where, "adminUsername", adminUsername, "must not be a name Azure reserves (admin, administrator, root, guest, user, test, ...)");
    const key = props.adminSshPublicKey;
    // A token (a variable's value) is only known at plan time; the provider validates it then. A bad
    // value is not echoed: it may be a private key or password pasted by mistake.
    const keyOk = Token.isUnresolved(key) || SSH_PUBLIC_KEY.test(key.trim());
    check(keyOk, where, "adminSshPublicKey", "(not shown)", "must be an SSH public key starting with ssh-rsa or ssh-ed25519");
    const trustedLaunch = props.trustedLaunch ?? true;

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzLinuxVirtualMachineScaleSet(this, "scale-set", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku: props.sku,
      instances,
      zones: props.zones,
      sourceImageReference: props.image ?? UBUNTU_24_04,
      adminUsername,
      disablePasswordAuthentication: true,
      adminSshKey: [{ username: adminUsername, publicKey: key }],
      // Manual needs no health signal; the provider's roll_instances_when_required (default on) still
      // updates existing VMs one by one when a change requires it.
      upgradeMode: props.upgradeMode ?? "Manual",
      // No throwaway extra VMs: instance ids and IPs stay predictable and within quota.
      overprovision: false,
      // Lets the set grow past 100 VMs without being replaced.
      singlePlacementGroup: false,
      osDisk: { caching: "ReadWrite", storageAccountType: props.osDiskType ?? "Premium_LRS" },
      // One private NIC: no public IP, reach the VMs through the VNet (Bastion, VPN, load balancer).
      networkInterface: [
        { name: "nic", primary: true, ipConfiguration: [{ name: "internal", primary: true, subnetId: props.subnetId }] },
      ],
      identity: { type: "SystemAssigned" },
      // No storage account: managed boot diagnostics storage.
      bootDiagnostics: {},
      secureBootEnabled: trustedLaunch,
      vtpmEnabled: trustedLaunch,
      encryptionAtHostEnabled: props.encryptionAtHostEnabled ?? false,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.identity.principalId;
    this.initCapabilities(props);
  }

  /** Token for the instance ids (`0`, `1`, ...) of the running VMs. */
  public get instanceIds(): string[] {
    return this.instancesAttribute("instance_id");
  }

  /** Token for the unique (GUID) ids of the running VMs. */
  public get virtualMachineIds(): string[] {
    return this.instancesAttribute("virtual_machine_id");
  }

  /** Token for the primary private IP address of each running VM. */
  public get privateIpAddresses(): string[] {
    return this.instancesAttribute("private_ip_address");
  }

  /**
   * A splat over the `instances` of a data source read of this scale set. The scale set resource does
   * not export its VMs; the data source is created on first use only, and refers to the resource so
   * Terraform reads it after the set is created or changed.
   */
  private instancesAttribute(attribute: string): string[] {
    this.lookup ??= new DataAzurermVirtualMachineScaleSet(this, "instances", {
      name: this.resource.name,
      resourceGroupName: this.resource.resourceGroupName,
    });
    return Token.asList(this.lookup.interpolationForAttribute(`instances[*].${attribute}`));
  }
}
