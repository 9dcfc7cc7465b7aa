/**
 * Repairs for cdktf's HCL rendering. It drops what the stacks add to the `terraform` block by override
 * (`required_version`, OpenTofu's `encryption`), which would leave an HCL root module writing state
 * unencrypted, so that block is rendered from the synthesized JSON instead; it knows no `ephemeral`
 * blocks (constructs/security/generated-password.ts writes them into the JSON), so those are rendered
 * from the JSON too; and it leaves the quotes of a one-line string unescaped when the string holds an
 * escaped `$${`, which breaks the file.
 */

/** The stack's HCL from cdktf's rendering and the stack's synthesized JSON. */
export function stackHcl(cdktfHcl: string, json: { terraform: Record<string, unknown>; ephemeral?: Record<string, Record<string, Record<string, unknown>>> }): string {
  return escapeStringQuotes(replaceTerraformBlock(cdktfHcl, terraformBlockHcl(json.terraform)) + ephemeralBlocksHcl(json.ephemeral ?? {}));
}

/** `ephemeral "<type>" "<name>" { ... }` for each ephemeral block of the synthesized JSON (flat arguments only). */
export function ephemeralBlocksHcl(ephemeral: Record<string, Record<string, Record<string, unknown>>>): string {
  return Object.entries(ephemeral)
    .flatMap(([type, byName]) => Object.entries(byName).map(([name, args]) => `\nephemeral ${JSON.stringify(type)} ${JSON.stringify(name)} {\n${body(args, 1, "ephemeral")}}\n`))
    .join("");
}

/**
 * Escapes the bare quotes of one-line string arguments (`key = "..."`) outside `${ ... }`
 * interpolations, whose own string literals must stay as they are; `$${` is a literal, not one.
 */
export function escapeStringQuotes(hcl: string): string {
  return hcl
    .split("\n")
    .map((line) => {
      const match = /^(\s*[^\s=]+ = )"(.*)"$/.exec(line);
      return match ? `${match[1]}"${escapeTemplate(match[2])}"` : line;
    })
    .join("\n");
}

function escapeTemplate(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "\\") {
      out += c + (text[i + 1] ?? "");
      i++;
    } else if (text.startsWith("$${", i)) {
      out += "$${";
      i += 2;
    } else if (text.startsWith("${", i)) {
      const end = interpolationEnd(text, i + 2);
      out += text.slice(i, end);
      i = end - 1;
    } else out += c === '"' ? '\\"' : c;
  }
  return out;
}

/** Index after the `}` closing an interpolation that starts at `from`, skipping its string literals. */
function interpolationEnd(text: string, from: number): number {
  let depth = 1;
  let inString = false;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return i + 1;
  }
  return text.length;
}

/**
 * Blocks with labels, by parent and name: `backend "azurerm" {}`, `key_provider "azure_vault" "name" {}`.
 * (Inside `state` and `plan`, `method` is an argument.)
 */
const LABELS: Readonly<Record<string, number>> = { "terraform.backend": 1, "encryption.key_provider": 2, "encryption.method": 2 };
/** Nested blocks without labels. */
const BLOCKS = new Set(["encryption", "state", "plan", "fallback", "remote_state_data_sources"]);
/** An argument whose value is a map of objects (`required_providers { azurerm = { ... } }`). */
const OBJECT_MAPS = new Set(["required_providers"]);

/** The `terraform` section of a synthesized stack as an HCL block. */
export function terraformBlockHcl(terraform: Record<string, unknown>): string {
  return `terraform {\n${body(terraform, 1, "terraform")}}\n`;
}

/** Replaces the first top-level `terraform { ... }` block of cdktf's HCL with `block`. */
export function replaceTerraformBlock(hcl: string, block: string): string {
  const start = hcl.indexOf("terraform {");
  if (start < 0) return block + hcl;
  let depth = 0;
  let inString = false;
  for (let i = start; i < hcl.length; i++) {
    const c = hcl[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return hcl.slice(0, start) + block + hcl.slice(hcl.indexOf("\n", i) + 1);
  }
  throw new Error("unbalanced braces in the terraform block of the generated HCL");
}

function body(node: Record<string, unknown>, depth: number, parent: string): string {
  const pad = "  ".repeat(depth);
  return Object.entries(node)
    .map(([key, value]) => {
      const labels = LABELS[`${parent}.${key}`];
      if (labels) return labelled(key, value as Record<string, unknown>, labels, [], depth);
      if (BLOCKS.has(key)) return `${pad}${key} {\n${body(value as Record<string, unknown>, depth + 1, key)}${pad}}\n`;
      if (OBJECT_MAPS.has(key)) {
        const entries = Object.entries(value as Record<string, Record<string, unknown>>).map(([name, object]) => `${pad}  ${name} = {\n${body(object, depth + 2, name)}${pad}  }\n`);
        return `${pad}${key} {\n${entries.join("")}${pad}}\n`;
      }
      return `${pad}${key} = ${expression(value)}\n`;
    })
    .join("");
}

function labelled(key: string, node: Record<string, unknown>, labels: number, names: string[], depth: number): string {
  if (names.length === labels) {
    const pad = "  ".repeat(depth);
    return `${pad}${key} ${names.map((n) => JSON.stringify(n)).join(" ")} {\n${body(node, depth + 1, key)}${pad}}\n`;
  }
  return Object.entries(node)
    .map(([name, child]) => labelled(key, child as Record<string, unknown>, labels, [...names, name], depth))
    .join("");
}

/** `"${a.b.c}"` is the expression `a.b.c`; other strings are quoted; numbers and booleans stay literal. */
function expression(value: unknown): string {
  if (typeof value === "string") {
    const whole = /^\$\{([^{}]*)\}$/.exec(value);
    return whole ? whole[1] : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(expression).join(", ")}]`;
  return JSON.stringify(value);
}
