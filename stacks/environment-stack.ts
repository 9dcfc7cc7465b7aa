import { Construct } from "constructs";
import { TerraformVariable } from "cdktf";
import { useRemoteState } from "../backends/remote-state";
import { useStateEncryption } from "../backends/state-encryption";
import { StateStorageLocation } from "../backends/state-storage";
import { ValidationError } from "../constructs/core/errors";
import { Foundation } from "../constructs/patterns/foundation";
import { SharedBackend } from "../constructs/patterns/shared-backend";
import { WebAppTemplate, webAppRegistry } from "../constructs/patterns/web-app-template";
import { EstateStack } from "./estate-stack";
import { foundationOutputs, sharedBackendOutputs, webAppOutputs } from "./outputs";
import type { EnvironmentSettings } from "./settings/schema";

export interface EnvironmentStackProps {
  readonly settings: EnvironmentSettings;
  /** Where this stack's state lives (created by the `state` stack). */
  readonly stateStorage: StateStorageLocation;
}

/** One environment (dev, staging, prod): remote encrypted state plus the patterns its settings enable. */
export class EnvironmentStack extends EstateStack {
  public readonly foundation?: Foundation;
  public readonly sharedBackend?: SharedBackend;
  public readonly webApp?: WebAppTemplate;

  constructor(scope: Construct, props: EnvironmentStackProps) {
    const { settings, stateStorage } = props;
    super(scope, settings.name, settings);
    useRemoteState(this, stateStorage, settings.name);
    useStateEncryption(this, settings.stateEncryption, stateStorage.keyVaultUri);

    if (settings.patterns.includes("foundation")) {
      const sshKey = new TerraformVariable(this, "management_ssh_public_key", {
        type: "string",
        nullable: false,
        description: "OpenSSH public key for the management scale set's admin user (password login is disabled).",
        validation: [{ condition: "${can(regex(\"^(ssh-ed25519|ssh-rsa) \", var.management_ssh_public_key))}", errorMessage: "Must be an OpenSSH ssh-ed25519 or ssh-rsa public key (Azure accepts no other type)." }],
      });
      this.foundation = new Foundation(this, "foundation", { settings, managementSshPublicKey: sshKey.stringValue });
      foundationOutputs(this, this.foundation);
    }
    if (settings.patterns.includes("sharedBackend")) {
      // Settings validation guarantees both; this keeps the type checker and a bypassed validation honest.
      if (!this.foundation || !settings.sharedBackend) {
        throw new ValidationError(`environment ${settings.name}`, "sharedBackend", settings.sharedBackend, "needs the foundation pattern and its sharedBackend settings");
      }
      this.sharedBackend = new SharedBackend(this, "shared-backend", { settings: { ...settings, sharedBackend: settings.sharedBackend }, foundation: this.foundation });
      sharedBackendOutputs(this, this.sharedBackend);
    }
    if (settings.patterns.includes("webApp")) {
      if (!this.foundation || !settings.webApp) {
        throw new ValidationError(`environment ${settings.name}`, "webApp", settings.webApp, "needs the foundation pattern and its webApp settings");
      }
      const registry = webAppRegistry(this, settings.webApp, this.sharedBackend?.registry);
      this.webApp = new WebAppTemplate(this, "web-app", { settings: { ...settings, webApp: settings.webApp }, foundation: this.foundation, registry });
      webAppOutputs(this, this.webApp);
    }
  }
}
