import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, TerraformOutput } from "cdktf";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { ValidationError } from "../constructs/core/errors";
import { SUPPRESSION_RULE_ID } from "../policy/engine";
import { formatFindings, PolicyViolations } from "../policy/report";
import { ALL_RULES } from "../policy/rules";
import { suppressPolicy } from "../policy/suppress";
import type { PolicyRule } from "../policy/types";
import { stateStorageLocation } from "../backends/state-storage";
import { EnvironmentStack } from "../stacks/environment-stack";
import { writeChecked } from "../stacks/estate";
import { PlatformStack } from "../stacks/platform-stack";
import { platformLayout } from "../stacks/platform-layout";
import { RoleAssignment } from "../constructs/security/role-assignment";
import { settings } from "../stacks/settings/environments";
import { validateSettings } from "../stacks/settings/validate";
import { policyRulesMarkdown } from "../tools/policy-rules-doc";
import { testStack } from "./helpers";
import { policyReport } from "./policy-helpers";

/** A rule for the engine's own tests: resource groups must be in westeurope. */
const WESTEUROPE: PolicyRule = {
  id: "AZ-TEST-001",
  title: "Resource groups are in westeurope",
  scanners: [],
  resourceTypes: ["azurerm_resource_group"],
  fix: "set location to westeurope",
  check: (r) => (r.body.location === "westeurope" ? undefined : `is in ${r.body.location}`),
};

/** A stack-level rule: no output named `secret`. */
const NO_SECRET_OUTPUT: PolicyRule = {
  id: "AZ-TEST-002",
  title: "No output is called secret",
  scanners: [],
  resourceTypes: [],
  fix: "rename the output",
  check: () => undefined,
  checkStack: (context) => (context.outputs.secret ? [{ address: "output.secret", problem: "is called secret" }] : []),
};

function groups(): { stack: ReturnType<typeof testStack>; good: ResourceGroup; bad: ResourceGroup } {
  const stack = testStack();
  return {
    stack,
    good: new ResourceGroup(stack, "good", { name: "good", location: "westeurope" }),
    bad: new ResourceGroup(stack, "bad", { name: "bad", location: "eastus" }),
  };
}

describe("policy engine", () => {
  it("reports each finding with rule, construct path, address, problem and fix", () => {
    const { stack } = groups();
    const report = policyReport(stack, { rules: [WESTEUROPE] });
    expect(report.findings).toEqual([{ ruleId: "AZ-TEST-001", path: "test/bad", address: "azurerm_resource_group.bad", problem: "is in eastus", fix: "set location to westeurope" }]);
    expect(formatFindings([report])).toBe("1 policy finding:\n  - [AZ-TEST-001] test/bad (azurerm_resource_group.bad): is in eastus.\n      fix: set location to westeurope");
  });

  it("moves a finding with a written suppression to the suppressed list, and writes the reason into the resource's metadata", () => {
    const { stack, bad } = groups();
    suppressPolicy(bad, "AZ-TEST-001", "A disaster-recovery copy that must live outside the primary region.");
    const report = policyReport(stack, { rules: [WESTEUROPE] });
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([expect.objectContaining({ ruleId: "AZ-TEST-001", address: "azurerm_resource_group.bad", reason: "A disaster-recovery copy that must live outside the primary region." })]);
    expect((stack.toTerraform() as any).resource.azurerm_resource_group.bad["//"].policy_suppressions).toEqual([
      { rule: "AZ-TEST-001", reason: "A disaster-recovery copy that must live outside the primary region." },
    ]);
  });

  it("suppresses only the rule named, only on the resource it is made on", () => {
    const { stack, good } = groups();
    suppressPolicy(good, "AZ-TEST-001", "Suppressed on the wrong resource by mistake here.");
    const report = policyReport(stack, { rules: [WESTEUROPE] });
    expect(report.findings.map((f) => [f.ruleId, f.address, f.problem]).sort()).toEqual([
      [SUPPRESSION_RULE_ID, "azurerm_resource_group.good", "suppresses AZ-TEST-001, which the resource does not break"],
      ["AZ-TEST-001", "azurerm_resource_group.bad", "is in eastus"],
    ]);
  });

  it("reports a suppression naming a rule the pack does not have", () => {
    const { stack, bad } = groups();
    suppressPolicy(bad, "AZ-TEST-999", "A rule id that was mistyped in the suppression.");
    const problems = policyReport(stack, { rules: [WESTEUROPE] }).findings.map((f) => f.problem);
    expect(problems).toContain("suppresses AZ-TEST-999, which is no rule of the pack");
  });

  it("refuses a suppression without a real reason, with a malformed rule id, or made twice", () => {
    const { bad } = groups();
    expect(() => suppressPolicy(bad, "AZ-TEST-001", "because")).toThrow(
      'test/bad: suppression.AZ-TEST-001.reason = "because": must explain in at least 20 characters why the resource may break the rule',
    );
    expect(() => suppressPolicy(bad, "tls", "A reason that is long enough to pass.")).toThrow('test/bad: suppression.rule = "tls": must be a rule id such as AZ-STG-004');
    suppressPolicy(bad, "AZ-TEST-001", "A reason that is long enough to pass.");
    expect(() => suppressPolicy(bad, "AZ-TEST-001", "A reason that is long enough to pass.")).toThrow(ValidationError);
  });

  it("runs stack-level rules once per stack, and they cannot be suppressed", () => {
    const stack = testStack();
    new TerraformOutput(stack, "secret", { value: "x" });
    expect(policyReport(stack, { rules: [NO_SECRET_OUTPUT] }).findings).toEqual([
      { ruleId: "AZ-TEST-002", path: "test/output.secret", address: "output.secret", problem: "is called secret", fix: "rename the output" },
    ]);
  });

  it("has unique rule ids of the form AZ-<AREA>-<nnn>, each with a title, a fix and at least one resource type or a stack check", () => {
    const ids = ALL_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of ALL_RULES) {
      expect([rule.id, /^AZ-[A-Z]+-\d{3}$/.test(rule.id)]).toEqual([rule.id, true]);
      expect([rule.id, rule.title.length > 0 && rule.fix.length > 0]).toEqual([rule.id, true]);
      expect([rule.id, rule.scanners.length > 0 && rule.scanners.every((scanner) => scanner.length > 0)]).toEqual([rule.id, true]);
      expect([rule.id, rule.resourceTypes.length > 0 || !!rule.checkStack]).toEqual([rule.id, true]);
    }
  });

  it("has every rule of the pack tested in one of the rule test files", () => {
    const texts = readdirSync(__dirname)
      .filter((file) => /^policy-.+\.test\.ts$/.test(file) && file !== "policy-engine.test.ts")
      .map((file) => readFileSync(join(__dirname, file), "utf8"));
    expect(texts.length).toBeGreaterThanOrEqual(3);
    expect(ALL_RULES.map((r) => r.id).filter((id) => !texts.some((text) => text.includes(`"${id}"`)))).toEqual([]);
  });
});

describe("docs/policy-rules.md", () => {
  it("lists exactly the rules of the pack (regenerate with npm run --silent policy:rules > docs/policy-rules.md)", () => {
    expect(readFileSync(join(__dirname, "..", "docs", "policy-rules.md"), "utf8")).toBe(policyRulesMarkdown());
  });
});

describe("synthesis with the rule pack", () => {
  let outdir: string;
  beforeEach(() => {
    outdir = mkdtempSync(join(tmpdir(), "policy-synth-"));
  });
  afterEach(() => rmSync(outdir, { recursive: true, force: true }));

  it("writes no stack when one stack breaks a rule, and names the finding", () => {
    // The platform stack and prod are enough to show that a finding in one stack stops the other too.
    const app = new App({ outdir });
    const valid = validateSettings(settings);
    const stateStorage = stateStorageLocation(valid.state);
    const layout = platformLayout(valid.state);
    const prod = new EnvironmentStack(app, { settings: valid.environments.find((e) => e.name === "prod")!, stateStorage, platform: layout });
    const grantedRoles = () => prod.node.findAll().flatMap((c) => (c instanceof RoleAssignment ? [c.roleDefinitionName] : []));
    const platform = new PlatformStack(app, { settings: valid.state, platform: valid.platform, location: stateStorage, layout, environments: valid.environments, grantedRoles });
    // An escape hatch that moves prod's main resource group out of its region.
    const group = prod.node.findAll().find((c) => c.node.path === "prod/foundation/resource-group/group") as ResourceGroup;
    group.addOverride("location", "eastus");
    let thrown: unknown;
    try {
      writeChecked(app, [platform, prod], { rules: [...ALL_RULES, WESTEUROPE] });
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(PolicyViolations);
    expect((thrown as Error).message).toContain("[AZ-TEST-001] prod/foundation/resource-group/group (azurerm_resource_group.foundation_resource-group_B06C515F): is in eastus.");
    // The app made its (empty) output folders on construction; no stack was written into them.
    const written = existsSync(join(outdir, "stacks")) ? readdirSync(join(outdir, "stacks")) : [];
    expect(written).toEqual([]);
  });
});
