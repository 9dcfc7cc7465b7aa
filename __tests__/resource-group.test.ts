import { ResourceGroup } from "@cdktf/provider-azurerm/lib/resource-group";
import { Testing } from "cdktf";
import { ResourceGroup as Group } from "../constructs/resource-group/resource-group";
import { testStack, synthJson } from "./helpers";

describe("ResourceGroup", () => {
  it("names the environment's main group <prefix>-rg-<region>-<env>", () => {
    const stack = testStack("prod");
    new Group(stack, "rg", { location: "westeurope" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ResourceGroup, { name: "abs-rg-we-prod", location: "westeurope" });
  });

  it("puts the workload between abbreviation and region", () => {
    const stack = testStack("dev");
    new Group(stack, "rg", { location: "westeurope", workload: "web" });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ResourceGroup, { name: "abs-rg-web-we-dev" });
  });

  it("protects from deletion with prevent_destroy only: a group's lock would be inherited by everything in it", () => {
    const stack = testStack();
    new Group(stack, "rg", { location: "westeurope", protectFromDeletion: true });
    const json = synthJson(stack);
    const [group] = Object.values<any>(json.resource.azurerm_resource_group);
    expect(group.lifecycle).toEqual({ prevent_destroy: true });
    expect(json.resource.azurerm_management_lock).toBeUndefined();
  });

  it("refuses a lock", () => {
    const stack = testStack();
    const group = new Group(stack, "rg", { location: "westeurope" });
    expect(() => group.addLock({ kind: "CanNotDelete" })).toThrow(
      'test/rg: lock = {"kind":"CanNotDelete"}: must not be set on a resource group: every resource in it inherits the lock and every later delete or replace fails; lock the stateful resources instead',
    );
  });

  it("rejects an illegal name with the construct path, field, value and rule", () => {
    const stack = testStack();
    expect(() => new Group(stack, "rg", { location: "westeurope", name: "bad-name." })).toThrow(
      'test/rg: name = "bad-name.": 1-90 characters: letters, digits, \'_\', \'.\', \'(\', \')\', \'-\'; must not end with \'.\'',
    );
  });
});
