import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Language, TerraformProviderConstraint } from "@cdktf/commons";
import { ConstructsMaker } from "@cdktf/provider-generator";

/**
 * Generates .gen/providers/confluent offline, as `cdktf get` would with network access: the provider
 * schema comes from a file (default ../shared/schemas/confluent-provider-schema.json) instead of a
 * downloaded provider binary, filtered to CONFLUENT_TYPES. The filtered copy is committed beside this
 * file, so a clone without ../shared (GitHub's runners) still regenerates and checks the bindings.
 * Usage: npm run get:offline [-- <schema.json>]
 */
export const CONFLUENT = { source: "confluentinc/confluent", version: "2.83.4" } as const;

/**
 * The Confluent types the estate uses, as Terraform addresses them (`data.` before a data source): only
 * these are generated. The whole provider is ~130 types and 78,000 lines of bindings; to use another
 * type, add it here and run `npm run get:offline`.
 */
export const CONFLUENT_TYPES = [
  "confluent_api_key",
  "confluent_environment",
  "confluent_kafka_cluster",
  "confluent_kafka_topic",
  "confluent_role_binding",
  "confluent_service_account",
] as const;

export const FULL_SCHEMA_FILE = join(__dirname, "..", "..", "shared", "schemas", "confluent-provider-schema.json");
export const FILTERED_SCHEMA_FILE = join(__dirname, "confluent-provider-schema.json");
export const GEN_DIR = join(__dirname, "..", ".gen");

interface ProviderSchemas {
  provider_schemas: Record<string, { resource_schemas?: Record<string, unknown>; data_source_schemas?: Record<string, unknown> }>;
  provider_versions?: Record<string, string>;
}

/**
 * A copy of the provider schema with only `types` (see CONFLUENT_TYPES) and the provider version the
 * generator records (`terraform version -json` would supply it); throws naming any type it lacks.
 */
export function filterSchema(schema: ProviderSchemas, types: readonly string[]): ProviderSchemas {
  const pick = (all: Record<string, unknown> = {}, names: string[], kind: string) =>
    Object.fromEntries(
      names.map((name) => {
        if (!(name in all)) throw new Error(`the Confluent provider schema has no ${kind} ${name}`);
        return [name, all[name]];
      }),
    );
  const resources = types.filter((t) => !t.startsWith("data."));
  const dataSources = types.filter((t) => t.startsWith("data.")).map((t) => t.slice("data.".length));
  const providerSchemas = Object.fromEntries(
    Object.entries(schema.provider_schemas).map(([source, provider]) => [
      source,
      { ...provider, resource_schemas: pick(provider.resource_schemas, resources, "resource"), data_source_schemas: pick(provider.data_source_schemas, dataSources, "data source") },
    ]),
  );
  return { ...schema, provider_schemas: providerSchemas, provider_versions: { [`registry.terraform.io/${CONFLUENT.source}`]: CONFLUENT.version } };
}

class OfflineConstructsMaker extends ConstructsMaker {
  constructor(
    outdir: string,
    private readonly schema: ProviderSchemas,
  ) {
    super({ targetLanguage: Language.TYPESCRIPT, codeMakerOutput: outdir });
  }

  override async getSchemas(): ReturnType<ConstructsMaker["getSchemas"]> {
    return { providerSchema: this.schema } as Awaited<ReturnType<ConstructsMaker["getSchemas"]>>;
  }
}

/**
 * Writes `<outdir>/providers/confluent/**`, `versions.json` and `constraints.json` from a filtered schema.
 * The generator only adds files, so the previous bindings go first: a type dropped from the list leaves
 * nothing behind.
 */
export async function generateConfluent(outdir: string, schemaFile: string = FILTERED_SCHEMA_FILE): Promise<void> {
  rmSync(join(outdir, "providers", "confluent"), { recursive: true, force: true });
  const schema = JSON.parse(readFileSync(schemaFile, "utf8"));
  await new OfflineConstructsMaker(outdir, schema).generate([new TerraformProviderConstraint(`${CONFLUENT.source}@${CONFLUENT.version}`)]);
}

if (require.main === module) {
  const fullSchemaFile = process.argv[2] ?? FULL_SCHEMA_FILE;
  const filtered = filterSchema(JSON.parse(readFileSync(fullSchemaFile, "utf8")), CONFLUENT_TYPES);
  writeFileSync(FILTERED_SCHEMA_FILE, `${JSON.stringify(filtered, null, 2)}\n`);
  generateConfluent(GEN_DIR).then(
    () => console.log(`generated .gen/providers/confluent (${CONFLUENT_TYPES.length} types) from ${fullSchemaFile}`),
    (e) => {
      console.error(e);
      process.exitCode = 1;
    },
  );
}
