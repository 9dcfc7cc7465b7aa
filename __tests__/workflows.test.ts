import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  convertWorkflowTemplate,
  isBoolean,
  isMapping,
  isSequence,
  isString,
  NoOperationTraceWriter,
  parseWorkflow,
  type WorkflowTemplate,
} from "@actions/workflow-parser";
import type { Job } from "@actions/workflow-parser/model/workflow-template";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { data, Evaluator, Lexer, Parser } from "@actions/expressions";
import { parse as parseYaml } from "yaml";

/**
 * The workflows, read twice: by the official parser (`parseWorkflow` validates the file against the
 * workflow schema, expressions included; `convertWorkflowTemplate` gives the jobs as GitHub sees them),
 * and as plain data by `yaml` (the parser's own YAML reader: anchors resolved the same way) for what the
 * template does not expose (permissions, step inputs, run scripts).
 */
const WORKFLOW_DIR = join(__dirname, "..", ".github", "workflows");
const STACKS = ["dev", "staging", "prod"];
/** Every job that plans, applies or checks drift of an environment (`file:job`, sorted). */
const TOFU_JOBS = [
  ...["apply-dev", "apply-prod", "apply-staging", "plan-dev", "plan-prod", "plan-staging"].map((j) => `deploy.yml:${j}`),
  "drift.yml:drift",
  "pull-request.yml:plan",
];

/** The parser's errors for a workflow file: schema and expression errors, then conversion errors. */
async function workflowErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (result.value === undefined) return errors.length > 0 ? errors : [`${name}: nothing parsed`];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return [...new Set([...errors, ...(template.errors ?? []).map((e) => e.Message)])];
}

interface Workflow {
  template: WorkflowTemplate;
  /** The file as plain data. */
  doc: any;
  text: string;
}

const cache = new Map<string, Promise<Workflow>>();
function workflow(file: string): Promise<Workflow> {
  if (!cache.has(file)) {
    cache.set(
      file,
      (async () => {
        const text = readFileSync(join(WORKFLOW_DIR, file), "utf8");
        const result = parseWorkflow({ name: file, content: text }, new NoOperationTraceWriter());
        const template = await convertWorkflowTemplate(result.context, result.value!);
        return { template, doc: parseYaml(text), text };
      })(),
    );
  }
  return cache.get(file)!;
}

const workflowFiles = readdirSync(WORKFLOW_DIR).filter((f) => /\.ya?ml$/.test(f)).sort();

/** A literal token's value, a mapping as an object. */
function plain(token: TemplateToken | undefined): unknown {
  if (token === undefined) return undefined;
  if (isString(token) || isBoolean(token)) return token.value;
  if (isMapping(token)) {
    const out: Record<string, unknown> = {};
    for (let i = 0; i < token.count; i++) {
      const pair = token.get(i);
      out[String(plain(pair.key))] = plain(pair.value);
    }
    return out;
  }
  return token.toString();
}

function jobsById(template: WorkflowTemplate): Map<string, Job> {
  return new Map(template.jobs.map((j) => [j.id.value, j as Job]));
}

/** Job ids in an order where every job comes after the jobs it needs. */
function needsOrder(template: WorkflowTemplate): string[] {
  const jobs = jobsById(template);
  const order: string[] = [];
  const visit = (id: string): void => {
    if (order.includes(id)) return;
    for (const n of jobs.get(id)!.needs ?? []) visit(n.value);
    order.push(id);
  };
  for (const id of jobs.keys()) visit(id);
  return order;
}

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string>; if?: string; [key: string]: unknown };
const stepsOf = (doc: any, job: string): Step[] => doc.jobs[job].steps;
const usesStep = (steps: Step[], action: string): Step | undefined => steps.find((s) => s.uses?.startsWith(`${action}@`));
const runIndex = (steps: Step[], pattern: RegExp): number => steps.findIndex((s) => pattern.test(s.run ?? ""));
const allJobs = async (): Promise<Array<{ file: string; id: string; job: any; doc: any }>> =>
  (await Promise.all(workflowFiles.map(async (file) => ({ file, doc: (await workflow(file)).doc }))))
    .flatMap(({ file, doc }) => Object.entries<any>(doc.jobs).map(([id, job]) => ({ file, id, job, doc })));

describe("workflow files parse with the official parser", () => {
  test("the three workflows exist", () => {
    expect(workflowFiles).toEqual(expect.arrayContaining(["deploy.yml", "drift.yml", "pull-request.yml"]));
  });

  test.each(workflowFiles)("%s has no errors", async (file) => {
    expect(await workflowErrors(file, readFileSync(join(WORKFLOW_DIR, file), "utf8"))).toEqual([]);
  });

  // The check above can fail: the parser does report schema, expression and job-graph errors.
  test.each([
    ["a misspelled permission level", "permissions:\n  id-token: writ\n", "ubuntu-latest", "(Line: 3, Col: 13): Unexpected value 'writ'"],
    ["an unknown context", "env:\n  A: ${{ secret.X }}\n", "ubuntu-latest", "(Line: 3, Col: 6): Unrecognized named-value: 'secret'"],
    ["secrets where runs-on cannot see them", "", "${{ secrets.RUNNER }}", "(Line: 4, Col: 14): Unrecognized named-value: 'secrets'"],
  ])("a workflow with %s is reported", async (_, header, runsOn, message) => {
    const broken = `on: push\n${header}jobs:\n  a:\n    runs-on: ${runsOn}\n    steps:\n      - run: echo\n`;
    expect(await workflowErrors("broken.yml", broken)).toEqual([`broken.yml ${message}`]);
  });

  test("a job that needs a missing job is reported", async () => {
    const broken = "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n  b:\n    needs: [c]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo\n";
    expect(await workflowErrors("broken.yml", broken)).toEqual(["broken.yml (Line: 8, Col: 13): Job 'b' depends on unknown job 'c'."]);
  });
});

describe("every workflow", () => {
  test.each(workflowFiles)("%s: top-level permissions are at most contents: read", async (file) => {
    const { doc } = await workflow(file);
    expect([{}, { contents: "read" }]).toContainEqual(doc.permissions);
  });

  test("job permissions add only id-token, pull-requests and issues writes, never contents write", async () => {
    for (const { file, id, job } of await allJobs()) {
      const permissions = job.permissions ?? {};
      expect([file, id, typeof permissions]).toEqual([file, id, "object"]); // not read-all / write-all
      for (const [scope, level] of Object.entries(permissions)) {
        const allowed = ["id-token", "pull-requests", "issues"].includes(scope) ? ["read", "write", "none"] : ["read", "none"];
        expect([file, id, scope, allowed.includes(level as string)]).toEqual([file, id, scope, true]);
      }
    }
  });

  test("every `uses:` is pinned to the expected major version", async () => {
    const pinned: Record<string, string> = {
      "actions/checkout": "v4",
      "actions/setup-node": "v4",
      "actions/upload-artifact": "v4",
      "actions/download-artifact": "v4",
      "actions/github-script": "v7",
      "azure/login": "v2",
      "opentofu/setup-opentofu": "v1",
    };
    const used = new Set<string>();
    for (const file of workflowFiles) {
      for (const job of (await workflow(file)).template.jobs) {
        for (const step of (job as Job).steps) {
          if (!("uses" in step)) continue;
          const [action, version] = step.uses.value.split("@");
          expect([file, action, version]).toEqual([file, action, pinned[action]]);
          used.add(action);
        }
      }
    }
    expect([...used].sort()).toEqual(Object.keys(pinned).sort());
  });

  test.each(workflowFiles)("%s: run steps use bash with set -euo pipefail", async (file) => {
    const { doc } = await workflow(file);
    expect(doc.defaults.run.shell).toBe("bash --noprofile --norc -euo pipefail {0}");
    for (const [id, job] of Object.entries<any>(doc.jobs)) {
      expect([id, job.defaults, job.steps.filter((s: Step) => s.shell)]).toEqual([id, undefined, []]);
    }
  });

  test("the only secrets referenced are the Confluent Cloud API key and secret", async () => {
    for (const file of workflowFiles) {
      const refs = [...(await workflow(file)).text.matchAll(/secrets\.(\w+)/g)].map((m) => m[1]);
      expect(new Set(refs)).toEqual(new Set(refs.length ? ["CONFLUENT_CLOUD_API_KEY", "CONFLUENT_CLOUD_API_SECRET"] : []));
    }
  });

  test("every job using azure/login has id-token: write and logs in with OIDC identifiers from vars only", async () => {
    const logins = (await allJobs()).filter(({ job }) => usesStep(job.steps, "azure/login"));
    expect(logins.map(({ file, id }) => `${file}:${id}`).sort()).toEqual(TOFU_JOBS);
    for (const { file, id, job } of logins) {
      expect([file, id, job.permissions["id-token"]]).toEqual([file, id, "write"]);
      // Which identity: see "private runners and pipeline identities" below.
      expect([file, id, usesStep(job.steps, "azure/login")!.with]).toEqual([
        file,
        id,
        {
          "client-id": expect.stringMatching(/^\$\{\{ vars\.(AZURE_PLAN_CLIENT_ID|AZURE_CLIENT_ID) \}\}$/),
          "tenant-id": "${{ vars.AZURE_TENANT_ID }}",
          "subscription-id": "${{ vars.AZURE_SUBSCRIPTION_ID }}",
        },
      ]);
    }
  });

  test("OpenTofu runs only after azure/login, as 1.11.x without the wrapper, with the login's OIDC identity in its env", async () => {
    for (const { file, id, job, doc } of await allJobs()) {
      const steps: Step[] = job.steps;
      const firstTofu = runIndex(steps, /^\s*tofu /m);
      if (firstTofu < 0) continue;
      const login = steps.findIndex((s) => s.uses?.startsWith("azure/login@"));
      const setup = steps.findIndex((s) => s.uses?.startsWith("opentofu/setup-opentofu@"));
      expect([file, id, 0 <= login && login < firstTofu, 0 <= setup && setup < firstTofu]).toEqual([file, id, true, true]);
      expect(steps[setup].with).toEqual({ tofu_version: "1.11.x", tofu_wrapper: false });
      // OpenTofu authenticates as the identity the job logged in with, never another one.
      const identity = steps[login].with!["client-id"];
      for (const step of steps.filter((s) => /^\s*tofu /m.test(s.run ?? ""))) {
        const env = { ...doc.env, ...job.env, ...step.env };
        expect([file, id, env]).toEqual([
          file,
          id,
          expect.objectContaining({
            ARM_USE_OIDC: "true",
            ARM_USE_AZUREAD: "true",
            ARM_CLIENT_ID: identity,
            ARM_TENANT_ID: "${{ vars.AZURE_TENANT_ID }}",
            ARM_SUBSCRIPTION_ID: "${{ vars.AZURE_SUBSCRIPTION_ID }}",
            TF_VAR_management_ssh_public_key: "${{ vars.MANAGEMENT_SSH_PUBLIC_KEY }}",
          }),
        ]);
        expect(Object.keys(env).filter((k) => /^ARM_CLIENT_(SECRET|CERTIFICATE)/.test(k))).toEqual([]);
      }
    }
  });

  test("plan-gate runs on the saved plan before every tofu apply, and only deploy applies", async () => {
    let applies = 0;
    for (const { file, id, job } of await allJobs()) {
      const steps: Step[] = job.steps;
      steps.forEach((step, i) => {
        if (!/\btofu apply\b/.test(step.run ?? "")) return;
        applies++;
        expect([file, step.run!.trim()]).toEqual(["deploy.yml", "tofu apply -input=false tfplan"]);
        const show = runIndex(steps, /tofu show -json tfplan > plan\.json/);
        const gate = runIndex(steps, /npm run --silent plan-gate -- "\$\{args\[@\]\}"/);
        expect([id, 0 <= show && show < gate && gate < i]).toEqual([id, true]);
        // A failing gate stops the job: nothing lets the apply run after it.
        expect([id, steps[gate]["continue-on-error"], steps[gate].if, step.if]).toEqual([id, undefined, undefined, undefined]);
      });
    }
    expect(applies).toBe(3);
  });
});

/**
 * Evaluates a GitHub Actions expression (a job's `if`, or the inside of `${{ }}`) with the official
 * evaluator against the given contexts. Status functions (`always()`, `success()`...) are unknown here:
 * an `if` that uses them fails to parse, which the tests below treat as a failure.
 */
function evaluate(expression: string, contexts: Record<string, unknown>): unknown {
  const lexed = new Lexer(expression).lex();
  const parsed = new Parser(lexed.tokens, Object.keys(contexts), []).parse();
  const dictionary = JSON.parse(JSON.stringify(contexts), data.reviver) as data.Dictionary;
  const result = new Evaluator(parsed, dictionary).evaluate();
  return result instanceof data.BooleanData ? result.value : result.coerceString();
}

/** The label list of the platform's private runners, as every job that touches an environment asks for it. */
const PRIVATE_RUNNER = ["self-hosted", "${{ vars.RUNNER_LABEL || 'azure-estate' }}"];
/** The variables the workflows may read: the platform stack's outputs (`npm run --silent platform:vars`). */
const PLATFORM_VARS = ["AZURE_PLAN_CLIENT_ID", "AZURE_CLIENT_ID", "AZURE_TENANT_ID", "AZURE_SUBSCRIPTION_ID", "RUNNER_LABEL", "MANAGEMENT_SSH_PUBLIC_KEY"];
const FORK_GUARD = "github.event.pull_request.head.repo.full_name == github.repository";

/** The `tofu <verb>` command lines of a job's run steps (comments left out). */
const tofuCommands = (job: any, verb: "plan" | "apply"): string[] =>
  (job.steps as Step[]).flatMap((s) => (s.run ?? "").split("\n").map((l) => l.trim()).filter((l) => new RegExp(`^tofu ${verb}\\b`).test(l)));
const varsIn = (value: unknown): string[] => [...new Set([...JSON.stringify(value ?? null).matchAll(/\bvars\.(\w+)/g)].map((m) => m[1]))].sort();
/** The leading comment block of a workflow file. */
const header = (text: string): string => text.slice(0, text.search(/^[^#\n]/m));
const loginClientId = (job: any): unknown => usesStep(job.steps, "azure/login")?.with?.["client-id"];

describe("private runners and pipeline identities (the platform contract)", () => {
  test("every job that plans, applies or checks drift runs on the private runners; every other job on ubuntu-latest", async () => {
    const jobs = await allJobs();
    const tofu = jobs.filter(({ job }) => tofuCommands(job, "plan").length + tofuCommands(job, "apply").length > 0);
    expect(tofu.map(({ file, id }) => `${file}:${id}`).sort()).toEqual(TOFU_JOBS);
    for (const { file, id, job } of jobs) {
      const expected = TOFU_JOBS.includes(`${file}:${id}`) ? PRIVATE_RUNNER : "ubuntu-latest";
      expect([file, id, job["runs-on"]]).toEqual([file, id, expected]);
      // An OIDC token only where Azure is reached, i.e. on the private runners.
      if (expected === "ubuntu-latest") expect([file, id, job.permissions?.["id-token"], loginClientId(job)]).toEqual([file, id, undefined, undefined]);
    }
  });

  test("the official parser sees the same runs-on (YAML anchors resolved)", async () => {
    for (const file of workflowFiles) {
      for (const job of (await workflow(file)).template.jobs as Job[]) {
        const runsOn = job["runs-on"]!;
        const labels = isSequence(runsOn) ? Array.from({ length: runsOn.count }, (_, i) => runsOn.get(i).toString()) : runsOn.toString();
        const expected = TOFU_JOBS.includes(`${file}:${job.id.value}`) ? PRIVATE_RUNNER : "ubuntu-latest";
        expect([file, job.id.value, labels]).toEqual([file, job.id.value, expected]);
      }
    }
  });

  test.each([
    [{}, "azure-estate"],
    [{ RUNNER_LABEL: "estate-eu" }, "estate-eu"],
  ])("the runner label is vars.RUNNER_LABEL, default azure-estate (vars %p)", (vars, label) => {
    const expression = PRIVATE_RUNNER[1].replace(/^\$\{\{\s*|\s*\}\}$/g, "");
    expect(evaluate(expression, { vars })).toBe(label);
  });

  test("plan jobs log in as the read-only plan identity, outside any GitHub environment, and plan with -lock=false", async () => {
    const planners = (await allJobs()).filter(({ job }) => tofuCommands(job, "plan").length > 0);
    expect(planners.map(({ file, id }) => `${file}:${id}`).sort()).toEqual(TOFU_JOBS.filter((j) => !j.includes(":apply-")));
    for (const { file, id, job } of planners) {
      expect([file, id, loginClientId(job), job.environment]).toEqual([file, id, "${{ vars.AZURE_PLAN_CLIENT_ID }}", undefined]);
      for (const command of tofuCommands(job, "plan")) {
        // The plan identity cannot take the state blob's lease; a lock timeout would mean it tries.
        expect([file, id, command.split(/\s+/).includes("-lock=false"), /-lock-timeout|-lock=true/.test(command)]).toEqual([file, id, true, false]);
      }
      expect([file, id, tofuCommands(job, "apply")]).toEqual([file, id, []]);
    }
  });

  test("apply jobs run in their stack's GitHub environment and log in as its deploy identity (environment-scoped AZURE_CLIENT_ID)", async () => {
    const appliers = (await allJobs()).filter(({ job }) => tofuCommands(job, "apply").length > 0);
    expect(appliers.map(({ file, id }) => `${file}:${id}`).sort()).toEqual(STACKS.map((s) => `deploy.yml:apply-${s}`).sort());
    for (const { id, job } of appliers) {
      expect([id, job.environment, loginClientId(job)]).toEqual([id, job.env.STACK, "${{ vars.AZURE_CLIENT_ID }}"]);
    }
  });

  test("AZURE_CLIENT_ID is read only by jobs in a GitHub environment, AZURE_PLAN_CLIENT_ID only by jobs in none", async () => {
    for (const { file, id, job, doc } of await allJobs()) {
      const read = varsIn(job);
      if (job.environment === undefined) expect([file, id, read.includes("AZURE_CLIENT_ID")]).toEqual([file, id, false]);
      else expect([file, id, read.includes("AZURE_PLAN_CLIENT_ID")]).toEqual([file, id, false]);
      // Not through the workflow-level env either.
      expect([file, varsIn(doc.env).filter((v) => v.endsWith("CLIENT_ID"))]).toEqual([file, []]);
    }
  });

  test.each(workflowFiles)("%s reads only the platform's variables, and its header lists them with `npm run --silent platform:vars`", async (file) => {
    const { doc, text } = await workflow(file);
    const read = varsIn(doc);
    expect(read.filter((v) => !PLATFORM_VARS.includes(v))).toEqual([]);
    const head = header(text);
    expect(head).toContain("npm run --silent platform:vars");
    expect(read.filter((v) => !new RegExp(`\\b${v}\\b`).test(head))).toEqual([]);
    expect(/TOFU_RUNS_ON/.test(text)).toBe(false);
  });

  test("pull-request.yml's header lists every variable and explains the runners' security model", async () => {
    const head = header((await workflow("pull-request.yml")).text);
    expect(PLATFORM_VARS.filter((v) => !new RegExp(`\\b${v}\\b`).test(head))).toEqual([]);
    for (const phrase of [/self-hosted runners should not\s+(#\s+)?be used with public repositories/, /ephemeral/, /one container per job/, /REPOSITORY level/, /pull_request_target/]) {
      expect([phrase, phrase.test(head)]).toEqual([phrase, true]);
    }
  });
});

describe("untrusted code never reaches the private runners", () => {
  const GITHUB_HOSTED = ["ubuntu-latest"];
  const pr = (headRepo: string): Record<string, unknown> => ({
    github: { repository: "abs/estate", event_name: "pull_request", event: { pull_request: { number: 42, head: { repo: { full_name: headRepo } } } } },
  });

  test("every job of pull-request.yml not on a GitHub-hosted runner is skipped for a fork's pull request and runs for this repository's", async () => {
    const { doc } = await workflow("pull-request.yml");
    const guarded = Object.entries<any>(doc.jobs).filter(([, job]) => !GITHUB_HOSTED.includes(job["runs-on"]));
    expect(guarded.map(([id]) => id)).toEqual(["plan"]);
    for (const [id, job] of guarded) {
      expect([id, typeof job.if]).toEqual([id, "string"]);
      expect([id, job.if.includes(FORK_GUARD)]).toEqual([id, true]);
      expect([id, evaluate(job.if, pr("someone/estate"))]).toEqual([id, false]);
      expect([id, evaluate(job.if, pr("abs/estate"))]).toEqual([id, true]);
    }
  });

  test("the fork check itself: a condition without it (or that ORs it away) is caught", () => {
    expect(evaluate(`${FORK_GUARD} || true`, pr("someone/estate"))).toBe(true);
    expect(evaluate("github.event_name == 'pull_request'", pr("someone/estate"))).toBe(true);
    expect(evaluate(FORK_GUARD, pr("someone/estate"))).toBe(false);
  });

  test("no workflow runs on pull_request_target or workflow_run; only pull-request.yml sees pull requests, deploy and drift only main", async () => {
    const triggers: Record<string, string[]> = {};
    for (const file of workflowFiles) {
      const { template, doc } = await workflow(file);
      const events = Object.entries(template.events).filter(([, v]) => v !== undefined).map(([k]) => k).sort();
      // The parsed YAML too: an event the template model does not know would not show above.
      triggers[file] = [...new Set([...events, ...Object.keys(doc.on)])].sort();
      expect([file, /pull_request_target|workflow_run/.test(JSON.stringify(doc))]).toEqual([file, false]);
    }
    expect(triggers).toEqual({
      "deploy.yml": ["push", "workflow_dispatch"],
      "drift.yml": ["schedule", "workflow_dispatch"],
      "pull-request.yml": ["pull_request"],
    });
    expect((await workflow("deploy.yml")).template.events.push?.branches).toEqual(["main"]);
  });
});

describe("pull-request.yml", () => {
  test("runs on pull requests to main, one run per pull request, newer pushes cancel older runs", async () => {
    const { template, doc } = await workflow("pull-request.yml");
    expect(template.events.pull_request?.branches).toEqual(["main"]);
    expect(template.events.pull_request?.types).toEqual(expect.arrayContaining(["opened", "synchronize", "labeled", "unlabeled"]));
    expect(doc.concurrency).toEqual({ group: "pr-${{ github.event.pull_request.number }}", "cancel-in-progress": true });
  });

  test("build installs from the lock file with the npm cache, type-checks, tests, synthesizes, diffs and reports policy", async () => {
    const { doc } = await workflow("pull-request.yml");
    const steps = stepsOf(doc, "build");
    expect(usesStep(steps, "actions/checkout")!.with).toMatchObject({ "fetch-depth": 0 });
    expect(usesStep(steps, "actions/setup-node")!.with).toEqual({ "node-version": 20, cache: "npm" });
    const order = [
      /^npm ci\b/,
      /^npm run typecheck$/,
      /apt-get install -y -qq redis-server/,
      /^npm test$/,
      /^npm run synth$/,
      /--format json > synth-diff\.json/,
      /--format markdown > synth-diff\.md/,
      /graph:diff -- --base "origin\/\$BASE_REF" --head cdktf\.out --pictures graph-changes > graph-diff\.json/,
      /^npm run --silent policy > policy\.txt$/m,
    ];
    const at = order.map((p) => runIndex(steps, p));
    // In this order (the two diff formats share a step).
    expect(at.every((i, k) => i >= 0 && (k === 0 || i >= at[k - 1]))).toBe(true);
    expect(steps[at[5]].run).toContain('--base "origin/$BASE_REF"');
    expect(steps[at[5]].env).toEqual({ BASE_REF: "${{ github.base_ref }}" });
    expect(steps[at[7]].env).toEqual({ BASE_REF: "${{ github.base_ref }}" });
    expect(usesStep(steps, "actions/upload-artifact")!.with).toMatchObject({
      name: "synth",
      path: "cdktf.out\nsynth-diff.json\nsynth-diff.md\ngraph-diff.json\ngraph-changes\npolicy.txt\n",
    });
    expect(doc.jobs.build.permissions).toBeUndefined(); // the top level's contents: read
  });

  test("plan: a matrix over the environments that plans with OIDC, gates, and may write pull requests", async () => {
    const { template, doc } = await workflow("pull-request.yml");
    expect(jobsById(template).get("plan")!.needs!.map((n) => n.value)).toEqual(["build"]);
    const plan = doc.jobs.plan;
    expect(plan.strategy).toEqual({ "fail-fast": false, matrix: { stack: STACKS } });
    expect(plan.permissions).toEqual({ contents: "read", "id-token": "write", "pull-requests": "write" });
    expect(plan.env.STACK).toBe("${{ matrix.stack }}");
    const tofu = plan.steps[runIndex(plan.steps, /tofu plan/)];
    expect(tofu["working-directory"]).toBe("${{ env.STACK_DIR }}");
    expect(plan.env.STACK_DIR).toBe("cdktf.out/stacks/${{ matrix.stack }}");
    expect(tofu.run.trim().split("\n").filter((l: string) => !l.trim().startsWith("#"))).toEqual([
      "tofu init -input=false",
      "tofu validate",
      "tofu plan -input=false -lock=false -out=tfplan",
      "tofu show -json tfplan > plan.json",
    ]);
    expect(usesStep(plan.steps, "actions/upload-artifact")!.with).toMatchObject({ name: "plan-${{ matrix.stack }}", path: "${{ env.STACK_DIR }}/tfplan\ngate.json\ncomment.md\n" });
    const compose = plan.steps[runIndex(plan.steps, /pr-comment/)];
    expect(compose.run).toContain('npm run --silent pr-comment -- --stack "$STACK" --plan gate.json \\\n  --diff synth-diff.json --policy policy.txt --graph graph-diff.json > comment.md');
    // The comment is composed from what the gate wrote, before the step that fails the job on it.
    expect(runIndex(plan.steps, /plan-gate -- "\$\{args\[@\]\}" > gate\.json/)).toBeLessThan(runIndex(plan.steps, /pr-comment/));
    const last = plan.steps[plan.steps.length - 1];
    expect([last.if, last.run.trim().split("\n").pop()]).toEqual(["steps.gate.outputs.status != '0'", "exit 1"]);
  });

  test("no other job may write pull requests", async () => {
    for (const { file, id, job } of await allJobs()) {
      if (`${file}:${id}` !== "pull-request.yml:plan") expect([file, id, job.permissions?.["pull-requests"]]).toEqual([file, id, undefined]);
    }
  });
});

/** Runs a step's script with the workflow's shell, fake `tofu`/`npm` on PATH, in a fresh directory. */
function runStep(
  shell: string,
  script: string,
  env: Record<string, string>,
): { status: number | null; output: Record<string, string>; calls: string[]; stdout: string; dir: string } {
  const dir = mkdtempSync(join(tmpdir(), "workflow-step-"));
  const bin = join(dir, "bin");
  mkdirSync(bin);
  // Each fake logs its arguments; `tofu plan` and `npm` exit with the code the test chooses.
  const fake = (name: string, body: string): void => {
    writeFileSync(join(bin, name), `#!/bin/bash\necho "${name} $*" >> "${dir}/calls"\n${body}\n`);
    chmodSync(join(bin, name), 0o755);
  };
  fake("tofu", 'if [ "$1" = plan ]; then echo "  # azurerm_storage_account.data will be updated in-place"; exit "${FAKE_TOFU_PLAN_EXIT:-0}"; fi');
  fake("npm", 'echo "{\\"passed\\": false}"; exit "${FAKE_NPM_EXIT:-0}"');
  const file = join(dir, "step.sh");
  writeFileSync(file, script);
  const [command, ...args] = shell.replace("{0}", file).split(" ");
  const result = spawnSync(command, args, {
    cwd: dir,
    encoding: "utf8",
    env: { PATH: `${bin}:${process.env.PATH}`, GITHUB_OUTPUT: join(dir, "output"), GITHUB_STEP_SUMMARY: join(dir, "summary"), RUNNER_TEMP: dir, ...env },
  });
  const read = (name: string): string => {
    try {
      return readFileSync(join(dir, name), "utf8");
    } catch {
      return "";
    }
  };
  const output = Object.fromEntries(read("output").split("\n").filter(Boolean).map((l) => l.split("=", 2) as [string, string]));
  return { status: result.status, output, calls: read("calls").split("\n").filter(Boolean), stdout: result.stdout, dir };
}

describe("pull-request.yml plan gate step", () => {
  async function gateStep(): Promise<{ shell: string; step: Step }> {
    const { doc } = await workflow("pull-request.yml");
    return { shell: doc.defaults.run.shell, step: doc.jobs.plan.steps.find((s: Step) => s.id === "gate") };
  }

  test("a failing gate does not stop the step: its status goes to the output for the final step", async () => {
    const { shell, step } = await gateStep();
    expect(step.env!.OVERRIDE).toBe("${{ contains(github.event.pull_request.labels.*.name, 'allow-stateful-destroy') }}");
    const run = runStep(shell, step.run!, { STACK_DIR: "cdktf.out/stacks/prod", OVERRIDE: "false", PR_NUMBER: "42", FAKE_NPM_EXIT: "1" });
    try {
      expect([run.status, run.output, run.calls]).toEqual([0, { status: "1" }, ["npm run --silent plan-gate -- cdktf.out/stacks/prod/plan.json --format json"]]);
      expect(readFileSync(join(run.dir, "gate.json"), "utf8")).toBe('{"passed": false}\n');
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });

  test("the allow-stateful-destroy label passes the override with a reason naming the pull request", async () => {
    const { shell, step } = await gateStep();
    const run = runStep(shell, step.run!, { STACK_DIR: "cdktf.out/stacks/prod", OVERRIDE: "true", PR_NUMBER: "42" });
    try {
      expect([run.status, run.output, run.calls]).toEqual([
        0,
        { status: "0" },
        ["npm run --silent plan-gate -- cdktf.out/stacks/prod/plan.json --format json --allow-stateful-destroy pull request #42 carries the allow-stateful-destroy label"],
      ]);
    } finally {
      rmSync(run.dir, { recursive: true, force: true });
    }
  });
});

/** Runs an actions/github-script script against a fake Octokit and context. */
async function runGithubScript(script: string, fake: { github: any; files: Record<string, string>; env: Record<string, string> }): Promise<void> {
  const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor;
  const context = { repo: { owner: "abs", repo: "estate" }, issue: { number: 42 }, serverUrl: "https://github.com", runId: 7 };
  const fakeRequire = (id: string): unknown => {
    expect(id).toBe("node:fs");
    return { readFileSync: (path: string) => fake.files[path] };
  };
  await new AsyncFunction("require", "github", "context", "process", script)(fakeRequire, fake.github, context, { env: fake.env });
}

function fakeOctokit(listed: any[]): any {
  return {
    paginate: jest.fn(async () => listed),
    rest: {
      issues: {
        listComments: jest.fn(),
        listForRepo: jest.fn(),
        createComment: jest.fn(async () => ({})),
        updateComment: jest.fn(async () => ({})),
        create: jest.fn(async () => ({})),
      },
    },
  };
}

describe("pull-request.yml: one comment per stack", () => {
  async function commentScript(): Promise<string> {
    const { doc } = await workflow("pull-request.yml");
    return usesStep(doc.jobs.plan.steps, "actions/github-script")!.with!.script as string;
  }
  const body = "<!-- estate-plan:prod -->\n## prod\nDestroys stateful resources: **no**\n";
  const bot = { login: "github-actions[bot]" };

  test("updates the workflow's own comment carrying the stack's marker", async () => {
    const github = fakeOctokit([
      { id: 1, user: { login: "alice" }, body: "quoting <!-- estate-plan:prod -->" },
      { id: 2, user: bot, body: "<!-- estate-plan:dev -->\n## dev" },
      { id: 3, user: bot, body: "<!-- estate-plan:prod -->\nold" },
    ]);
    await runGithubScript(await commentScript(), { github, files: { "comment.md": body }, env: { STACK: "prod" } });
    expect(github.paginate).toHaveBeenCalledWith(github.rest.issues.listComments, { owner: "abs", repo: "estate", issue_number: 42, per_page: 100 });
    expect(github.rest.issues.updateComment.mock.calls).toEqual([[{ owner: "abs", repo: "estate", comment_id: 3, body }]]);
    expect(github.rest.issues.createComment).not.toHaveBeenCalled();
  });

  test("creates the comment when the stack has none yet", async () => {
    const github = fakeOctokit([{ id: 2, user: bot, body: "<!-- estate-plan:dev -->\n## dev" }]);
    await runGithubScript(await commentScript(), { github, files: { "comment.md": body }, env: { STACK: "prod" } });
    expect(github.rest.issues.createComment.mock.calls).toEqual([[{ owner: "abs", repo: "estate", issue_number: 42, body }]]);
    expect(github.rest.issues.updateComment).not.toHaveBeenCalled();
  });

  test("refuses a comment without the stack's marker first (it could never be found again)", async () => {
    const github = fakeOctokit([]);
    await expect(runGithubScript(await commentScript(), { github, files: { "comment.md": "## prod\n" }, env: { STACK: "prod" } })).rejects.toThrow(
      "comment.md does not start with <!-- estate-plan:prod -->",
    );
    expect(github.rest.issues.createComment).not.toHaveBeenCalled();
  });
});

describe("deploy.yml", () => {
  const chain = ["plan-dev", "apply-dev", "plan-staging", "apply-staging", "plan-prod", "apply-prod"];

  test("runs on pushes to main and manually, with a written override input", async () => {
    const { template, doc } = await workflow("deploy.yml");
    expect(template.events.push?.branches).toEqual(["main"]);
    expect(template.events.workflow_dispatch?.inputs?.allow_stateful_destroy).toMatchObject({ type: "string", required: false, default: "" });
    // A push never carries an override.
    expect(doc.env.ALLOW_STATEFUL_DESTROY).toBe("${{ github.event_name == 'workflow_dispatch' && inputs.allow_stateful_destroy || '' }}");
    expect(doc.jobs["plan-dev"].if).toBe("github.ref == 'refs/heads/main'");
  });

  test("jobs chain plan-dev -> apply-dev -> plan-staging -> apply-staging -> plan-prod -> apply-prod", async () => {
    const { template } = await workflow("deploy.yml");
    const jobs = jobsById(template);
    expect([...jobs.keys()].sort()).toEqual([...chain].sort());
    expect(chain.map((id) => (jobs.get(id)!.needs ?? []).map((n) => n.value))).toEqual([[], ...chain.slice(0, -1).map((id) => [id])]);
    expect(needsOrder(template)).toEqual(chain);
  });

  test("apply jobs run in the environments dev, staging, prod in needs order; plan jobs in none", async () => {
    const { template } = await workflow("deploy.yml");
    const jobs = jobsById(template);
    const environments = needsOrder(template).flatMap((id) => {
      const environment = plain(jobs.get(id)!.environment);
      return environment === undefined ? [] : [[id, environment]];
    });
    expect(environments).toEqual([
      ["apply-dev", "dev"],
      ["apply-staging", "staging"],
      ["apply-prod", "prod"],
    ]);
  });

  test("the plan and apply jobs of a stack share the concurrency group apply-<env> and never cancel", async () => {
    const { template, doc } = await workflow("deploy.yml");
    const jobs = jobsById(template);
    for (const id of chain) {
      const stack = id.split("-")[1];
      expect([id, plain(jobs.get(id)!.concurrency)]).toEqual([id, { group: `apply-${stack}`, "cancel-in-progress": false }]);
      // The shared steps act on the job's STACK.
      expect([id, doc.jobs[id].env]).toEqual([id, { STACK: stack }]);
      expect([id, doc.jobs[id].permissions]).toEqual([id, { contents: "read", "id-token": "write" }]);
    }
  });

  test("apply jobs apply the plan their plan job uploaded", async () => {
    const { doc } = await workflow("deploy.yml");
    for (const stack of STACKS) {
      const upload = usesStep(stepsOf(doc, `plan-${stack}`), "actions/upload-artifact")!.with!;
      const download = usesStep(stepsOf(doc, `apply-${stack}`), "actions/download-artifact")!.with!;
      expect(download).toEqual({ name: upload.name, path: "cdktf.out/stacks/${{ env.STACK }}" });
      expect(upload.path).toBe("cdktf.out/stacks/${{ env.STACK }}/cdk.tf.json\ncdktf.out/stacks/${{ env.STACK }}/.terraform.lock.hcl\ncdktf.out/stacks/${{ env.STACK }}/tfplan\n");
      expect(upload["include-hidden-files"]).toBe(true);
      expect(stepsOf(doc, `plan-${stack}`).some((s) => /^tofu plan -input=false -lock=false -out=tfplan$/m.test(s.run ?? ""))).toBe(true);
      expect(stepsOf(doc, `apply-${stack}`).some((s) => /npm run synth|tofu plan/.test(s.run ?? ""))).toBe(false);
    }
  });

  describe("gate step", () => {
    async function gate(): Promise<{ shell: string; script: string }> {
      const { doc } = await workflow("deploy.yml");
      return { shell: doc.defaults.run.shell, script: stepsOf(doc, "apply-prod").find((s) => s.name === "Plan gate")!.run! };
    }

    test("fails the job when the gate fails", async () => {
      const { shell, script } = await gate();
      const run = runStep(shell, script, { STACK: "prod", ALLOW_STATEFUL_DESTROY: "", FAKE_NPM_EXIT: "1" });
      rmSync(run.dir, { recursive: true, force: true });
      expect([run.status, run.calls]).toEqual([1, ["npm run --silent plan-gate -- cdktf.out/stacks/prod/plan.json"]]);
    });

    test("passes a manual run's written reason as the override, unchanged", async () => {
      const { shell, script } = await gate();
      const run = runStep(shell, script, { STACK: "prod", ALLOW_STATEFUL_DESTROY: "replace the old SQL server" });
      rmSync(run.dir, { recursive: true, force: true });
      expect([run.status, run.calls]).toEqual([0, ["npm run --silent plan-gate -- cdktf.out/stacks/prod/plan.json --allow-stateful-destroy replace the old SQL server"]]);
    });
  });
});

describe("drift.yml", () => {
  test("runs daily and manually over every environment with contents read, id-token and issues write", async () => {
    const { template, doc } = await workflow("drift.yml");
    expect(template.events.schedule).toEqual([{ cron: "23 5 * * *" }]);
    expect(template.events.workflow_dispatch).toBeDefined();
    expect(doc.jobs.drift.strategy).toEqual({ "fail-fast": false, matrix: { stack: STACKS } });
    expect(doc.jobs.drift.permissions).toEqual({ contents: "read", "id-token": "write", issues: "write" });
    expect(runIndex(stepsOf(doc, "drift"), /^npm run synth$/)).toBeGreaterThan(0);
  });

  async function planStep(): Promise<{ shell: string; step: Step }> {
    const { doc } = await workflow("drift.yml");
    return { shell: doc.defaults.run.shell, step: stepsOf(doc, "drift").find((s) => s.id === "plan")! };
  }

  test.each([
    ["0 (no changes)", "0", 0, { drift: "false" }],
    ["2 (changes)", "2", 0, { drift: "true" }],
    ["1 (error)", "1", 1, {}],
  ])("tofu plan -detailed-exitcode exit %s", async (_, exit, status, output) => {
    const { shell, step } = await planStep();
    const run = runStep(shell, step.run!, { STACK: "dev", FAKE_TOFU_PLAN_EXIT: exit });
    rmSync(run.dir, { recursive: true, force: true });
    expect([run.status, run.output, run.calls]).toEqual([status, output, ["tofu init -input=false", "tofu plan -detailed-exitcode -input=false -lock=false -no-color"]]);
  });

  describe("issue", () => {
    async function issueScript(): Promise<{ script: string; step: Step }> {
      const { doc } = await workflow("drift.yml");
      const step = usesStep(stepsOf(doc, "drift"), "actions/github-script")!;
      return { script: step.with!.script as string, step };
    }
    const planText = [
      "azurerm_resource_group.rg: Refreshing state...",
      "  # azurerm_storage_account.data will be updated in-place",
      '      ~ min_tls_version = "TLS1_0" -> "TLS1_2"',
      "  # azurerm_role_assignment.reader must be replaced",
      "Plan: 1 to add, 1 to change, 1 to destroy.",
    ].join("\n");
    const files = { "/runner/plan.txt": planText };
    const env = { STACK: "dev", RUNNER_TEMP: "/runner" };
    const expectedBody =
      "`tofu plan -detailed-exitcode` of `dev` against main found changes (run: https://github.com/abs/estate/actions/runs/7).\n\n```text\n" +
      "  # azurerm_storage_account.data will be updated in-place\n  # azurerm_role_assignment.reader must be replaced\nPlan: 1 to add, 1 to change, 1 to destroy.\n```";

    test("runs only on drift", async () => {
      expect((await issueScript()).step.if).toBe("steps.plan.outputs.drift == 'true'");
    });

    test("opens 'Drift detected in <stack>' labelled drift when no such issue is open", async () => {
      const github = fakeOctokit([{ number: 5, title: "Drift detected in dev", pull_request: {} }, { number: 6, title: "Drift detected in prod" }]);
      await runGithubScript((await issueScript()).script, { github, files, env });
      expect(github.paginate).toHaveBeenCalledWith(github.rest.issues.listForRepo, { owner: "abs", repo: "estate", state: "open", labels: "drift", per_page: 100 });
      expect(github.rest.issues.create.mock.calls).toEqual([[{ owner: "abs", repo: "estate", title: "Drift detected in dev", labels: ["drift"], body: expectedBody }]]);
      expect(github.rest.issues.createComment).not.toHaveBeenCalled();
    });

    test("comments on the open issue of the stack instead of opening another", async () => {
      const github = fakeOctokit([{ number: 6, title: "Drift detected in prod" }, { number: 9, title: "Drift detected in dev" }]);
      await runGithubScript((await issueScript()).script, { github, files, env });
      expect(github.rest.issues.createComment.mock.calls).toEqual([[{ owner: "abs", repo: "estate", issue_number: 9, body: expectedBody }]]);
      expect(github.rest.issues.create).not.toHaveBeenCalled();
    });
  });
});
