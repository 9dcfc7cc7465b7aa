/** Tests are transformed with SWC (ts-jest does not support TypeScript 7). */
module.exports = {
  testEnvironment: "node",
  // jest defaults to cores - 1 workers: a single one on a 2-core machine, leaving a core idle. (More
  // workers than cores thrash: several suites start synthesizing child processes of their own.)
  maxWorkers: "100%",
  roots: ["<rootDir>/__tests__"],
  testMatch: ["**/*.test.ts"],
  transform: {
    "^.+\\.ts$": ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" } }],
    // @actions/workflow-parser and its @actions/expressions ship ES modules only (and import JSON without
    // an import attribute, which node's own loader refuses): SWC turns them into CommonJS like the tests.
    "/node_modules/@actions/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" } }],
    // Graphviz WebAssembly (the pictures) too: one ES module with the WebAssembly inlined.
    "/node_modules/@hpcc-js/wasm-graphviz/.+\\.js$": ["@swc/jest", { jsc: { target: "es2022" } }],
  },
  transformIgnorePatterns: ["/node_modules/(?!@actions/(workflow-parser|expressions)/|@hpcc-js/wasm-graphviz/)"],
  // Their package exports offer only the "import" condition, which jest's require never matches.
  moduleNameMapper: {
    "^@actions/(workflow-parser|expressions)$": "<rootDir>/node_modules/@actions/$1/dist/index.js",
    "^@actions/(workflow-parser|expressions)/(.+)$": "<rootDir>/node_modules/@actions/$1/dist/$2.js",
    "^@hpcc-js/wasm-graphviz$": "<rootDir>/node_modules/@hpcc-js/wasm-graphviz/dist/index.js",
  },
  setupFilesAfterEnv: ["<rootDir>/__tests__/setup.ts"],
  // The default estate is synthesized once for all suites (ESTATE_TEST_OUTDIR, see helpers.ts estateOutput).
  globalSetup: "<rootDir>/__tests__/global-setup.ts",
  globalTeardown: "<rootDir>/__tests__/global-teardown.ts",
  snapshotFormat: { escapeString: false, printBasicPrototype: false },
};
