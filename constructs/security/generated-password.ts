import { Construct } from "constructs";
import { ref, TerraformElement, TerraformStack, Token } from "cdktf";
import { check, isWholeNumberIn } from "../core/errors";
import { ensureRandomProvider } from "../core/providers";
import { SecretRotation, SecretRotationProps } from "./secret-rotation";

/**
 * A value for write-only arguments (`*_wo`) with what decides when it is sent: OpenTofu sends a
 * write-only argument on create and whenever its `_wo_version` changes, and stores neither the value
 * nor anything derived from it.
 */
export interface WriteOnlyValue {
  /** The value: ephemeral (never in plan or state), or built from one. */
  readonly value: string;
  /** The `_wo_version`: a new number sends the value again. */
  readonly version: number;
  /** RFC 3339 date a Key Vault secret holding the value expires. */
  readonly expirationDate: string;
}

export interface GeneratedPasswordProps extends SecretRotationProps {
  /**
   * Length, 16-256.
   * @default 32
   */
  readonly length?: number;
  /**
   * Include special characters.
   * @default true
   */
  readonly special?: boolean;
  /**
   * At least this many upper-case letters, lower-case letters, digits and special characters: services
   * that demand three of the four classes (SQL Server, PostgreSQL) need these, or a rare draw fails.
   * @default 0 of each
   */
  readonly minimums?: { readonly upper?: number; readonly lower?: number; readonly numeric?: number; readonly special?: number };
  /**
   * The special characters to draw from.
   * @default hashicorp/random's set, `!@#$%&*()-_=+[]{}<>:?`
   */
  readonly overrideSpecial?: string;
}

/**
 * `ephemeral "random_password"` (hashicorp/random 3.7): cdktf has no ephemeral blocks
 * (hashicorp/terraform-cdk#3886), so this element writes its own into the stack's JSON; the HCL
 * rendering (stacks/hcl.ts) writes it from there.
 */
class EphemeralRandomPassword extends TerraformElement {
  constructor(scope: Construct, id: string, private readonly config: Record<string, unknown>) {
    super(scope, id, "ephemeral.random_password");
  }

  /** A reference to its `result`, valid only in write-only arguments, locals and other ephemeral blocks. */
  public get result(): string {
    return Token.asString(ref(`ephemeral.random_password.${this.friendlyUniqueId}.result`, TerraformStack.of(this)));
  }

  public override toTerraform(): Record<string, unknown> {
    // Unset arguments left out, as cdktf leaves them out of resources.
    const args = Object.fromEntries(Object.entries(this.config).filter(([, value]) => value !== undefined));
    return { ephemeral: { random_password: { [this.friendlyUniqueId]: args } } };
  }
}

/**
 * A password that never reaches state: an ephemeral `random_password` draws a new one in every run, and
 * only write-only arguments take it; they send it when the password's rotation (a `time_rotating`)
 * gives a new `version`, so the value Azure holds changes at creation and at each rotation. Everything
 * that embeds the password (a server's admin password, a connection string in Key Vault) is written in
 * the same run from the same draw, with the same version, so they always agree.
 */
export class GeneratedPassword extends Construct implements WriteOnlyValue {
  public readonly value: string;
  public readonly version: number;
  public readonly expirationDate: string;
  public readonly rotation: SecretRotation;

  constructor(scope: Construct, id: string, props: GeneratedPasswordProps = {}) {
    super(scope, id);
    const length = props.length ?? 32;
    check(isWholeNumberIn(length, 16, 256), this.node.path, "length", length, "must be a whole number, 16-256");
    ensureRandomProvider(this);
    const minimums = props.minimums ?? {};
    const password = new EphemeralRandomPassword(this, "random", {
      length,
      special: props.special ?? true,
      min_upper: minimums.upper,
      min_lower: minimums.lower,
      min_numeric: minimums.numeric,
      min_special: minimums.special,
      override_special: props.overrideSpecial,
    });
    this.rotation = new SecretRotation(this, "rotation", props);
    this.value = password.result;
    this.version = this.rotation.version;
    this.expirationDate = this.rotation.expirationDate;
  }

  /** A value built from the password (a connection string): sent, versioned and expiring with it. */
  public derive(build: (password: string) => string): WriteOnlyValue {
    return { value: build(this.value), version: this.version, expirationDate: this.expirationDate };
  }
}
