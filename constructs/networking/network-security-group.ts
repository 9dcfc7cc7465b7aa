import { Construct } from "constructs";
import { NetworkSecurityGroup as AzNetworkSecurityGroup } from "@cdktf/provider-azurerm/lib/network-security-group";
import { NetworkSecurityRule as AzNetworkSecurityRule } from "@cdktf/provider-azurerm/lib/network-security-rule";
import { AzureResource } from "../core/azure-resource";
import { check, isWholeNumberIn } from "../core/errors";
import { CommonResourceProps, DiagnosticSettingsOptions, IResourceGroup } from "../core/interfaces";
import { assertName, NAME_RULES, NameRule, resourceName } from "../core/naming";

/** One NSG rule as data. Exactly one of each `...Prefix` / `...Prefixes` (and port) pair is set. */
export interface SecurityRuleSpec {
  /** Rule name, unique in the group: 1-80 letters, digits, '_', '.', '-'. */
  readonly name: string;
  /** 100-4096, unique per direction; lower numbers are evaluated first. */
  readonly priority: number;
  readonly direction: "Inbound" | "Outbound";
  readonly access: "Allow" | "Deny";
  readonly protocol: "Tcp" | "Udp" | "Icmp" | "Esp" | "Ah" | "*";
  /** CIDR, IP, service tag (`VirtualNetwork`, `AzureLoadBalancer`, ...) or `*`. @default none: set this or `sourceAddressPrefixes` */
  readonly sourceAddressPrefix?: string;
  /** @default none: set this or `sourceAddressPrefix` */
  readonly sourceAddressPrefixes?: string[];
  /** `*`, a port or a range `a-b`. @default "*" */
  readonly sourcePortRange?: string;
  /** `*`, a port or a range `a-b`. @default none: set this or `destinationPortRanges` */
  readonly destinationPortRange?: string;
  /** @default none: set this or `destinationPortRange` */
  readonly destinationPortRanges?: string[];
  /** @default none: set this or `destinationAddressPrefixes` */
  readonly destinationAddressPrefix?: string;
  /** @default none: set this or `destinationAddressPrefix` */
  readonly destinationAddressPrefixes?: string[];
  /** @default none */
  readonly description?: string;
}

export interface NetworkSecurityGroupProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-nsg-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Rules created with the group; `addRule` adds more later.
   * @default none: only Azure's default rules (inbound allowed from the VNet and load balancer only)
   */
  readonly securityRules?: SecurityRuleSpec[];
}

/** Security rule names (chosen, not generated) follow the same rule as the group's own name. */
const SECURITY_RULE_NAME: NameRule = NAME_RULES.networkSecurityGroup;

const PORT_RANGE = /^(\d{1,5})(?:-(\d{1,5}))?$/;

function isPortRange(text: string): boolean {
  if (text === "*") return true;
  const m = PORT_RANGE.exec(text);
  if (!m) return false;
  const from = Number(m[1]);
  const to = m[2] === undefined ? from : Number(m[2]);
  return from >= 1 && from <= to && to <= 65535;
}

/**
 * A network security group whose rules are data. Each rule is its own `azurerm_network_security_rule`
 * (never inline), so rules added later with `addRule` do not fight the group's rule list.
 */
export class NetworkSecurityGroup extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzNetworkSecurityGroup;
  public readonly resourceGroup: IResourceGroup;
  /** The rules added so far: what a resource that Azure checks against them waits for. */
  public readonly ruleResources: AzNetworkSecurityRule[] = [];
  /** Parent of the rule resources, so a rule name never collides with the capability children. */
  private readonly rules: Construct;
  /** `direction/priority` -> rule name, for the collision check. */
  private readonly priorities = new Map<string, string>();

  constructor(scope: Construct, id: string, props: NetworkSecurityGroupProps) {
    super(scope, id);
    const name = resourceName(this, "networkSecurityGroup", props);
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzNetworkSecurityGroup(this, "nsg", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.rules = new Construct(this, "rules");
    props.securityRules?.forEach((r) => this.addRule(r));
    this.initCapabilities(props);
  }

  /** Adds a rule; validates its name, priority (range and collision) and port syntax. */
  public addRule(spec: SecurityRuleSpec): AzNetworkSecurityRule {
    this.validateRule(spec);
    this.priorities.set(`${spec.direction}/${spec.priority}`, spec.name);
    const rule = new AzNetworkSecurityRule(this.rules, spec.name, {
      name: spec.name,
      resourceGroupName: this.resourceGroup.name,
      networkSecurityGroupName: this.name,
      priority: spec.priority,
      direction: spec.direction,
      access: spec.access,
      protocol: spec.protocol,
      sourceAddressPrefix: spec.sourceAddressPrefix,
      sourceAddressPrefixes: spec.sourceAddressPrefixes,
      sourcePortRange: spec.sourcePortRange ?? "*",
      destinationPortRange: spec.destinationPortRange,
      destinationPortRanges: spec.destinationPortRanges,
      destinationAddressPrefix: spec.destinationAddressPrefix,
      destinationAddressPrefixes: spec.destinationAddressPrefixes,
      description: spec.description,
    });
    this.ruleResources.push(rule);
    return rule;
  }

  /** NSGs expose log categories but no metrics: metrics are off, and asking for them is an error. */
  public override addDiagnostics(options: DiagnosticSettingsOptions): void {
    check(options.metrics !== true, this.node.path, "diagnosticSettings.metrics", options.metrics, "must be false: network security groups expose no metrics");
    super.addDiagnostics({ ...options, metrics: false });
  }

  private validateRule(spec: SecurityRuleSpec): void {
    const where = this.node.path;
    const field = `securityRules.${spec.name}`;
    assertName(SECURITY_RULE_NAME, spec.name, where, `${field}.name`);
    check(!this.rules.node.tryFindChild(spec.name), where, `${field}.name`, spec.name, "must be unique in the network security group");
    check(isWholeNumberIn(spec.priority, 100, 4096), where, `${field}.priority`, spec.priority, "must be an integer 100-4096");
    const holder = this.priorities.get(`${spec.direction}/${spec.priority}`);
    check(!holder, where, `${field}.priority`, spec.priority, `must be unique among ${spec.direction} rules: rule "${holder}" already uses it`);
    this.checkExactlyOne(spec, "sourceAddressPrefix", "sourceAddressPrefixes");
    this.checkExactlyOne(spec, "destinationAddressPrefix", "destinationAddressPrefixes");
    this.checkExactlyOne(spec, "destinationPortRange", "destinationPortRanges");
    const ports: Array<[string, string | undefined]> = [
      [`${field}.sourcePortRange`, spec.sourcePortRange],
      [`${field}.destinationPortRange`, spec.destinationPortRange],
      ...(spec.destinationPortRanges ?? []).map((p, i): [string, string] => [`${field}.destinationPortRanges[${i}]`, p]),
    ];
    for (const [portField, port] of ports) {
      check(port === undefined || isPortRange(port), where, portField, port, 'must be "*", a port 1-65535 or a range "a-b" with a <= b');
    }
  }

  /** Azure takes a single value or a list, never both and never neither. */
  private checkExactlyOne(
    spec: SecurityRuleSpec,
    single: "sourceAddressPrefix" | "destinationAddressPrefix" | "destinationPortRange",
    plural: "sourceAddressPrefixes" | "destinationAddressPrefixes" | "destinationPortRanges",
  ): void {
    const many = spec[plural];
    const given = Number(spec[single] !== undefined) + Number((many ?? []).length > 0);
    check(given === 1, this.node.path, `securityRules.${spec.name}.${single}`, spec[single] ?? many, `must be set, or ${plural} instead, but not both`);
  }
}
