/** Tests are transformed with SWC (ts-jest does not support TypeScript 7). */
module.exports = {
  testEnvironment: "node",
  // jest defaults to cores - 1 workers: a single one on a 2-core machine, leaving a core idle.
  maxWorkers: "100%",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: { "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }] },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
