import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "@cdktf/hcl2json";
import { ephemeralBlocksHcl, escapeStringQuotes, replaceTerraformBlock, terraformBlockHcl } from "../stacks/hcl";
import { estateOutdir } from "./helpers";

/**
 * `npm run synth:hcl` writes every stack as HCL too; parsed back with @cdktf/hcl2json, each describes the
 * same configuration as the JSON OpenTofu would otherwise read.
 */

const STACKS = ["platform", "dev", "staging", "prod"];
const json: Record<string, any> = {};
const hcl: Record<string, any> = {};

// global-setup.ts synthesized the estate with `hcl: true`, as npm run synth:hcl does.
beforeAll(async () => {
  const outdir = estateOutdir();
  for (const stack of STACKS) {
    json[stack] = JSON.parse(readFileSync(join(outdir, "stacks", stack, "cdk.tf.json"), "utf8"));
    hcl[stack] = await parse(`${stack}.tf`, readFileSync(join(outdir, "hcl", stack, "cdk.tf"), "utf8"));
  }
}, 60_000);

/** `type.name` of every block of a kind (resource, data). */
const addresses = (config: any, kind: "resource" | "data") => Object.entries<Record<string, unknown>>(config[kind] ?? {}).flatMap(([type, byName]) => Object.keys(byName).map((name) => `${type}.${name}`)).sort();
/** hcl2json gives each block as a one-element list. */
const block = (value: any) => (Array.isArray(value) ? value[0] : value);

describe.each(STACKS)("the HCL of %s", (stack) => {
  it("declares the same resources and data sources as the JSON", () => {
    expect(addresses(hcl[stack], "resource")).toEqual(addresses(json[stack], "resource"));
    expect(addresses(hcl[stack], "data")).toEqual(addresses(json[stack], "data"));
    expect(addresses(json[stack], "resource").length).toBeGreaterThan(5);
  });

  it("declares the same ephemeral blocks, with the same arguments (the generated passwords)", () => {
    const ephemeral = (config: any) =>
      Object.entries<Record<string, any>>(config.ephemeral ?? {}).flatMap(([type, byName]) => Object.entries(byName).map(([name, args]) => [`${type}.${name}`, block(args)]));
    expect(ephemeral(hcl[stack])).toEqual(ephemeral(json[stack]));
    // Every environment generates its passwords ephemerally; the platform stack generates none.
    expect(ephemeral(json[stack]).length > 0).toBe(stack !== "platform");
  });

  it("declares the same outputs and variables", () => {
    expect(Object.keys(hcl[stack].output ?? {}).sort()).toEqual(Object.keys(json[stack].output ?? {}).sort());
    expect(Object.keys(hcl[stack].variable ?? {}).sort()).toEqual(Object.keys(json[stack].variable ?? {}).sort());
  });

  it("keeps the OpenTofu version floor, the providers, the backend and state encryption", () => {
    const terraform = block(hcl[stack].terraform);
    expect(terraform.required_version).toBe(json[stack].terraform.required_version);
    expect(block(terraform.required_providers)).toEqual(json[stack].terraform.required_providers);
    expect(Object.keys(block(terraform.backend))).toEqual(Object.keys(json[stack].terraform.backend));
    const encryption = json[stack].terraform.encryption;
    if (encryption) {
      const parsed = block(terraform.encryption);
      expect(block(parsed.state)).toEqual(encryption.state);
      expect(block(parsed.plan)).toEqual(encryption.plan);
      const [type] = Object.keys(encryption.key_provider);
      const [name] = Object.keys(encryption.key_provider[type]);
      expect(block(block(parsed.key_provider[type])[name])).toEqual(encryption.key_provider[type][name]);
    }
  });

  it("keeps prevent_destroy on every resource that has it", () => {
    const prevented = (config: any, text: (r: any) => unknown) =>
      Object.entries<Record<string, any>>(config.resource)
        .flatMap(([type, byName]) => Object.entries(byName).filter(([, r]) => text(r)).map(([name]) => `${type}.${name}`))
        .sort();
    expect(prevented(hcl[stack], (r) => block(block(r)?.lifecycle)?.prevent_destroy)).toEqual(prevented(json[stack], (r) => r.lifecycle?.prevent_destroy));
  });
});

describe("string arguments", () => {
  it("keeps a JSON document with escaped ${ (the metrics collector's configuration) byte for byte", () => {
    const collector = (config: any) => Object.entries<any>(config.resource.azurerm_container_app).find(([name]) => name.includes("confluent-metrics_collector"))![1];
    const env = (app: any) => Object.fromEntries(block(block(block(app).template).container).env.map((e: any) => [e.name, e.value]));
    const fromJson = env(collector(json.dev));
    const fromHcl = env(collector(hcl.dev));
    expect(fromHcl.OTEL_COLLECTOR_CONFIG).toBe(fromJson.OTEL_COLLECTOR_CONFIG);
    expect(fromJson.OTEL_COLLECTOR_CONFIG).toContain('"$${env:');
  });
});

describe("terraform block rendering", () => {
  it("renders labelled blocks, expressions and a fallback method", () => {
    const text = terraformBlockHcl({
      required_version: ">= 1.11.0",
      backend: { azurerm: { key: "dev.tfstate", use_azuread_auth: true } },
      encryption: {
        key_provider: { pbkdf2: { passphrase: { passphrase: "${var.state_passphrase}", key_length: 32 } } },
        method: { aes_gcm: { passphrase: { keys: "${key_provider.pbkdf2.passphrase}" } } },
        state: { method: "${method.aes_gcm.passphrase}", enforced: true, fallback: { method: "${method.aes_gcm.previous}" } },
      },
    });
    expect(text).toBe(
      [
        "terraform {",
        '  required_version = ">= 1.11.0"',
        '  backend "azurerm" {',
        '    key = "dev.tfstate"',
        "    use_azuread_auth = true",
        "  }",
        "  encryption {",
        '    key_provider "pbkdf2" "passphrase" {',
        "      passphrase = var.state_passphrase",
        "      key_length = 32",
        "    }",
        '    method "aes_gcm" "passphrase" {',
        "      keys = key_provider.pbkdf2.passphrase",
        "    }",
        "    state {",
        "      method = method.aes_gcm.passphrase",
        "      enforced = true",
        "      fallback {",
        "        method = method.aes_gcm.previous",
        "      }",
        "    }",
        "  }",
        "}",
        "",
      ].join("\n"),
    );
  });

  it("escapes bare quotes in one-line strings, but not inside interpolations or already escaped ones", () => {
    const lines = ['  value = "{"a":"$${env:X}"}"', '  condition = "${can(regex("^ssh-", var.key))}"', '  name = "plain \\"quoted\\""', "  list = [\"a\", \"b\"]"];
    expect(escapeStringQuotes(lines.join("\n")).split("\n")).toEqual([
      '  value = "{\\"a\\":\\"$${env:X}\\"}"',
      '  condition = "${can(regex("^ssh-", var.key))}"',
      '  name = "plain \\"quoted\\""',
      '  list = ["a", "b"]',
    ]);
  });

  it("renders ephemeral blocks with two labels and their arguments", () => {
    expect(ephemeralBlocksHcl({ random_password: { db: { length: 32, special: false, override_special: "-_" } } })).toBe(
      ['', 'ephemeral "random_password" "db" {', "  length = 32", "  special = false", '  override_special = "-_"', "}", ""].join("\n"),
    );
  });

  it("replaces the first top-level terraform block, braces inside strings included", () => {
    const original = 'terraform {\n  x = "}{"\n  y {\n  }\n}\n\nprovider "p" {\n}\n';
    expect(replaceTerraformBlock(original, "terraform {\n}\n")).toBe('terraform {\n}\n\nprovider "p" {\n}\n');
  });
});
