import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Language, TerraformProviderConstraint } from "@cdktf/commons";
import { ConstructsMaker } from "@cdktf/provider-generator";

/**
 * Generates .gen/providers/confluent offline, as `cdktf get` would with network access: the provider
 * schema comes from a file (default ../shared/schemas/confluent-provider-schema.json) instead of a
 * downloaded provider binary. Usage: npm run get:offline [-- <schema.json>]
 */
export const CONFLUENT = { source: "confluentinc/confluent", version: "2.83.4" } as const;

class OfflineConstructsMaker extends ConstructsMaker {
  constructor(private readonly schemaFile: string) {
    super({ targetLanguage: Language.TYPESCRIPT, codeMakerOutput: join(__dirname, "..", ".gen") });
  }

  override async getSchemas(): ReturnType<ConstructsMaker["getSchemas"]> {
    const providerSchema = JSON.parse(readFileSync(this.schemaFile, "utf8"));
    // `terraform version -json` would supply this; the generator records it in versions.json.
    providerSchema.provider_versions = { [`registry.terraform.io/${CONFLUENT.source}`]: CONFLUENT.version };
    return { providerSchema };
  }
}

async function main(): Promise<void> {
  const schemaFile = process.argv[2] ?? join(__dirname, "..", "..", "shared", "schemas", "confluent-provider-schema.json");
  await new OfflineConstructsMaker(schemaFile).generate([new TerraformProviderConstraint(`${CONFLUENT.source}@${CONFLUENT.version}`)]);
  console.log(`generated .gen/providers/confluent from ${schemaFile}`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
