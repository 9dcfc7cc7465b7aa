import { TerraformOutput, Testing } from "cdktf";
import { ConsumptionBudgetResourceGroup } from "@cdktf/provider-azurerm/lib/consumption-budget-resource-group";
import { Budget, BudgetProps } from "../constructs/monitoring/budget";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const GROUP_ID = "${azurerm_resource_group.rg_group_867B0039.id}";
const START = "2026-01-01T00:00:00Z";

function budget(props: Partial<BudgetProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const b = new Budget(stack, "budget", { resourceGroupId: group.id, amount: 400, startDate: START, contactEmails: ["finops@example.com"], ...props });
  return { stack, budget: b };
}

function only(stack: ReturnType<typeof budget>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_consumption_budget_resource_group");
  expect(all).toHaveLength(1);
  return all[0][1];
}

describe("Budget", () => {
  it("is a monthly budget on the group that mails at 80 % and 100 % spent and at 100 % forecast", () => {
    const { stack } = budget();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ConsumptionBudgetResourceGroup, {
      name: "abs-budget-we-test",
      resource_group_id: GROUP_ID,
      amount: 400,
      time_grain: "Monthly",
      time_period: { start_date: START },
    });
    const notifications = only(stack).notification;
    const mail = { contact_emails: ["finops@example.com"], enabled: true, operator: "GreaterThanOrEqualTo" };
    expect(notifications).toEqual([
      { ...mail, threshold: 80, threshold_type: "Actual" },
      { ...mail, threshold: 100, threshold_type: "Actual" },
      { ...mail, threshold: 100, threshold_type: "Forecasted" },
    ]);
    expect(only(stack).filter).toBeUndefined();
  });

  it("budgets a subscription, narrowed to one environment by its tag", () => {
    const { stack } = budget({ resourceGroupId: undefined, subscriptionId: "/subscriptions/00000000-0000-0000-0000-000000000000", tags: { environment: "prod" } });
    expect(resourcesOf(stack, "azurerm_consumption_budget_resource_group")).toEqual([]);
    const [[, body]] = resourcesOf(stack, "azurerm_consumption_budget_subscription");
    expect(body).toMatchObject({ subscription_id: "/subscriptions/00000000-0000-0000-0000-000000000000", time_grain: "Monthly", filter: { tag: [{ name: "environment", values: ["prod"] }] } });
    expect(body.notification).toHaveLength(3);
  });

  it("notifies action groups, filters on the cost-center tag and takes a workload in its name", () => {
    const { stack } = budget({ workload: "web", amount: 3000, contactEmails: undefined, actionGroupIds: ["/ag/oncall"], tags: { costCenter: "platform" } });
    const body = only(stack);
    expect(body).toMatchObject({ name: "abs-budget-web-we-test", amount: 3000, filter: { tag: [{ name: "cost-center", values: ["platform"] }] } });
    expect(body.notification).toHaveLength(3);
    for (const n of body.notification) {
      expect(n.contact_groups).toEqual(["/ag/oncall"]);
      expect(n.contact_emails).toBeUndefined();
    }
  });

  it("starts by default in the month OpenTofu creates it, and ignores later changes of the ForceNew start date", () => {
    const { stack } = budget({ startDate: undefined });
    expect(only(stack).time_period).toEqual({ start_date: "${formatdate(\"YYYY-MM-01'T'00:00:00'Z'\", timestamp())}" });
    expect(only(stack).lifecycle).toEqual({ ignore_changes: ["time_period[0].start_date"] });
  });

  it("keeps a given start date, with its later changes ignored too", () => {
    const { stack } = budget({ startDate: "2027-02-01T00:00:00Z" });
    expect(only(stack)).toMatchObject({ time_period: { start_date: "2027-02-01T00:00:00Z" }, lifecycle: { ignore_changes: ["time_period[0].start_date"] } });
  });

  it("takes custom notifications and exposes the budget id", () => {
    const { stack, budget: b } = budget({ notifications: [{ thresholdPercent: 50, thresholdType: "Forecasted" }] });
    new TerraformOutput(stack, "budget-id", { value: b.id });
    const json = synthJson(stack);
    expect(json.output["budget-id"].value).toBe("${azurerm_consumption_budget_resource_group.budget_16939279.id}");
    expect(only(stack).notification).toEqual([{ contact_emails: ["finops@example.com"], enabled: true, operator: "GreaterThanOrEqualTo", threshold: 50, threshold_type: "Forecasted" }]);
  });

  it.each([
    [{ amount: 0 }, "test/budget: amount = 0: must be a number of at least 1"],
    [{ amount: -1 }, "test/budget: amount = -1: must be a number of at least 1"],
    [{ amount: Number.POSITIVE_INFINITY }, "test/budget: amount = null: must be a number of at least 1"],
    [{ startDate: "2026-01-15T00:00:00Z" }, 'test/budget: startDate = "2026-01-15T00:00:00Z": must be the first day of a month at midnight UTC: YYYY-MM-01T00:00:00Z'],
    [{ startDate: "2026-01-01" }, 'test/budget: startDate = "2026-01-01": must be the first day of a month at midnight UTC: YYYY-MM-01T00:00:00Z'],
    [{ startDate: "2026-13-01T00:00:00Z" }, 'test/budget: startDate = "2026-13-01T00:00:00Z": must be the first day of a month at midnight UTC: YYYY-MM-01T00:00:00Z'],
    [{ startDate: "2017-05-01T00:00:00Z" }, "test/budget: startDate = \"2017-05-01T00:00:00Z\": must not be before 2017-06-01T00:00:00Z (Azure's earliest budget start)"],
    [{ contactEmails: [] }, "test/budget: contactEmails = []: must name at least one address when there are no actionGroupIds"],
    [{ contactEmails: undefined, actionGroupIds: [] }, "test/budget: contactEmails = []: must name at least one address when there are no actionGroupIds"],
    [{ contactEmails: ["finops"] }, 'test/budget: contactEmails.0 = "finops": must be an email address (name@domain.tld)'],
    [{ notifications: [] }, "test/budget: notifications = []: must have 1-5 entries"],
    [{ notifications: [{ thresholdPercent: 0, thresholdType: "Actual" as const }] }, "test/budget: notifications.0.thresholdPercent = 0: must be a whole number from 1 to 1000"],
    [
      { notifications: [{ thresholdPercent: 90, thresholdType: "Actual" as const }, { thresholdPercent: 90, thresholdType: "Actual" as const }] },
      'test/budget: notifications.1 = {"thresholdPercent":90,"thresholdType":"Actual"}: must not repeat notifications.0',
    ],
    [{ tags: { costCenter: " " } }, 'test/budget: tags.cost-center = " ": must not be empty'],
    [
      { resourceGroupId: "/subscriptions/0/resourceGroups/rg", subscriptionId: "/subscriptions/0" },
      'test/budget: resourceGroupId = "/subscriptions/0/resourceGroups/rg": must be set, or subscriptionId instead, but not both',
    ],
    [{ name: "budget with spaces" }, "test/budget: name = \"budget with spaces\": 1-63 characters: letters, digits, '_', '-'"],
  ])("rejects %j", (props, message) => {
    expect(() => budget(props)).toThrow(message);
  });
});
