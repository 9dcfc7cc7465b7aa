import { Construct } from "constructs";
import { ServicebusNamespace as AzServicebusNamespace } from "@cdktf/provider-azurerm/lib/servicebus-namespace";
import { ServicebusQueue } from "@cdktf/provider-azurerm/lib/servicebus-queue";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IPrincipal, IResourceGroup, PrivateEndpointOptions } from "../core/interfaces";
import { assertName, NameRule, resourceName } from "../core/naming";
import { PrivateEndpoint } from "../networking/private-endpoint";
import { RoleAssignment } from "../security/role-assignment";

/** Basic is not offered: it has no topics, sessions, duplicate detection or transactions. */
export type ServiceBusSku = "Standard" | "Premium";
const SKUS: readonly ServiceBusSku[] = ["Standard", "Premium"];
/** Premium messaging units Azure sells. */
const CAPACITIES = [1, 2, 4, 8, 16];
/** Premium partition counts; fixed when the namespace is created. */
const PARTITIONS = [1, 2, 4];

/** A Service Bus size as settings and the construct express it. */
export interface ServiceBusSkuSpec {
  readonly sku: ServiceBusSku;
  /** Premium messaging units. */
  readonly capacity?: number;
  /** Premium messaging partitions. */
  readonly premiumMessagingPartitions?: number;
}

/** The tier rules a Service Bus size breaks: Basic or an unknown tier, Premium-only settings on Standard, odd unit counts. */
export function serviceBusSkuViolations(spec: ServiceBusSkuSpec): Violation[] {
  if (!SKUS.includes(spec.sku)) {
    return [{ field: "sku", value: spec.sku, rule: "must be Standard or Premium: Basic has no topics, sessions, duplicate detection or transactions" }];
  }
  const violations: Violation[] = [];
  if (spec.sku === "Standard") {
    for (const field of ["capacity", "premiumMessagingPartitions"] as const) {
      if (spec[field] !== undefined) violations.push({ field, value: spec[field], rule: "must be unset on Standard: messaging units and partitions are Premium only" });
    }
    return violations;
  }
  const capacity = spec.capacity ?? 1;
  const partitions = spec.premiumMessagingPartitions ?? 1;
  if (!CAPACITIES.includes(capacity)) {
    violations.push({ field: "capacity", value: capacity, rule: `must be one of ${CAPACITIES.join(", ")} messaging units` });
  }
  if (!PARTITIONS.includes(partitions)) {
    violations.push({ field: "premiumMessagingPartitions", value: partitions, rule: `must be one of ${PARTITIONS.join(", ")}` });
  } else if (capacity % partitions !== 0) {
    violations.push({ field: "capacity", value: capacity, rule: `must be a multiple of premiumMessagingPartitions (${partitions}): each partition gets an equal share of the units` });
  }
  return violations;
}

export interface ServiceBusQueueOptions {
  /** Queue name (1-260 letters, digits, '.', '-', '_', '/'; start and end with a letter or digit). */
  readonly name: string;
  /**
   * Deliveries before a message is dead-lettered, 1-2000.
   * @default 10
   */
  readonly maxDeliveryCount?: number;
  /**
   * How long a received message stays locked for its receiver (ISO 8601), at most PT5M.
   * @default "PT1M"
   */
  readonly lockDuration?: string;
  /**
   * Time to live of a message that sets none (ISO 8601).
   * @default "P14D"
   */
  readonly defaultMessageTtl?: string;
  /**
   * Move expired messages to the dead-letter queue instead of dropping them.
   * @default true
   */
  readonly deadLetteringOnMessageExpiration?: boolean;
  /**
   * Drop messages whose MessageId was seen in the last 10 minutes. Fixed when the queue is created.
   * @default false
   */
  readonly requiresDuplicateDetection?: boolean;
  /**
   * FIFO per session id. Fixed when the queue is created.
   * @default false
   */
  readonly requiresSession?: boolean;
}

export interface ServiceBusNamespaceProps extends CommonResourceProps {
  /** Where the namespace lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-sbns-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Premium adds private endpoints, dedicated messaging units and partitions. Azure makes namespaces
   * zone-redundant by itself in regions with availability zones.
   * @default "Standard"
   */
  readonly sku?: ServiceBusSku;
  /**
   * Premium messaging units: 1, 2, 4, 8 or 16.
   * @default 1 on Premium
   */
  readonly capacity?: number;
  /**
   * Premium messaging partitions: 1, 2 or 4, a divisor of `capacity`; fixed when the namespace is created.
   * @default 1 on Premium
   */
  readonly premiumMessagingPartitions?: number;
  /**
   * Queues to create.
   * @default none
   */
  readonly queues?: ServiceBusQueueOptions[];
}

/** Azure's rule for queue names. */
const QUEUE_NAME_RULE: NameRule = {
  abbreviation: "",
  minLength: 1,
  maxLength: 260,
  pattern: /^[A-Za-z0-9](?:[A-Za-z0-9._/-]*[A-Za-z0-9])?$/,
  description: "1-260 characters: letters, digits, '.', '-', '_', '/'; start and end with a letter or digit",
};

/** The longest lock Azure grants a receiver. */
const MAX_LOCK_SECONDS = 5 * 60;

/**
 * A Service Bus namespace with Entra ID authentication only (no SAS keys) and TLS 1.2. Private
 * endpoints need Premium, and the first one closes public access. A Standard namespace stays reachable
 * from public networks: there, Entra ID RBAC (`grantSend`, `grantReceive`) is the gate.
 */
export class ServiceBusNamespace extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzServicebusNamespace;
  public readonly resourceGroup: IResourceGroup;
  /** The namespace's HTTPS endpoint; AMQP clients use its host (`<name>.servicebus.windows.net`) on port 5671. */
  public readonly endpoint: string;
  public readonly sku: ServiceBusSku;
  /** Queue ids by queue name. */
  public readonly queueIds: Record<string, string> = {};
  protected readonly defaultPrivateEndpointSubresource = "namespace";
  private readonly partitioned: boolean;

  constructor(scope: Construct, id: string, props: ServiceBusNamespaceProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "serviceBusNamespace", props);
    this.sku = props.sku ?? "Standard";
    assertNoViolations(where, serviceBusSkuViolations({ sku: this.sku, capacity: props.capacity, premiumMessagingPartitions: props.premiumMessagingPartitions }));
    const premium = this.sku === "Premium";
    const partitions = premium ? (props.premiumMessagingPartitions ?? 1) : undefined;
    this.partitioned = (partitions ?? 0) > 1;

    this.resourceGroup = props.resourceGroup;
    this.resource = new AzServicebusNamespace(this, "namespace", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      sku: this.sku,
      capacity: premium ? (props.capacity ?? 1) : undefined,
      premiumMessagingPartitions: partitions,
      // Entra ID only: no shared access keys to leak or rotate.
      localAuthEnabled: false,
      minimumTlsVersion: "1.2",
      // Closed by addPrivateEndpoint; Standard has no private endpoints or network rules, so it stays open.
      publicNetworkAccessEnabled: true,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.endpoint = this.resource.endpoint;
    props.queues?.forEach((queue) => this.addQueue(queue));
    this.initCapabilities(props);
  }

  /** Adds a queue; expired and undeliverable messages go to its dead-letter queue. */
  public addQueue(options: ServiceBusQueueOptions): ServicebusQueue {
    const where = this.node.path;
    const { name } = options;
    assertName(QUEUE_NAME_RULE, name, where, "queues");
    const taken = Object.keys(this.queueIds).some((existing) => existing.toLowerCase() === name.toLowerCase());
    check(!taken, where, "queues", name, "must be unique: Service Bus queue names ignore case");
    const maxDeliveryCount = options.maxDeliveryCount ?? 10;
    check(isWholeNumberIn(maxDeliveryCount, 1, 2000), where, `queues.${name}.maxDeliveryCount`, maxDeliveryCount, "must be a whole number, 1-2000");
    const lockDuration = options.lockDuration ?? "PT1M";
    const lockSeconds = durationSeconds(lockDuration);
    check(lockSeconds !== undefined && lockSeconds > 0 && lockSeconds <= MAX_LOCK_SECONDS, where, `queues.${name}.lockDuration`, lockDuration, "must be an ISO 8601 duration longer than zero and at most PT5M");
    const defaultMessageTtl = options.defaultMessageTtl ?? "P14D";
    const ttlSeconds = durationSeconds(defaultMessageTtl);
    check(ttlSeconds !== undefined && ttlSeconds > 0, where, `queues.${name}.defaultMessageTtl`, defaultMessageTtl, "must be an ISO 8601 duration longer than zero, e.g. P14D or PT1H");

    const queue = this.addDataChild(new ServicebusQueue(this, `queue-${name}`, {
      name,
      namespaceId: this.id,
      maxDeliveryCount,
      lockDuration,
      defaultMessageTtl,
      deadLetteringOnMessageExpiration: options.deadLetteringOnMessageExpiration ?? true,
      requiresDuplicateDetection: options.requiresDuplicateDetection ?? false,
      requiresSession: options.requiresSession ?? false,
      // A partitioned Premium namespace accepts partitioned entities only.
      partitioningEnabled: this.partitioned || undefined,
    }));
    this.queueIds[name] = queue.id;
    return queue;
  }

  /** Send messages to every queue and topic of the namespace (Azure Service Bus Data Sender). */
  public grantSend(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Azure Service Bus Data Sender");
  }

  /** Receive messages from every queue and subscription of the namespace (Azure Service Bus Data Receiver). */
  public grantReceive(principal: IPrincipal): RoleAssignment {
    return this.grant(principal, "Azure Service Bus Data Receiver");
  }

  /**
   * Premium only; the first endpoint turns public network access off (and the network rule set with it, as
   * both must agree). The rule set's default action stays Allow: with public access off it admits nothing
   * public anyway, and azurerm rejects Deny without IP or network rules, only after the namespace exists
   * (createNetworkRuleSetForNamespace in internal/services/servicebus/servicebus_namespace_resource.go:
   * "the `default_action` of `network_rule_set` can only be set to `Allow` if no `ip_rules` or
   * `network_rules` is set"), which leaves it tainted.
   */
  public addPrivateEndpoint(options: PrivateEndpointOptions): PrivateEndpoint {
    check(this.sku === "Premium", this.node.path, "sku", this.sku, "must be Premium to add a private endpoint: Standard namespaces take none");
    this.resource.publicNetworkAccessEnabled = false;
    this.resource.putNetworkRuleSet({ defaultAction: "Allow", publicNetworkAccessEnabled: false });
    return super.addPrivateEndpoint(options);
  }
}

/** Seconds of an ISO 8601 duration of days and time (`P14D`, `PT1M30S`), or undefined when it is not one. */
function durationSeconds(text: string): number | undefined {
  const match = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(text);
  if (!match || text === "P" || text.endsWith("T")) return undefined;
  const [days, hours, minutes, seconds] = match.slice(1).map((part) => Number(part ?? 0));
  return ((days * 24 + hours) * 60 + minutes) * 60 + seconds;
}
