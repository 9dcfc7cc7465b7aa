import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { RequiredTagsAspect } from "../constructs/core/tags";
import { OPENTOFU_REQUIRED_VERSION } from "../backends/state-encryption";
import { checkStack } from "../policy/engine";
import { ALL_RULES } from "../policy/rules";
import type { PolicyReport, PolicyRule } from "../policy/types";
import type { EnvironmentSettings } from "./settings/schema";
import { namingFor } from "./settings/naming";

/** What every stack of the estate shares: provider, naming, required tags and the OpenTofu version floor. */
export abstract class EstateStack extends TerraformStack {
  /** Whether stateful resources carry `prevent_destroy` and a CanNotDelete lock here (the policy checks it). */
  public abstract readonly protectsStatefulResources: boolean;
  /** The stack as checked by `checkPolicy`: what synthesis then writes, unchanged. */
  private checked?: Record<string, any>;

  protected constructor(scope: Construct, id: string, settings: Pick<EnvironmentSettings, "name" | "prefix" | "location" | "subscriptionId" | "tags">) {
    super(scope, id);
    new AzurermProvider(this, "azurerm", {
      subscriptionId: settings.subscriptionId,
      // Data-plane calls (containers, secrets) with Entra ID, since shared keys are disabled.
      storageUseAzuread: true,
      features: [
        {
          keyVault: [{ purgeSoftDeleteOnDestroy: false, recoverSoftDeletedKeyVaults: true }],
          // Storage accounts are private: the provider must not call their data plane from outside the network.
          storage: [{ dataPlaneAvailable: false }],
        },
      ],
    });
    namingFor(settings).attachTo(this);
    RequiredTagsAspect.applyTo(this, { environment: settings.name, ...settings.tags, managedBy: "cdktf" });
    this.addOverride("terraform.required_version", OPENTOFU_REQUIRED_VERSION);
    // cdktf writes the short source "azurerm"; spell out the namespace so registries never guess.
    this.addOverride("terraform.required_providers.azurerm.source", "hashicorp/azurerm");
  }

  /**
   * Applies the aspects, renders the stack once and checks it against the policy rule pack. Synthesis
   * then writes exactly the checked JSON (rendering twice would cost a second of synth time).
   */
  public checkPolicy(rules: readonly PolicyRule[] = ALL_RULES): PolicyReport {
    invokeAspects(this);
    const json = super.toTerraform();
    this.checked = json;
    return checkStack(json, { stack: this.node.id, protectStatefulResources: this.protectsStatefulResources, rules });
  }

  public override toTerraform(): any {
    return this.checked ?? super.toTerraform();
  }

  /**
   * cdktf resolves every element once more before writing, only to find references to other stacks
   * (a seventh of synthesis). Estate stacks never reference each other: each is planned and applied on
   * its own, and what they share comes from settings (stacks.test.ts checks every reference is declared
   * in its own stack).
   */
  public override prepareStack(): void {
    this.ensureBackendExists();
  }
}
