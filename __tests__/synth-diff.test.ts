import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { USAGE, main } from "../tools/synth-diff/cli";
import { diffEstates, diffStack, losesStatefulData, type StackJson } from "../tools/synth-diff/diff";
import { COLLAPSE_AFTER, renderMarkdown, renderStack } from "../tools/synth-diff/markdown";
import { readOutputDir, resolveBase, resolveRevision, synthesizeRevision } from "../tools/synth-diff/source";
import { runTs } from "./helpers";

const root = join(__dirname, "..");
const fixtures = join(__dirname, "fixtures", "synth-diff");
const base = readOutputDir(join(fixtures, "base"));
const head = readOutputDir(join(fixtures, "head"));
const labels = { base: "base", head: "head" };
const app = diffStack(base.app, head.app);

/** A stack of `type -> id -> body` resources. */
function stack(resource: Record<string, Record<string, unknown>>, extra: Partial<StackJson> = {}): StackJson {
  return { resource, ...extra };
}

describe("resources added, removed and changed", () => {
  it("lists addresses only on one side, sorted, without the renamed ones", () => {
    expect(app.added).toEqual(["azurerm_monitor_diagnostic_setting.web_diagnostics"]);
    expect(app.removed).toEqual(["azurerm_key_vault.vault", "azurerm_monitor_action_group.ops"]);
  });

  it("names the changed attribute paths, dotted, list elements by index", () => {
    expect(app.changed).toEqual([
      { address: "azurerm_linux_web_app.web", paths: ["site_config.ip_restriction[1].action", "site_config.minimum_tls_version"] },
    ]);
  });

  it("ignores cdktf metadata: a new policy suppression and a moved construct path are no change", () => {
    expect(base.app.resource!.azurerm_network_security_group.nsg).not.toEqual(head.app.resource!.azurerm_network_security_group.nsg);
    expect(app.changed.map((c) => c.address)).not.toContain("azurerm_network_security_group.nsg");
    expect(app.renamed.find((r) => r.type === "azurerm_storage_account")!.paths).toEqual(["tags.owner"]);
  });

  it("reports added and removed keys, a list growing, a kind change and odd map keys", () => {
    const before = stack({ t: { x: { a: [1], b: { c: 1 }, tags: { "a b": "1" }, gone: true } } });
    const after = stack({ t: { x: { a: [1, 2], b: "text", tags: { "a b": "2" }, new: 1 } } });
    expect(diffStack(before, after).changed).toEqual([{ address: "t.x", paths: ["a[1]", "b", "gone", "new", 'tags["a b"]'] }]);
  });

  it("lists data sources with the data. prefix", () => {
    const diff = diffStack({ data: { azurerm_client_config: { a: {} } } }, { data: { azurerm_client_config: { b: { x: 1 } } } });
    expect([diff.added, diff.removed]).toEqual([["data.azurerm_client_config.b"], ["data.azurerm_client_config.a"]]);
  });

  it("finds nothing between equal outputs", () => {
    const diff = diffStack(head.app, JSON.parse(JSON.stringify(head.app)));
    expect(diff).toEqual({
      status: "unchanged",
      added: [],
      removed: [],
      changed: [],
      renamed: [],
      statefulRemoved: [],
      outputs: { added: [], removed: [], changed: [] },
      configuration: { added: [], removed: [], changed: [] },
    });
    expect(losesStatefulData(diff)).toBe(false);
  });
});

describe("renamed logical ids", () => {
  const renamed = (type: string) => app.renamed.find((r) => r.type === type);

  it("matches a stateful resource by its name argument and suggests moveFromId and a moved block", () => {
    expect(renamed("azurerm_storage_account")).toEqual({
      type: "azurerm_storage_account",
      from: "azurerm_storage_account.data_old",
      to: "azurerm_storage_account.data_new",
      stateful: true,
      moved: false,
      paths: ["tags.owner"],
      constructPath: "app/data/account",
      moveFromId: 'moveFromId("azurerm_storage_account.data_old")',
      movedBlock: "moved {\n  from = azurerm_storage_account.data_old\n  to   = azurerm_storage_account.data_new\n}",
    });
    expect(losesStatefulData(app)).toBe(true);
  });

  it("matches a non-stateful resource without a name by its identical body", () => {
    expect(renamed("azurerm_subnet_network_security_group_association")).toMatchObject({
      from: "azurerm_subnet_network_security_group_association.assoc_old",
      to: "azurerm_subnet_network_security_group_association.assoc_new",
      stateful: false,
      paths: [],
    });
  });

  it("matches bodies once their references follow another rename (the role assignment's scope)", () => {
    expect(renamed("azurerm_role_assignment")).toMatchObject({ from: "azurerm_role_assignment.reader_old", to: "azurerm_role_assignment.reader_new", stateful: false });
  });

  it("counts references that follow a rename as unchanged, in resources and outputs", () => {
    expect(app.changed.map((c) => c.address)).not.toContain("azurerm_storage_container.uploads");
    expect(app.outputs.changed.map((c) => c.address)).toEqual(["rg_name"]);
  });

  it("marks a rename the head keeps with a moved block, which puts no data at risk", () => {
    const logs = renamed("azurerm_log_analytics_workspace")!;
    expect([logs.stateful, logs.moved, logs.paths]).toEqual([true, true, ["retention_in_days"]]);
    const onlyMoved = diffStack(
      stack({ azurerm_log_analytics_workspace: { a: { name: "log" } } }),
      stack({ azurerm_log_analytics_workspace: { b: { name: "log" } } }, { moved: [{ from: "azurerm_log_analytics_workspace.a", to: "azurerm_log_analytics_workspace.b" }] }),
    );
    expect(losesStatefulData(onlyMoved)).toBe(false);
  });

  it("follows renames in depends_on and chains of references", () => {
    const before = stack({
      azurerm_resource_group: { rg_a: { name: "rg" } },
      azurerm_management_lock: { lock_a: { scope: "${azurerm_resource_group.rg_a.id}", lock_level: "CanNotDelete" } },
      azurerm_role_assignment: { ra_a: { scope: "${azurerm_management_lock.lock_a.scope}", depends_on: ["azurerm_resource_group.rg_a"] } },
    });
    const after = stack({
      azurerm_resource_group: { rg_b: { name: "rg" } },
      azurerm_management_lock: { lock_b: { scope: "${azurerm_resource_group.rg_b.id}", lock_level: "CanNotDelete" } },
      azurerm_role_assignment: { ra_b: { scope: "${azurerm_management_lock.lock_b.scope}", depends_on: ["azurerm_resource_group.rg_b"] } },
    });
    const diff = diffStack(before, after);
    expect(diff.renamed.map((r) => [r.from, r.to, r.stateful])).toEqual([
      ["azurerm_management_lock.lock_a", "azurerm_management_lock.lock_b", false],
      ["azurerm_resource_group.rg_a", "azurerm_resource_group.rg_b", true],
      ["azurerm_role_assignment.ra_a", "azurerm_role_assignment.ra_b", false],
    ]);
    expect([diff.added, diff.removed, diff.changed]).toEqual([[], [], []]);
  });

  it("does not pair resources of different types, nor resources whose name is shared on one side", () => {
    const diff = diffStack(
      stack({ azurerm_key_vault: { a: { name: "kv", sku_name: "standard" } }, azurerm_redis_cache: { r1: { name: "c", capacity: 1 }, r2: { name: "c", capacity: 2 } } }),
      stack({ azurerm_storage_account: { b: { name: "kv", sku_name: "standard" } }, azurerm_redis_cache: { r3: { name: "c", capacity: 3 } } }),
    );
    expect(diff.renamed).toEqual([]);
    expect(diff.statefulRemoved).toEqual(["azurerm_key_vault.a", "azurerm_redis_cache.r1", "azurerm_redis_cache.r2"]);
  });

  it("gives a renamed data source no move suggestion: nothing is destroyed", () => {
    const diff = diffStack({ data: { azurerm_client_config: { a: { x: 1 } } } }, { data: { azurerm_client_config: { b: { x: 1 } } } });
    expect(diff.renamed).toEqual([
      { type: "azurerm_client_config", from: "data.azurerm_client_config.a", to: "data.azurerm_client_config.b", stateful: false, moved: false, paths: [], constructPath: undefined },
    ]);
  });
});

describe("stacks, outputs and other blocks", () => {
  const diff = diffEstates(base, head, labels);

  it("covers the union of stacks: one only in head is added, one only in base removed wholesale", () => {
    expect(Object.fromEntries(Object.entries(diff.stacks).map(([id, s]) => [id, s.status]))).toEqual({ app: "changed", cache: "removed", edge: "added" });
    expect(diff.stacks.edge.added).toEqual(["azurerm_public_ip.ip"]);
    expect(diff.stacks.cache).toMatchObject({
      removed: ["azurerm_redis_cache.cache", "azurerm_resource_group.rg"],
      statefulRemoved: ["azurerm_redis_cache.cache", "azurerm_resource_group.rg"],
      outputs: { added: [], removed: ["cache_host"], changed: [] },
    });
  });

  it("flags a removed stateful resource that no rename explains", () => {
    expect(app.statefulRemoved).toEqual(["azurerm_key_vault.vault"]);
  });

  it("lists outputs and top-level blocks added, removed and changed", () => {
    expect(app.outputs).toEqual({ added: ["web_hostname"], removed: ["vault_uri"], changed: [{ address: "rg_name", paths: ["description"] }] });
    expect(app.configuration).toEqual({ added: [], removed: [], changed: [{ address: "terraform.backend", paths: ["azurerm.key"] }] });
  });

  it("diffs one stack when asked", () => {
    expect(Object.keys(diffEstates(base, head, labels, "edge").stacks)).toEqual(["edge"]);
  });
});

describe("the markdown report", () => {
  const markdown = renderMarkdown(diffEstates(base, head, labels));

  it("heads with both sides and the stacks where stateful data is at risk", () => {
    expect(markdown.split("\n\n").slice(0, 2)).toEqual(["## Synth diff: head against base", "⚠️ **Stateful data at risk in `app`, `cache`**: see the warnings below."]);
  });

  it("gives each stack a section with its counts", () => {
    expect(markdown).toContain(
      "### Stack `app`: 1 added, 2 removed, 1 changed, 4 renamed, 3 output changes, 1 configuration change ⚠️ stateful data at risk\n\n",
    );
    expect(markdown).toContain("### Stack `edge` (new stack): 1 added, 0 removed, 0 changed, 0 renamed\n\n**Added** (1)\n\n- `azurerm_public_ip.ip`");
    expect(markdown).toContain("### Stack `cache` (stack removed): 0 added, 2 removed");
    expect(markdown).toContain("⚠️ **Stack removed**: its 2 resources (stateful: `azurerm_redis_cache.cache`, `azurerm_resource_group.rg`) are no longer synthesized.");
  });

  it("puts the stateful rename first, with both fixes, and the stateful removal before the tables", () => {
    const section = renderStack("app", app);
    const rename = section.indexOf("⚠️ **Stateful resource renamed: `azurerm_storage_account.data_old` → `azurerm_storage_account.data_new`.**");
    const removal = section.indexOf("⚠️ **Stateful resource removed: `azurerm_key_vault.vault`.**");
    const table = section.indexOf("**Renamed (destroy and recreate unless moved)** (4)");
    expect(rename).toBeGreaterThan(0);
    expect(rename).toBeLessThan(removal);
    expect(removal).toBeLessThan(table);
    expect(section).toContain('call `.moveFromId("azurerm_storage_account.data_old")`');
    expect(section).toContain("```hcl\nmoved {\n  from = azurerm_storage_account.data_old\n  to   = azurerm_storage_account.data_new\n}\n```");
    // The moved log workspace is no warning, only a table row.
    expect(section).not.toContain("Stateful resource renamed: `azurerm_log_analytics_workspace");
    expect(section).toContain("| `azurerm_log_analytics_workspace.logs_old` | `azurerm_log_analytics_workspace.logs_new` | `retention_in_days` | kept: `moved` block in head |");
  });

  it("tabulates changed paths and lists outputs and configuration on a line each", () => {
    expect(markdown).toContain("| `azurerm_linux_web_app.web` | `site_config.ip_restriction[1].action`, `site_config.minimum_tls_version` |");
    expect(markdown).toContain("**Outputs**: added `web_hostname`; removed `vault_uri`; changed `rg_name` (`description`)");
    expect(markdown).toContain("**Configuration**: changed `terraform.backend` (`azurerm.key`)");
  });

  it("folds long lists into details and escapes pipes in table cells", () => {
    const many = Object.fromEntries(Array.from({ length: COLLAPSE_AFTER + 1 }, (_, i) => [`ip_${i}`, { sku: "Standard" }]));
    const section = renderStack("big", diffStack(stack({}), stack({ azurerm_public_ip: many, t: { x: { tags: { "a|b": "1" } } } })));
    expect(section).toContain(`<details><summary><b>Added</b> (${COLLAPSE_AFTER + 2})</summary>\n\n- \`azurerm_public_ip.ip_0\``);
    expect(section).toContain("\n\n</details>");
    const changed = renderStack("pipe", diffStack(stack({ t: { x: { tags: { "a|b": "1" } } } }), stack({ t: { x: { tags: { "a|b": "2" } } } })));
    expect(changed).toContain('| `t.x` | `tags["a\\|b"]` |');
  });

  it("says so when nothing differs", () => {
    expect(renderMarkdown(diffEstates(head, head, labels))).toBe(
      "## Synth diff: head against base\n\nNo differences in 2 stacks.\n\n### Stack `app`: no changes\n\n### Stack `edge`: no changes\n",
    );
  });
});

describe("the command line", () => {
  /** Runs main() in this process, collecting what it prints. */
  async function inProcess(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    const out: string[] = [];
    const err: string[] = [];
    const write = jest.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(String(chunk)), true));
    const error = jest.spyOn(console, "error").mockImplementation((line) => void err.push(`${line}\n`));
    try {
      const code = await main(args, root);
      return { code, stdout: out.join(""), stderr: err.join("") };
    } finally {
      write.mockRestore();
      error.mockRestore();
    }
  }
  const dirs = ["--base", join(fixtures, "base"), "--head", join(fixtures, "head")];

  it.each([
    ["no --base", ["--head", "x"], "missing --base <dir-or-git-ref>"],
    ["an unknown option", ["--base", "x", "--colour"], "Unknown option '--colour'"],
    ["an unknown format", [...dirs, "--format", "html"], 'unknown --format "html": known formats are markdown, json'],
    ["a base that is no directory or revision", ["--base", "no-such-thing-or-ref"], '--base "no-such-thing-or-ref": neither a directory nor a git revision'],
    ["a missing head directory", ["--base", join(fixtures, "base"), "--head", "/nonexistent"], '--head "/nonexistent": no such directory'],
    ["a directory without stacks", ["--base", fixtures], `--base ${JSON.stringify(fixtures)}: no stacks/<id>/cdk.tf.json in it`],
    ["an unknown stack", [...dirs, "--stack", "qa"], 'unknown --stack "qa": known stacks are app, cache, edge'],
  ])("rejects %s with exit code 2, the message and the usage", async (_, args, message) => {
    expect(await inProcess(args)).toEqual({ code: 2, stdout: "", stderr: `diff: ${message}\n${USAGE}\n` });
  });

  it("compares two output directories end to end, as npm run diff does", async () => {
    const command = runTs("tools/synth-diff/cli.ts", ...dirs, "--format", "json", "--stack", "app");
    const { stdout, stderr } = await promisify(execFile)(command.file, command.args, { cwd: root, env: { ...process.env, ...command.env } }).finally(command.cleanUp);
    expect(stderr).toBe("");
    expect(JSON.parse(stdout)).toEqual(
      JSON.parse(JSON.stringify(diffEstates(base, head, { base: `directory ${join(fixtures, "base")}`, head: `directory ${join(fixtures, "head")}` }, "app"))),
    );
  }, 30_000);
});

describe("a git revision as the base", () => {
  it("rejects a name that is neither a directory nor a revision", () => {
    expect(resolveRevision(root, "no-such-ref")).toBeUndefined();
    expect(() => resolveBase(root, "no-such-ref")).toThrow('--base "no-such-ref": neither a directory nor a git revision');
  });

  it("reports a revision it cannot synthesize with exit code 1, leaving no worktree behind", async () => {
    const first = execFileSync("git", ["rev-list", "--max-parents=0", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
    const errors: string[] = [];
    const error = jest.spyOn(console, "error").mockImplementation((line) => void errors.push(String(line)));
    try {
      // The first commit predates main.ts.
      expect(await main(["--base", first, "--head", join(fixtures, "head")], root)).toBe(1);
    } finally {
      error.mockRestore();
    }
    expect(errors).toEqual([`diff: revision ${first} has no main.ts to synthesize`]);
    expect(execFileSync("git", ["worktree", "list", "--porcelain"], { cwd: root, encoding: "utf8" })).not.toContain("estate-diff-base-");
  });

  // Two worktrees of HEAD at different paths, synthesized at once: the path shows no differences (so
  // nothing in the output depends on where it was synthesized) and leaves no worktree or directory.
  // The working tree itself is not compared: uncommitted changes would show, as they should.
  it("synthesizes HEAD in temporary worktrees that it removes, with no differences between them", async () => {
    const tmp = mkdtempSync(join(tmpdir(), "synth-diff-test-"));
    const saved = process.env.TMPDIR;
    process.env.TMPDIR = tmp;
    try {
      const commit = resolveRevision(root, "HEAD")!;
      const [first, second] = await Promise.all([synthesizeRevision(root, "HEAD", commit), synthesizeRevision(root, "HEAD", commit)]);
      expect(first.label).toBe(`revision HEAD (${commit.slice(0, 7)})`);
      expect(Object.keys(first.estate)).toEqual(["dev", "platform", "prod", "staging"]);
      const diff = diffEstates(first.estate, second.estate, { base: first.label, head: second.label });
      expect(Object.values(diff.stacks).map((s) => s.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
      expect(readdirSync(tmp)).toEqual([]);
      expect(execFileSync("git", ["worktree", "list"], { cwd: root, encoding: "utf8" })).not.toContain(tmp);
    } finally {
      if (saved === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = saved;
      rmSync(tmp, { recursive: true, force: true });
    }
  }, 30_000);
});
