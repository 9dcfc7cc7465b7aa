import { Construct } from "constructs";
import { ManagementLock as AzManagementLock } from "@cdktf/provider-azurerm/lib/management-lock";
import { LockOptions } from "../core/interfaces";

export interface ManagementLockProps extends LockOptions {
  /** ARM id of the locked resource. */
  readonly scope: string;
  /** @default "lock-<kind>" in lower case */
  readonly name?: string;
}

/** A management lock: CanNotDelete stops deletion through ARM, including by `tofu destroy`. */
export class ManagementLock extends Construct {
  public readonly resource: AzManagementLock;

  constructor(scope: Construct, id: string, props: ManagementLockProps) {
    super(scope, id);
    const kind = props.kind ?? "CanNotDelete";
    this.resource = new AzManagementLock(this, "lock", {
      name: props.name ?? `lock-${kind.toLowerCase()}`,
      scope: props.scope,
      lockLevel: kind,
      notes: props.notes ?? "Managed by cdktf: protects a stateful resource from deletion.",
    });
  }
}
