import { Construct } from "constructs";
import { Token } from "cdktf";
import { KeyVault as AzKeyVault } from "@cdktf/provider-azurerm/lib/key-vault";
import { KeyVaultCertificate } from "@cdktf/provider-azurerm/lib/key-vault-certificate";
import { KeyVaultKey } from "@cdktf/provider-azurerm/lib/key-vault-key";
import { KeyVaultSecret } from "@cdktf/provider-azurerm/lib/key-vault-secret";
import { AzureResource, nextChildIndex } from "../core/azure-resource";
import { FirewallProps, resolveFirewall } from "../core/firewall";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup } from "../core/interfaces";
import { assertName, CHILD_NAME_RULES, resourceName } from "../core/naming";
import { RoleAssignment } from "./role-assignment";
import { GeneratedPassword, GeneratedPasswordProps, WriteOnlyValue } from "./generated-password";
import { SecretRotation } from "./secret-rotation";

export interface KeyVaultProps extends CommonResourceProps, FirewallProps {
  /** Where the vault lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-kv-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /** Entra tenant id (pass `data.azurerm_client_config.tenant_id`). */
  readonly tenantId: string;
  /**
   * `premium` adds HSM-backed keys.
   * @default "standard"
   */
  readonly sku?: "standard" | "premium";
  /**
   * Days a deleted vault, secret or key stays recoverable, 7-90. Purge protection is always on.
   * @default 90
   */
  readonly softDeleteRetentionDays?: number;
  /**
   * The identity running the deployment: granted Key Vault Secrets Officer (and Crypto Officer once a key
   * is added) so it can write the secrets and keys this construct declares.
   * @default none: the deployer must already hold those roles
   */
  readonly deployer?: IPrincipal;
}

export interface GeneratedSecretOptions extends GeneratedPasswordProps {
  /** Secret name (1-127 letters, digits, '-'). */
  readonly name: string;
  /** @default none */
  readonly contentType?: string;
}

export interface SecretOptions {
  /** Secret name (1-127 letters, digits, '-'). */
  readonly name: string;
  /** A resource attribute (token), e.g. a connection string; never a literal. */
  readonly value: string;
  /** @default none */
  readonly contentType?: string;
}

export interface WriteOnlySecretOptions extends WriteOnlyValue {
  /** Secret name (1-127 letters, digits, '-'). */
  readonly name: string;
  /** @default none */
  readonly contentType?: string;
}

export type KeyOperation = "decrypt" | "encrypt" | "sign" | "unwrapKey" | "verify" | "wrapKey";

export interface KeyOptions {
  /** Key name (1-127 letters, digits, '-'). */
  readonly name: string;
  /**
   * `RSA-HSM` needs the premium SKU.
   * @default "RSA"
   */
  readonly keyType?: "RSA" | "RSA-HSM";
  /**
   * 2048, 3072 or 4096.
   * @default 4096
   */
  readonly keySize?: number;
  /** @default ["wrapKey", "unwrapKey", "encrypt", "decrypt"] */
  readonly keyOpts?: KeyOperation[];
  /**
   * Days after creation a new key version is made; each version expires 30 days after that.
   * @default 365
   */
  readonly rotateAfterDays?: number;
  /**
   * Days before a version expires that Key Vault raises its near-expiry event (Event Grid), fewer than
   * the days until it expires (`rotateAfterDays` + 30). azurerm requires it with `expire_after`.
   * @default 30
   */
  readonly notifyBeforeExpiryDays?: number;
}

export interface SelfSignedCertificateOptions {
  /** Certificate name (1-127 letters, digits, '-'). */
  readonly name: string;
  /** Host names the certificate is for; the first is also its subject's CN. */
  readonly dnsNames: string[];
  /**
   * Months each version is valid; Key Vault renews it 30 days before it expires.
   * @default 12
   */
  readonly validityInMonths?: number;
}

/** A generated secret: the vault secret and the ephemeral password that is its value. */
export interface GeneratedSecret {
  readonly secret: KeyVaultSecret;
  /** Feeds the write-only arguments of the resource that uses the password (e.g. a database admin login). */
  readonly password: GeneratedPassword;
}

const KEY_SIZES = [2048, 3072, 4096];
/** Grace period in which the previous key version stays valid after a rotation. */
const KEY_EXPIRY_GRACE_DAYS = 30;

/**
 * A Key Vault with RBAC authorization, purge protection, 90-day soft delete and network default Deny.
 * Secrets are generated or taken from resource attributes, never written as literals.
 */
export class KeyVault extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzKeyVault;
  public readonly resourceGroup: IResourceGroup;
  public readonly vaultUri: string;
  protected readonly defaultPrivateEndpointSubresource = "vault";
  private readonly sku: string;
  private readonly deployer?: IPrincipal;
  private readonly deployerSecretsGrant?: RoleAssignment;
  private deployerCryptoGrant?: RoleAssignment;
  private deployerCertificatesGrant?: RoleAssignment;
  private attributeSecretsRotation?: SecretRotation;

  constructor(scope: Construct, id: string, props: KeyVaultProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "keyVault", props);
    this.sku = props.sku ?? "standard";
    check(["standard", "premium"].includes(this.sku), where, "sku", this.sku, "must be standard or premium");
    const days = props.softDeleteRetentionDays ?? 90;
    check(isWholeNumberIn(days, 7, 90), where, "softDeleteRetentionDays", days, "must be a whole number of days, 7-90");
    const { publicNetworkAccess, networkDefaultAction } = resolveFirewall(where, props);

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzKeyVault(this, "vault", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      tenantId: props.tenantId,
      skuName: this.sku,
      rbacAuthorizationEnabled: true,
      // Always on: a deleted vault or secret can be recovered but never purged early.
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: days,
      publicNetworkAccessEnabled: publicNetworkAccess,
      networkAcls: { defaultAction: networkDefaultAction, bypass: "AzureServices", ipRules: props.allowedIpRanges },
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.vaultUri = this.resource.vaultUri;
    this.deployer = props.deployer;
    this.deployerSecretsGrant = this.deployer && this.grantSecretsOfficer(this.deployer);
    this.initCapabilities(props);
  }

  /** Read secret values (Key Vault Secrets User). */
  public grantSecretsRead(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Key Vault Secrets User");
  }

  /**
   * Read one secret's value (Key Vault Secrets User on that secret alone): least privilege for a
   * workload that needs a few of the vault's secrets.
   */
  public grantSecretRead(principal: IPrincipal, secret: KeyVaultSecret): RoleAssignment {
    return new RoleAssignment(secret, `grant-read-${nextChildIndex(secret, "grant-read")}`, {
      scope: secret.resourceVersionlessId,
      principal,
      roleDefinitionName: "Key Vault Secrets User",
    });
  }

  /** Manage secrets (Key Vault Secrets Officer). */
  public grantSecretsOfficer(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Key Vault Secrets Officer");
  }

  /** Use keys for cryptographic operations (Key Vault Crypto User). */
  public grantCryptoUser(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Key Vault Crypto User");
  }

  /** Wrap and unwrap with keys, as services doing customer-managed-key encryption need. */
  public grantCryptoServiceEncryptionUser(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Key Vault Crypto Service Encryption User");
  }

  /**
   * A generated password stored as a secret without reaching state: an ephemeral `random_password`
   * written through the write-only `value_wo`, sent again (a new password) at each rotation. The returned
   * password feeds the write-only arguments of whatever uses it, with the same version.
   */
  public addGeneratedSecret(id: string, options: GeneratedSecretOptions): GeneratedSecret {
    const { name, contentType, ...passwordProps } = options;
    const password = new GeneratedPassword(this, `secret-${id}-password`, passwordProps);
    const secret = this.addWriteOnlySecret(id, { name, contentType, value: password.value, version: password.version, expirationDate: password.expirationDate });
    return { secret, password };
  }

  /**
   * A secret whose value is another resource's attribute; a literal would end up in the synthesized JSON.
   * Such a value is in state already (the provider stores the attribute), so it is written with `value`;
   * it expires with the vault's rotation of attribute secrets (every 90 days, 30 days' grace), whose next
   * plan renews the expiration date and writes the attribute's current value.
   */
  public addSecret(id: string, options: SecretOptions): KeyVaultSecret {
    assertName(CHILD_NAME_RULES.keyVaultSecret, options.name, this.node.path, "secrets");
    // The literal is not echoed: the error message must not leak the secret.
    check(Token.isUnresolved(options.value), this.node.path, `secrets.${options.name}.value`, "(redacted)", "must be a resource attribute (token), never a literal");
    this.attributeSecretsRotation ??= new SecretRotation(this, "attribute-secrets-rotation");
    // Protected with the vault: a lock cannot cover a secret (its id is the data-plane URL, and locks
    // guard the control plane only), so prevent_destroy does, with soft delete and purge protection behind it.
    return this.addDataChild(new KeyVaultSecret(this, `secret-${id}`, {
      name: options.name,
      keyVaultId: this.id,
      value: options.value,
      contentType: options.contentType,
      expirationDate: this.attributeSecretsRotation.expirationDate,
      dependsOn: this.dataPlaneDependencies(this.deployerSecretsGrant),
    }));
  }

  /**
   * A secret whose value is written through the write-only `value_wo` (OpenTofu 1.11): Azure gets it,
   * state and plan never hold it. It is sent on create and whenever `version` changes.
   */
  public addWriteOnlySecret(id: string, options: WriteOnlySecretOptions): KeyVaultSecret {
    assertName(CHILD_NAME_RULES.keyVaultSecret, options.name, this.node.path, "secrets");
    check(Token.isUnresolved(options.value), this.node.path, `secrets.${options.name}.value`, "(redacted)", "must be an ephemeral value (token), never a literal");
    const version = options.version;
    check(Token.isUnresolved(version) || isWholeNumberIn(version, 1, Number.MAX_SAFE_INTEGER), this.node.path, `secrets.${options.name}.version`, version, "must be a whole number, 1 or more");
    return this.addDataChild(new KeyVaultSecret(this, `secret-${id}`, {
      name: options.name,
      keyVaultId: this.id,
      valueWo: options.value,
      valueWoVersion: version,
      contentType: options.contentType,
      expirationDate: options.expirationDate,
      dependsOn: this.dataPlaneDependencies(this.deployerSecretsGrant),
    }));
  }

  /**
   * A self-signed TLS server certificate Key Vault issues and renews itself: a listener works from the
   * first deploy; replace it with a CA-issued certificate (same name) before real traffic arrives.
   * Its `versionlessSecretId` is what Application Gateway and App Service read.
   */
  public addSelfSignedCertificate(id: string, options: SelfSignedCertificateOptions): KeyVaultCertificate {
    const where = this.node.path;
    assertName(CHILD_NAME_RULES.keyVaultSecret, options.name, where, "certificates");
    check(options.dnsNames.length > 0, where, `certificates.${options.name}.dnsNames`, options.dnsNames, "must name at least one host");
    const months = options.validityInMonths ?? 12;
    check(isWholeNumberIn(months, 1, 120), where, `certificates.${options.name}.validityInMonths`, months, "must be a whole number of months, 1-120");
    // Created lazily: only vaults holding certificates give the deployer certificate rights.
    this.deployerCertificatesGrant ??= this.deployer && this.grant(this.deployer, "Key Vault Certificates Officer");
    return new KeyVaultCertificate(this, `certificate-${id}`, {
      name: options.name,
      keyVaultId: this.id,
      certificatePolicy: {
        issuerParameters: { name: "Self" },
        keyProperties: { exportable: true, keyType: "RSA", keySize: 2048, reuseKey: false },
        secretProperties: { contentType: "application/x-pkcs12" },
        lifetimeAction: [{ action: { actionType: "AutoRenew" }, trigger: { daysBeforeExpiry: 30 } }],
        x509CertificateProperties: {
          subject: `CN=${options.dnsNames[0]}`,
          subjectAlternativeNames: { dnsNames: options.dnsNames },
          keyUsage: ["digitalSignature", "keyEncipherment"],
          extendedKeyUsage: ["1.3.6.1.5.5.7.3.1"], // server authentication
          validityInMonths: months,
        },
      },
      dependsOn: this.dataPlaneDependencies(this.deployerCertificatesGrant),
    });
  }

  /** An RSA key with automatic rotation. */
  public addKey(id: string, options: KeyOptions): KeyVaultKey {
    const where = this.node.path;
    assertName(CHILD_NAME_RULES.keyVaultSecret, options.name, where, "keys");
    const keyType = options.keyType ?? "RSA";
    const typeOk = keyType === "RSA" || (keyType === "RSA-HSM" && this.sku === "premium");
    check(typeOk, where, `keys.${options.name}.keyType`, keyType, "must be RSA, or RSA-HSM on a premium vault");
    const keySize = options.keySize ?? 4096;
    check(KEY_SIZES.includes(keySize), where, `keys.${options.name}.keySize`, keySize, `must be one of ${KEY_SIZES.join(", ")}`);
    const rotateAfterDays = options.rotateAfterDays ?? 365;
    // Azure's minimum rotation interval is 7 days.
    check(isWholeNumberIn(rotateAfterDays, 7, Infinity), where, `keys.${options.name}.rotateAfterDays`, rotateAfterDays, "must be a whole number of days, at least 7");
    const expireAfterDays = rotateAfterDays + KEY_EXPIRY_GRACE_DAYS;
    const notifyDays = options.notifyBeforeExpiryDays ?? 30;
    check(isWholeNumberIn(notifyDays, 1, expireAfterDays - 1), where, `keys.${options.name}.notifyBeforeExpiryDays`, notifyDays, `must be a whole number of days, 1-${expireAfterDays - 1} (less than the ${expireAfterDays} days until the version expires)`);
    // Created lazily: only vaults holding keys give the deployer crypto rights.
    this.deployerCryptoGrant ??= this.deployer && this.grant(this.deployer, "Key Vault Crypto Officer");
    return this.addDataChild(new KeyVaultKey(this, `key-${id}`, {
      name: options.name,
      keyVaultId: this.id,
      keyType,
      keySize,
      keyOpts: options.keyOpts ?? ["wrapKey", "unwrapKey", "encrypt", "decrypt"],
      rotationPolicy: {
        automatic: { timeAfterCreation: `P${rotateAfterDays}D` },
        // azurerm's schema has expire_after and notify_before_expiry RequiredWith each other
        // (internal/services/keyvault/key_vault_key_resource.go, rotation_policy): one without the other fails validate.
        expireAfter: `P${expireAfterDays}D`,
        notifyBeforeExpiry: `P${notifyDays}D`,
      },
      dependsOn: this.dataPlaneDependencies(this.deployerCryptoGrant),
    }));
  }
}

