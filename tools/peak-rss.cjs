// Preloaded into every node process the benchmark starts (NODE_OPTIONS=--require): appends the
// process's peak resident set size in KiB to $PEAK_RSS_FILE when it exits.
const { appendFileSync } = require("node:fs");
process.on("exit", () => {
  if (process.env.PEAK_RSS_FILE) appendFileSync(process.env.PEAK_RSS_FILE, `${process.resourceUsage().maxRSS}\n`);
});
