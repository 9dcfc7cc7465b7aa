import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { RequiredTagsAspect } from "../constructs/core/tags";
import { OPENTOFU_REQUIRED_VERSION } from "../backends/state-encryption";
import type { EnvironmentSettings } from "./settings/schema";
import { namingFor } from "./settings/naming";

/** What every stack of the estate shares: provider, naming, required tags and the OpenTofu version floor. */
export abstract class EstateStack extends TerraformStack {
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
}
