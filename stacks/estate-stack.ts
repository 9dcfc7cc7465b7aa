import { Construct } from "constructs";
import { TerraformElement, TerraformOutput, TerraformStack, Token } from "cdktf";
import { invokeAspects } from "cdktf/lib/synthesize/synthesizer";
import { resolve } from "cdktf/lib/_tokens";
import { deepMerge } from "cdktf/lib/util";
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
    const json = this.render();
    this.checked = json;
    return checkStack(json, { stack: this.node.id, protectStatefulResources: this.protectsStatefulResources, rules });
  }

  public override toTerraform(): any {
    return this.checked ?? this.render();
  }

  /**
   * The stack's Terraform JSON as TerraformStack.toTerraform builds it (cdktf 0.21.0, its final
   * release), without that method's last step: a second resolve of the whole merged document, although
   * each element's fragment is resolved already. That pass changes nothing here and costs about a tenth
   * of synthesis (the app's median 1.49 s against 1.32 s). It still runs when a raw override holds a
   * token. The output is the same, byte for byte: the stacks' snapshots pin it.
   */
  private render(): Record<string, any> {
    const overrides = (this as unknown as { rawOverrides: Record<string, unknown> }).rawOverrides;
    if (holdsToken(overrides)) return super.toTerraform();
    const elements = this.node.findAll().filter((c): c is TerraformElement => TerraformElement.isTerraformElement(c));
    const metadata: Record<string, unknown> = {
      version: this.node.tryGetContext("cdktfVersion"),
      stackName: this.node.id,
      backend: "local", // the backend element's metadata overwrites it
      ...(Object.keys(overrides).length > 0 ? { overrides: { stack: Object.keys(overrides) } } : {}),
    };
    for (const element of elements) deepMerge(metadata, resolve(this, element.toMetadata()));
    const outputs: Record<string, unknown> = {};
    for (const output of elements.filter((e) => TerraformOutput.isTerraformOutput(e))) deepMerge(outputs, nestedAt(output.node.path.split("/"), output.friendlyUniqueId));
    const json: Record<string, any> = { "//": { metadata, outputs } };
    for (const element of elements) deepMerge(json, resolve(this, element.toTerraform()));
    return deepMerge(json, overrides);
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

/** `{ a: { b: { c: value } } }` for the path a/b/c. */
function nestedAt(path: readonly string[], value: unknown): Record<string, unknown> {
  return path.reduceRight<unknown>((inner, part) => ({ [part]: inner }), value) as Record<string, unknown>;
}

/** Whether a token hides anywhere in a value (raw overrides are plain JSON unless someone put one there). */
function holdsToken(value: unknown): boolean {
  if (Token.isUnresolved(value)) return true;
  if (Array.isArray(value)) return value.some(holdsToken);
  if (value !== null && typeof value === "object") return Object.values(value).some(holdsToken);
  return false;
}
