// Preloaded into every node process the benchmark starts (NODE_OPTIONS=--require): appends the
// process's peak resident set size (KiB) and CPU time (user + system, µs) to $PROCESS_USAGE_FILE when it
// exits. CPU time barely moves when other work shares the machine; wall time does.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  const usage = process.resourceUsage();
  if (process.env.PROCESS_USAGE_FILE) appendFileSync(process.env.PROCESS_USAGE_FILE, `${usage.maxRSS} ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
