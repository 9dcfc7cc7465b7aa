import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { useRemoteState } from "../backends/remote-state";
import { useStateEncryption } from "../backends/state-encryption";
import { StateStorageLocation } from "../backends/state-storage";
import { ValidationError } from "../constructs/core/errors";
import { Foundation } from "../constructs/patterns/foundation";
import { SharedBackend } from "../constructs/patterns/shared-backend";
import { WebAppTemplate, webAppRegistry } from "../constructs/patterns/web-app-template";
import { ErpMicroservices } from "../constructs/patterns/erp-microservices";
import { MetaversePlatform } from "../constructs/patterns/metaverse-platform";
import { EstateStack } from "./estate-stack";
import type { PlatformLayout } from "./platform-layout";
import { erpOutputs, foundationOutputs, metaverseOutputs, sharedBackendOutputs, webAppOutputs } from "./outputs";
import type { EnvironmentSettings } from "./settings/schema";

export interface EnvironmentStackProps {
  readonly settings: EnvironmentSettings;
  /** Where this stack's state lives (created by the platform stack). */
  readonly stateStorage: StateStorageLocation;
  /** Where the platform stack put the hub, the central zones and the pipeline identities. */
  readonly platform: PlatformLayout;
}

/** One environment (dev, staging, prod): remote encrypted state plus the patterns its settings enable. */
export class EnvironmentStack extends EstateStack {
  public readonly protectsStatefulResources: boolean;
  public readonly foundation?: Foundation;
  public readonly sharedBackend?: SharedBackend;
  public readonly webApp?: WebAppTemplate;
  public readonly erp?: ErpMicroservices;
  public readonly metaverse?: MetaversePlatform;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const { settings, stateStorage } = props;
    super(scope, settings.name, settings);
    this.protectsStatefulResources = settings.protectStatefulResources;
    useRemoteState(this, stateStorage, settings.name);
    useStateEncryption(this, settings.stateEncryption, stateStorage.keyVaultUri);

    if (settings.patterns.includes("foundation")) {
      const sshKey = new TerraformVariable(this, "management_ssh_public_key", {
        type: "string",
        nullable: false,
        description: "OpenSSH public key for the management scale set's admin user (password login is disabled).",
        validation: [{ condition: "${can(regex(\"^(ssh-ed25519|ssh-rsa) \", var.management_ssh_public_key))}", errorMessage: "Must be an OpenSSH ssh-ed25519 or ssh-rsa public key (Azure accepts no other type)." }],
      });
      this.foundation = new Foundation(this, "foundation", { settings, managementSshPublicKey: sshKey.stringValue, platform: props.platform });
      foundationOutputs(this, this.foundation);
    }
    if (settings.patterns.includes("sharedBackend")) {
      const inputs = this.patternInputs(settings, "sharedBackend");
      this.sharedBackend = new SharedBackend(this, "shared-backend", inputs);
      sharedBackendOutputs(this, this.sharedBackend);
    }
    if (settings.patterns.includes("webApp")) {
      const inputs = this.patternInputs(settings, "webApp");
      const registry = webAppRegistry(this, inputs.settings.webApp, this.sharedBackend?.registry);
      this.webApp = new WebAppTemplate(this, "web-app", { ...inputs, registry });
      webAppOutputs(this, this.webApp);
    }
    if (settings.patterns.includes("erp")) {
      const inputs = this.patternInputs(settings, "erp");
      this.erp = new ErpMicroservices(this, "erp", { ...inputs, sharedBackend: this.requireSharedBackend(settings, "erp") });
      erpOutputs(this, this.erp);
    }
    if (settings.patterns.includes("metaverse")) {
      const inputs = this.patternInputs(settings, "metaverse");
      this.metaverse = new MetaversePlatform(this, "metaverse", { ...inputs, sharedBackend: this.requireSharedBackend(settings, "metaverse") });
      metaverseOutputs(this, this.metaverse);
    }
  }

  /**
   * The foundation and the pattern's settings a pattern builds on. Settings validation guarantees both;
   * checking again keeps the type checker and a bypassed validation honest.
   */
  /** The shared backend a pattern runs on (validation guarantees it; checked again for the type checker). */
  private requireSharedBackend(settings: EnvironmentSettings, pattern: string): SharedBackend {
    if (!this.sharedBackend) throw new ValidationError(`environment ${settings.name}`, "patterns", settings.patterns, `must include sharedBackend when it includes ${pattern}`);
    return this.sharedBackend;
  }

  private patternInputs<K extends "sharedBackend" | "webApp" | "erp" | "metaverse">(settings: EnvironmentSettings, pattern: K) {
    const own = settings[pattern];
    if (!this.foundation || !own) {
      throw new ValidationError(`environment ${settings.name}`, pattern, own, `needs the foundation pattern and its ${pattern} settings`);
    }
    return { foundation: this.foundation, settings: { ...settings, [pattern]: own } as EnvironmentSettings & Required<Pick<EnvironmentSettings, K>> };
  }
}
