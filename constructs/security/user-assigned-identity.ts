import { Construct } from "constructs";
import { FederatedIdentityCredential } from "@cdktf/provider-azurerm/lib/federated-identity-credential";
import { UserAssignedIdentity as AzUserAssignedIdentity } from "@cdktf/provider-azurerm/lib/user-assigned-identity";
import { AzureResource } from "../core/azure-resource";
import { check } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

export interface UserAssignedIdentityProps extends Pick<CommonResourceProps, "name" | "lock" | "roleAssignments" | "tags" | "protectFromDeletion"> {
  /** Where the identity lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-id-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
}

/** An external identity provider's tokens the identity accepts instead of a secret (OIDC workload federation). */
export interface FederatedCredentialOptions {
  /** Credential name: 3-120 letters, digits, '-' or '_', starting with a letter or digit. */
  readonly name: string;
  /** The token issuer, e.g. `https://token.actions.githubusercontent.com`. */
  readonly issuer: string;
  /** The token's exact `sub` claim, e.g. `repo:<owner>/<repo>:environment:prod`. */
  readonly subject: string;
}

/** Entra ID's audience for federated workload tokens. */
const TOKEN_EXCHANGE_AUDIENCE = "api://AzureADTokenExchange";
/** Entra ID's rule for federated credential names. */
const CREDENTIAL_NAME = /^[A-Za-z0-9][A-Za-z0-9_-]{2,119}$/;
/** Entra ID accepts at most 20 federated credentials on one identity. */
const MAX_FEDERATED_CREDENTIALS = 20;

/** A managed identity that workloads run as and that roles are granted to (no secrets to rotate). */
export class UserAssignedIdentity extends AzureResource implements IPrincipal {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzUserAssignedIdentity;
  public readonly resourceGroup: IResourceGroup;
  /** Object id of the identity's service principal: what role assignments name. */
  public readonly principalId: string;
  public readonly principalType = "ServicePrincipal";
  /** Application (client) id, which SDKs use to pick this identity. */
  public readonly clientId: string;
  public readonly tenantId: string;

  constructor(scope: Construct, id: string, props: UserAssignedIdentityProps) {
    super(scope, id);
    const name = resourceName(this, "userAssignedIdentity", props);
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzUserAssignedIdentity(this, "identity", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.principalId = this.resource.principalId;
    this.clientId = this.resource.clientId;
    this.tenantId = this.resource.tenantId;
    this.initCapabilities(props);
  }

  /** Lets tokens of `issuer` with exactly `subject` sign in as this identity (no client secret exists). */
  public addFederatedCredential(options: FederatedCredentialOptions): FederatedIdentityCredential {
    const where = this.node.path;
    check(CREDENTIAL_NAME.test(options.name), where, "federatedCredentials.name", options.name, "must be 3-120 letters, digits, '-' or '_', starting with a letter or digit");
    const existing = this.node.children.filter((c) => c instanceof FederatedIdentityCredential).length;
    check(existing < MAX_FEDERATED_CREDENTIALS, where, "federatedCredentials", options.name, `must be at most ${MAX_FEDERATED_CREDENTIALS} per identity (Entra ID's limit)`);
    return new FederatedIdentityCredential(this, `federated-${options.name}`, {
      name: options.name,
      resourceGroupName: this.resourceGroup.name,
      parentId: this.id,
      audience: [TOKEN_EXCHANGE_AUDIENCE],
      issuer: options.issuer,
      subject: options.subject,
    });
  }
}
