import { App, TerraformStack } from "cdktf";
import { AzurermProvider } from "@cdktf/provider-azurerm/lib/provider";
import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";

/**
 * The floor `npm run bench` compares the estate with: the same toolchain (run-ts.sh bundle, node, cdktf,
 * deep-imported provider classes) synthesizing one resource group, so the ratio measures our code.
 */
const app = new App();
const stack = new TerraformStack(app, "floor");
new AzurermProvider(stack, "azurerm", { features: [{}] });
new ResourceGroup(stack, "group", { name: "abs-rg-floor-we-dev", location: "westeurope" });
app.synth();
