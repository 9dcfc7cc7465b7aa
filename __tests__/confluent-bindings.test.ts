import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { projectSources } from "../tools/check-imports";
import { CONFLUENT_TYPES, FILTERED_SCHEMA_FILE, filterSchema, FULL_SCHEMA_FILE, GEN_DIR, generateConfluent } from "../tools/generate-confluent";

/** Every file below `dir`, relative to it, sorted. */
function filesBelow(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

/** The binding folder the generator names after a type: confluent_kafka_topic -> kafka-topic, data.confluent_user -> data-confluent-user. */
const folderOf = (type: string) => type.replace(/^confluent_/, "").replace(/[._]/g, "-");

const filteredSchema = () => JSON.parse(readFileSync(FILTERED_SCHEMA_FILE, "utf8"));

describe("generated Confluent bindings (.gen)", () => {
  it("are exactly what the generator makes of the committed filtered schema", async () => {
    const outdir = mkdtempSync(join(tmpdir(), "confluent-gen-"));
    try {
      await generateConfluent(outdir);
      const files = filesBelow(outdir);
      expect(filesBelow(GEN_DIR)).toEqual(files);
      for (const file of files) expect([file, readFileSync(join(GEN_DIR, file), "utf8")]).toEqual([file, readFileSync(join(outdir, file), "utf8")]);
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it("hold only the types the project imports, and the provider", () => {
    const imported = new Set(
      projectSources(join(__dirname, "..")).flatMap((file) => [...readFileSync(file, "utf8").matchAll(/\.gen\/providers\/confluent\/([a-z0-9-]+)/g)].map((m) => m[1])),
    );
    expect([...imported].sort()).toEqual(["provider", ...CONFLUENT_TYPES.map(folderOf)].sort());
  });

  it("come from a filtered schema with exactly the listed types (npm run get:offline after editing the list)", () => {
    const provider = filteredSchema().provider_schemas[`registry.terraform.io/confluentinc/confluent`];
    const types = [...Object.keys(provider.resource_schemas), ...Object.keys(provider.data_source_schemas).map((t) => `data.${t}`)];
    expect(types.sort()).toEqual([...CONFLUENT_TYPES].sort());
  });

  // The shared schema sits beside the project on the team's machines, not on GitHub's runners.
  (existsSync(FULL_SCHEMA_FILE) ? it : it.skip)("whose filtered schema is the shared provider schema cut to the list", () => {
    expect(filterSchema(JSON.parse(readFileSync(FULL_SCHEMA_FILE, "utf8")), CONFLUENT_TYPES)).toEqual(filteredSchema());
  });

  it("stop on a listed type the provider schema lacks", () => {
    const schema = filteredSchema();
    expect(() => filterSchema(schema, ["confluent_kafka_topik"])).toThrow("the Confluent provider schema has no resource confluent_kafka_topik");
    expect(() => filterSchema(schema, ["data.confluent_environment"])).toThrow("the Confluent provider schema has no data source confluent_environment");
    const provider = filterSchema(schema, ["confluent_kafka_topic"]).provider_schemas["registry.terraform.io/confluentinc/confluent"];
    expect([Object.keys(provider.resource_schemas ?? {}), Object.keys(provider.data_source_schemas ?? {})]).toEqual([["confluent_kafka_topic"], []]);
  });
});
