import { ServicebusNamespace as AzServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import { ServicebusQueue } from "@cdktf/provider-azurerm/lib/servicebus-queue";
import { MonitorDiagnosticSetting } from "@cdktf/provider-azurerm/lib/monitor-diagnostic-setting";
import { TerraformOutput, Testing } from "cdktf";
import { ServiceBusNamespace, ServiceBusNamespaceProps, ServiceBusQueueOptions, serviceBusSkuViolations } from "../constructs/data/service-bus-namespace";
import { UserAssignedIdentity } from "../constructs/security/user-assigned-identity";
import { resourcesOf, synthJson, testStackWithGroup } from "./helpers";

const NAMESPACE = "azurerm_servicebus_namespace.bus_namespace_66AC032D";
const NAMESPACE_ID = `\${${NAMESPACE}.id}`;
const PRIVATE_ENDPOINT = { subnetId: "/subnets/pe", privateDnsZoneIds: ["/zones/privatelink.servicebus.windows.net"] };

/** A stack with one namespace built from `props`. */
function serviceBus(props: Partial<ServiceBusNamespaceProps> = {}) {
  const { stack, group } = testStackWithGroup();
  const bus = new ServiceBusNamespace(stack, "bus", { resourceGroup: group, ...props });
  return { stack, group, bus };
}

function namespaceBody(stack: ReturnType<typeof serviceBus>["stack"]): any {
  const all = resourcesOf(stack, "azurerm_servicebus_namespace");
  expect(all).toHaveLength(1);
  return all[0][1];
}

function queues(stack: ReturnType<typeof serviceBus>["stack"]): any[] {
  return resourcesOf(stack, "azurerm_servicebus_queue").map(([, body]) => body);
}

describe("ServiceBusNamespace", () => {
  it("keeps its queues with it when protected: prevent_destroy on each, under the namespace's lock", () => {
    const { stack, bus } = serviceBus({ queues: [{ name: "orders" }], protectFromDeletion: true });
    bus.addQueue({ name: "emails" });
    expect(queues(stack).map((q) => [q.name, q.lifecycle])).toEqual([
      ["emails", { prevent_destroy: true }],
      ["orders", { prevent_destroy: true }],
    ]);
    expect(namespaceBody(stack).lifecycle).toEqual({ prevent_destroy: true });
    expect(resourcesOf(stack, "azurerm_management_lock").map(([, l]) => [l.scope, l.lock_level])).toEqual([["${azurerm_servicebus_namespace.bus_namespace_66AC032D.id}", "CanNotDelete"]]);
  });

  it("generates a globally unique name", () => {
    const { stack } = serviceBus({ workload: "web" });
    expect(namespaceBody(stack).name).toMatch(/^abs-sbns-web-we-test-[0-9a-f]{4}$/);
  });

  it("is a Standard namespace with Entra ID only and TLS 1.2, public access left on (Standard has no private endpoints)", () => {
    const { stack } = serviceBus();
    expect(Testing.synth(stack)).toHaveResourceWithProperties(AzServicebusNamespace, {
      sku: "Standard",
      local_auth_enabled: false,
      minimum_tls_version: "1.2",
      public_network_access_enabled: true,
    });
    const body = namespaceBody(stack);
    for (const absent of ["capacity", "premium_messaging_partitions", "network_rule_set"]) expect(body[absent]).toBeUndefined();
  });

  it("takes Premium with one messaging unit and partition by default", () => {
    const { stack } = serviceBus({ sku: "Premium" });
    expect(namespaceBody(stack)).toMatchObject({ sku: "Premium", capacity: 1, premium_messaging_partitions: 1, local_auth_enabled: false });
  });

  it("takes Premium messaging units and partitions, and partitions its queues then", () => {
    const { stack } = serviceBus({ sku: "Premium", capacity: 4, premiumMessagingPartitions: 2, queues: [{ name: "orders" }] });
    expect(namespaceBody(stack)).toMatchObject({ capacity: 4, premium_messaging_partitions: 2 });
    expect(queues(stack)[0].partitioning_enabled).toBe(true);
  });

  it("creates queues with dead-lettering, 10 deliveries, a one-minute lock and 14-day TTL by default", () => {
    const { stack, bus } = serviceBus({ queues: [{ name: "orders" }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(ServicebusQueue, {
      name: "orders",
      namespace_id: NAMESPACE_ID,
      max_delivery_count: 10,
      lock_duration: "PT1M",
      default_message_ttl: "P14D",
      dead_lettering_on_message_expiration: true,
      requires_duplicate_detection: false,
      requires_session: false,
    });
    expect(queues(stack)[0].partitioning_enabled).toBeUndefined();
    expect(Object.keys(bus.queueIds)).toEqual(["orders"]);
    expect(bus.queueIds.orders).toMatch(/TfToken/);
  });

  it("takes each queue option", () => {
    const options: ServiceBusQueueOptions = {
      name: "email/outbound",
      maxDeliveryCount: 2000,
      lockDuration: "PT5M",
      defaultMessageTtl: "PT12H",
      deadLetteringOnMessageExpiration: false,
      requiresDuplicateDetection: true,
      requiresSession: true,
    };
    const { stack, bus } = serviceBus({ queues: [options] });
    bus.addQueue({ name: "notifications.sms", maxDeliveryCount: 1, lockDuration: "PT30S" });
    expect(queues(stack).map((q) => [q.name, q.max_delivery_count, q.lock_duration, q.default_message_ttl, q.dead_lettering_on_message_expiration, q.requires_duplicate_detection, q.requires_session])).toEqual([
      ["email/outbound", 2000, "PT5M", "PT12H", false, true, true],
      ["notifications.sms", 1, "PT30S", "P14D", true, false, false],
    ]);
    expect(Object.keys(bus.queueIds)).toEqual(["email/outbound", "notifications.sms"]);
  });

  it("closes public access once a Premium namespace has a private endpoint, with the rule set's default action Allow (Deny without rules fails after creation)", () => {
    const { stack } = serviceBus({ sku: "Premium", privateEndpoints: [PRIVATE_ENDPOINT] });
    expect(namespaceBody(stack)).toMatchObject({
      public_network_access_enabled: false,
      network_rule_set: { default_action: "Allow", public_network_access_enabled: false },
    });
    const [[, endpoint]] = resourcesOf(stack, "azurerm_private_endpoint");
    expect(endpoint).toMatchObject({
      subnet_id: "/subnets/pe",
      private_service_connection: { private_connection_resource_id: NAMESPACE_ID, subresource_names: ["namespace"] },
      private_dns_zone_group: { private_dns_zone_ids: ["/zones/privatelink.servicebus.windows.net"] },
    });
  });

  it("keeps a Premium namespace without private endpoints public", () => {
    const { stack } = serviceBus({ sku: "Premium" });
    expect(namespaceBody(stack).public_network_access_enabled).toBe(true);
    expect(namespaceBody(stack).network_rule_set).toBeUndefined();
  });

  it("grants Data Sender and Data Receiver on the namespace", () => {
    const { stack, group, bus } = serviceBus();
    const app = new UserAssignedIdentity(stack, "app", { resourceGroup: group });
    bus.grantSend(app);
    bus.grantReceive({ principalId: "44444444-4444-4444-4444-444444444444" });
    const grants = Object.fromEntries(resourcesOf(stack, "azurerm_role_assignment").map(([, body]) => [body.role_definition_name, body]));
    expect(Object.keys(grants).sort()).toEqual(["Azure Service Bus Data Receiver", "Azure Service Bus Data Sender"]);
    expect(grants["Azure Service Bus Data Sender"]).toMatchObject({ scope: NAMESPACE_ID, principal_type: "ServicePrincipal" });
    expect(grants["Azure Service Bus Data Sender"].principal_id).toMatch(/^\$\{azurerm_user_assigned_identity\.app_identity_\w+\.principal_id\}$/);
    expect(grants["Azure Service Bus Data Receiver"]).toMatchObject({ scope: NAMESPACE_ID, principal_id: "44444444-4444-4444-4444-444444444444" });
  });

  it("sends all logs and metrics to Log Analytics", () => {
    const { stack } = serviceBus({ diagnosticSettings: [{ workspace: { id: "/workspaces/log" } }] });
    expect(Testing.synth(stack)).toHaveResourceWithProperties(MonitorDiagnosticSetting, {
      target_resource_id: NAMESPACE_ID,
      log_analytics_workspace_id: "/workspaces/log",
      enabled_log: [{ category_group: "allLogs" }],
      enabled_metric: [{ category: "AllMetrics" }],
    });
  });

  it("exposes id, name and endpoint as references", () => {
    const { stack, bus } = serviceBus();
    new TerraformOutput(stack, "endpoint", { value: bus.endpoint });
    new TerraformOutput(stack, "name", { value: bus.name });
    const { output } = synthJson(stack);
    expect(output.endpoint.value).toBe(`\${${NAMESPACE}.endpoint}`);
    expect(output.name.value).toBe(`\${${NAMESPACE}.name}`);
    expect(bus.sku).toBe("Standard");
  });

  describe("rejects bad input", () => {
    it.each<[string, Partial<ServiceBusNamespaceProps>, string]>([
      ["the Basic tier", { sku: "Basic" as any }, 'test/bus: sku = "Basic": must be Standard or Premium: Basic has no topics, sessions, duplicate detection or transactions'],
      ["a private endpoint on Standard", { privateEndpoints: [PRIVATE_ENDPOINT] }, 'test/bus: sku = "Standard": must be Premium to add a private endpoint: Standard namespaces take none'],
      ["a capacity of 3", { sku: "Premium", capacity: 3 }, "test/bus: capacity = 3: must be one of 1, 2, 4, 8, 16 messaging units"],
      ["a capacity on Standard", { capacity: 1 }, "test/bus: capacity = 1: must be unset on Standard: messaging units and partitions are Premium only"],
      ["3 partitions", { sku: "Premium", capacity: 4, premiumMessagingPartitions: 3 }, "test/bus: premiumMessagingPartitions = 3: must be one of 1, 2, 4"],
      [
        "more partitions than units divide into",
        { sku: "Premium", capacity: 2, premiumMessagingPartitions: 4 },
        "test/bus: capacity = 2: must be a multiple of premiumMessagingPartitions (4): each partition gets an equal share of the units",
      ],
      ["a maxDeliveryCount of 0", { queues: [{ name: "orders", maxDeliveryCount: 0 }] }, "test/bus: queues.orders.maxDeliveryCount = 0: must be a whole number, 1-2000"],
      ["a maxDeliveryCount of 2001", { queues: [{ name: "orders", maxDeliveryCount: 2001 }] }, "test/bus: queues.orders.maxDeliveryCount = 2001: must be a whole number, 1-2000"],
      ["a duplicate queue", { queues: [{ name: "orders" }, { name: "Orders" }] }, 'test/bus: queues = "Orders": must be unique: Service Bus queue names ignore case'],
      [
        "an illegal queue name",
        { queues: [{ name: "orders/" }] },
        "test/bus: queues = \"orders/\": 1-260 characters: letters, digits, '.', '-', '_', '/'; start and end with a letter or digit",
      ],
      ["a lock longer than five minutes", { queues: [{ name: "orders", lockDuration: "PT6M" }] }, 'test/bus: queues.orders.lockDuration = "PT6M": must be an ISO 8601 duration longer than zero and at most PT5M'],
      ["a lock that is not a duration", { queues: [{ name: "orders", lockDuration: "60s" }] }, 'test/bus: queues.orders.lockDuration = "60s": must be an ISO 8601 duration longer than zero and at most PT5M'],
      ["an empty TTL", { queues: [{ name: "orders", defaultMessageTtl: "PT" }] }, 'test/bus: queues.orders.defaultMessageTtl = "PT": must be an ISO 8601 duration longer than zero, e.g. P14D or PT1H'],
      [
        "an illegal name",
        { name: "sb-1" },
        "test/bus: name = \"sb-1\": 6-50 characters: letters, digits, '-'; start with a letter, end with a letter or digit; unique across Azure",
      ],
    ])("rejects %s", (_, props, message) => {
      expect(() => serviceBus(props)).toThrow(message);
    });

    it("rejects a private endpoint added later to a Standard namespace", () => {
      const { bus } = serviceBus();
      expect(() => bus.addPrivateEndpoint(PRIVATE_ENDPOINT)).toThrow('test/bus: sku = "Standard": must be Premium to add a private endpoint');
    });
  });
});

describe("serviceBusSkuViolations", () => {
  it("accepts the environments' tiers", () => {
    expect(serviceBusSkuViolations({ sku: "Standard" })).toEqual([]);
    expect(serviceBusSkuViolations({ sku: "Premium", capacity: 1 })).toEqual([]);
  });

  it("reports every Premium-only setting on Standard, for settings validation", () => {
    expect(serviceBusSkuViolations({ sku: "Standard", capacity: 2, premiumMessagingPartitions: 2 }).map((v) => v.field)).toEqual(["capacity", "premiumMessagingPartitions"]);
  });
});
