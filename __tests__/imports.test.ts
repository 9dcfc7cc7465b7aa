import { join } from "node:path";
import { barrelImportsIn, findBarrelImports } from "../tools/check-imports";

describe("provider imports", () => {
  it("the project imports provider classes by deep path only", () => {
    expect(findBarrelImports(join(__dirname, ".."))).toEqual([]);
  });

  it("the check catches barrel imports, requires and dynamic imports", () => {
    // Assembled at run time so this file does not itself contain a barrel import.
    const az = ["@cdktf", "provider-azurerm"].join("/");
    const random = ["@cdktf", "provider-random"].join("/");
    const text = [
      `import { ResourceGroup } from "${az}";`,
      `import * as random from "${random}/lib";`,
      `const az = require("${az}/lib/index");`,
      `const lazy = await import("${az}");`,
      `import { RedisCache } from "${az}/lib/redis-cache";`,
    ].join("\n");
    expect(barrelImportsIn(text, "sample.ts")).toEqual([
      { file: "sample.ts", line: 1, module: "@cdktf/provider-azurerm" },
      { file: "sample.ts", line: 2, module: "@cdktf/provider-random" },
      { file: "sample.ts", line: 3, module: "@cdktf/provider-azurerm" },
      { file: "sample.ts", line: 4, module: "@cdktf/provider-azurerm" },
    ]);
  });
});
