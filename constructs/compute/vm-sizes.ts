/**
 * VM sizes the compute constructs accept: common general-purpose, memory- and compute-optimised sizes
 * that all support Premium SSD, Generation 2 images and Trusted Launch, so every default in
 * LinuxVirtualMachineScaleSet deploys on any of them. Add a size here only after checking those three.
 */
export const VM_SIZES: ReadonlySet<string> = new Set([
  // Burstable: dev/test and light workloads.
  "Standard_B1s",
  "Standard_B1ms",
  "Standard_B2s",
  "Standard_B2ms",
  "Standard_B4ms",
  "Standard_B8ms",
  // General purpose (Intel, AMD, with local disk).
  "Standard_D2s_v5",
  "Standard_D4s_v5",
  "Standard_D8s_v5",
  "Standard_D16s_v5",
  "Standard_D2as_v5",
  "Standard_D4as_v5",
  "Standard_D8as_v5",
  "Standard_D2ds_v5",
  "Standard_D4ds_v5",
  "Standard_D8ds_v5",
  // Memory optimised.
  "Standard_E2s_v5",
  "Standard_E4s_v5",
  "Standard_E8s_v5",
  "Standard_E2as_v5",
  "Standard_E4as_v5",
  // Compute optimised.
  "Standard_F2s_v2",
  "Standard_F4s_v2",
  "Standard_F8s_v2",
]);
