import { Token } from "cdktf";
import { check } from "../core/errors";

/** A Key Vault secret a setting refers to by URL; the provider's `KeyVaultSecret` fits. */
export interface KeyVaultSecretReference {
  /** The secret's URL without version (`https://<vault>.vault.azure.net/secrets/<name>`): readers follow rotations. */
  readonly versionlessId: string;
}

const VERSIONLESS_SECRET_URL = /^https:\/\/[^/\s]+\/secrets\/[A-Za-z0-9-]{1,127}$/;

/** The reference's URL, checked to be versionless when it is a literal (a token is checked at apply). */
export function versionlessSecretUrl(where: string, field: string, secret: KeyVaultSecretReference): string {
  const url = secret.versionlessId;
  check(Token.isUnresolved(url) || VERSIONLESS_SECRET_URL.test(url), where, `${field}.versionlessId`, url, "must be a versionless secret URL, https://<vault>.vault.azure.net/secrets/<name>");
  return url;
}
