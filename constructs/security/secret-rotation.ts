import { Construct } from "constructs";
import { Fn, Token } from "cdktf";
import { Rotating } from "@cdktf/provider-time/lib/rotating";
import { check, isWholeNumberIn } from "../core/errors";
import { ensureTimeProvider } from "../core/providers";

export interface SecretRotationProps {
  /**
   * Days between two rotations: the first plan after that many days replaces the `time_rotating`, which
   * gives every secret that follows it a new version and a new expiration date.
   * @default 90
   */
  readonly rotationDays?: number;
  /**
   * Days a secret stays valid after its rotation is due: the time a pipeline has to run the plan that
   * rotates it before Key Vault reports the secret as expired.
   * @default 30
   */
  readonly graceDays?: number;
}

/**
 * When secrets are renewed, by plan: a `time_rotating` (hashicorp/time). While it is younger than
 * `rotationDays` it plans nothing; the first plan after that finds it gone (its read drops it from state)
 * and creates it again, so its `unix` changes and every write-only argument versioned by it is sent anew.
 * This is the provider's documented use: `time_rotating.unix` as a `_wo_version`.
 */
export class SecretRotation extends Construct {
  public readonly resource: Rotating;
  /** Changes at every rotation (the Unix time it happened): the `_wo_version` of write-only arguments. */
  public readonly version: number;
  /** RFC 3339 date the current value expires: the next rotation plus the grace period. */
  public readonly expirationDate: string;

  constructor(scope: Construct, id: string, props: SecretRotationProps = {}) {
    super(scope, id);
    const rotationDays = props.rotationDays ?? 90;
    check(isWholeNumberIn(rotationDays, 1, 3650), this.node.path, "rotationDays", rotationDays, "must be a whole number of days, 1-3650");
    const graceDays = props.graceDays ?? 30;
    check(isWholeNumberIn(graceDays, 1, 365), this.node.path, "graceDays", graceDays, "must be a whole number of days, 1-365");
    ensureTimeProvider(this);
    this.resource = new Rotating(this, "rotation", { rotationDays });
    this.version = this.resource.unix;
    this.expirationDate = Token.asString(Fn.timeadd(this.resource.rotationRfc3339, `${graceDays * 24}h`));
  }
}
