import { Testing, TerraformOutput, TerraformVariable } from "cdktf";
import { LinuxVirtualMachineScaleSet as AzLinuxVirtualMachineScaleSet } from "@cdktf/provider-azurerm/lib/linux-virtual-machine-scale-set";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { RoleAssignment } from "@cdktf/provider-azurerm/lib/role-assignment";
import { LinuxVirtualMachineScaleSet, LinuxVirtualMachineScaleSetProps } from "../constructs/compute/linux-virtual-machine-scale-set";
import { LogAnalyticsWorkspace } from "../constructs/monitoring/log-analytics-workspace";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const SUBNET = "/subscriptions/0000/resourceGroups/abs-rg-we-test/providers/Microsoft.Network/virtualNetworks/vnet/subnets/app";
const ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGv0bW9ja2tleWZvcnRlc3RzMDEyMzQ1Njc4OWFiY2Rl ops@example";

function scaleSet(props: Partial<LinuxVirtualMachineScaleSetProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const key = new TerraformVariable(stack, "admin_ssh_public_key", { type: "string" });
  const vmss = new LinuxVirtualMachineScaleSet(stack, "vmss", {
    resourceGroup: group,
    sku: "Standard_B2s",
    subnetId: SUBNET,
    adminSshPublicKey: key.stringValue,
    ...props,
  });
  return { stack, vmss };
}

function body(stack: ReturnType<typeof scaleSet>["stack"]): any {
  return resourcesOf(stack, "azurerm_linux_virtual_machine_scale_set")[0][1];
}

describe("LinuxVirtualMachineScaleSet", () => {
  it("runs one Ubuntu 24.04 VM of the given size, SSH key only, with a system identity", () => {
    const { stack } = scaleSet();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzLinuxVirtualMachineScaleSet, {
      name: "abs-vmss-we-test",
      sku: "Standard_B2s",
      instances: 1,
      source_image_reference: { publisher: "Canonical", offer: "ubuntu-24_04-lts", sku: "server", version: "latest" },
      admin_username: "azureuser",
      disable_password_authentication: true,
      admin_ssh_key: [{ username: "azureuser", public_key: "${var.admin_ssh_public_key}" }],
      identity: { type: "SystemAssigned" },
      os_disk: { caching: "ReadWrite", storage_account_type: "Premium_LRS" },
      boot_diagnostics: {},
      secure_boot_enabled: true,
      vtpm_enabled: true,
      encryption_at_host_enabled: false,
      upgrade_mode: "Manual",
    });
    expect(body(stack).admin_password).toBeUndefined();
  });

  it("puts the VMs in the subnet with no public IP", () => {
    const { stack } = scaleSet();
    const [nic] = body(stack).network_interface;
    expect(nic.ip_configuration).toEqual([{ name: "internal", primary: true, subnet_id: SUBNET }]);
    expect(JSON.stringify(nic)).not.toContain("public_ip");
  });

  it("takes a literal Ed25519 key, zones, another image and Trusted Launch off", () => {
    const image = { publisher: "Canonical", offer: "0001-com-ubuntu-server-jammy", sku: "22_04-lts", version: "latest" };
    const { stack } = scaleSet({ adminSshPublicKey: ED25519, zones: ["1", "2", "3"], image, trustedLaunch: false, instances: 3 });
    expect(body(stack)).toMatchObject({
      admin_ssh_key: [{ public_key: ED25519 }],
      zones: ["1", "2", "3"],
      source_image_reference: image,
      secure_boot_enabled: false,
      vtpm_enabled: false,
      instances: 3,
    });
  });

  it("outputs instance ids and private IPs through a data source read of the scale set", () => {
    const { stack, vmss } = scaleSet();
    new TerraformOutput(stack, "instance-ids", { value: vmss.instanceIds });
    new TerraformOutput(stack, "private-ips", { value: vmss.privateIpAddresses });
    const json = synthJson(stack);
    const [[lookupId, lookup]] = Object.entries<any>(json.data.azurerm_virtual_machine_scale_set);
    expect(lookup.name).toBe("${azurerm_linux_virtual_machine_scale_set.vmss_scale-set_E633C302.name}");
    expect(json.output["instance-ids"].value).toBe(`\${data.azurerm_virtual_machine_scale_set.${lookupId}.instances[*].instance_id}`);
    expect(json.output["private-ips"].value).toBe(`\${data.azurerm_virtual_machine_scale_set.${lookupId}.instances[*].private_ip_address}`);
  });

  it("reads nothing when no instance output is asked for", () => {
    expect(synthJson(scaleSet().stack).data).toBeUndefined();
  });

  it("grants roles to its system identity", () => {
    const { stack, vmss } = scaleSet();
    vmss.grant(vmss, "Reader");
    expect(Testing.synth(stack)).toHaveResourceWithProperties(RoleAssignment, {
      principal_id: "${azurerm_linux_virtual_machine_scale_set.vmss_scale-set_E633C302.identity[0].principal_id}",
      principal_type: "ServicePrincipal",
    });
  });

  it("sends metrics only to Log Analytics", () => {
    const { stack, group } = testStackWithGroup();
    const log = new LogAnalyticsWorkspace(stack, "log", { resourceGroup: group });
    new LinuxVirtualMachineScaleSet(stack, "vmss", {
      resourceGroup: group,
      sku: "Standard_D2s_v5",
      subnetId: SUBNET,
      adminSshPublicKey: ED25519,
      diagnosticSettings: [{ workspace: log }],
    });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: "${azurerm_linux_virtual_machine_scale_set.vmss_scale-set_E633C302.id}",
      enabled_log: [],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it.each([
    [{ sku: "Standard_A0" }, 'test/vmss: sku = "Standard_A0": must be a size listed in constructs/compute/vm-sizes.ts, e.g. Standard_B2s, Standard_D2s_v5, Standard_E2s_v5, Standard_F2s_v2'],
    [{ name: "vmss_web" }, `test/vmss: name = "vmss_web": must be at most 58 characters with no '_': it is also the VMs' host name prefix`],
    [{ instances: 1001 }, "test/vmss: instances = 1001: must be a whole number from 0 to 1000"],
    [{ adminUsername: "admin" }, 'test/vmss: adminUsername = "admin": must not be a name Azure reserves (admin, administrator, root, guest, user, test, ...)'],
    [{ adminUsername: "Root" }, 'test/vmss: adminUsername = "Root": must not be a name Azure reserves (admin, administrator, root, guest, user, test, ...)'],
    [{ adminUsername: "1ops" }, `test/vmss: adminUsername = "1ops": must be 1-64 letters, digits, '_' or '-', not starting with a digit or '-'`],
    [{ adminSshPublicKey: "hunter2" }, 'test/vmss: adminSshPublicKey = "(not shown)": must be an SSH public key starting with ssh-rsa or ssh-ed25519'],
    [{ adminSshPublicKey: "ecdsa-sha2-nistp256 AAAAE2VjZHNh ops" }, 'test/vmss: adminSshPublicKey = "(not shown)": must be an SSH public key starting with ssh-rsa or ssh-ed25519'],
  ])("rejects %j", (props, message) => {
    expect(() => scaleSet(props)).toThrow(message);
  });
});
