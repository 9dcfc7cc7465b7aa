import { Construct } from "constructs";
import { MonitorActionGroup } from "@cdktf/provider-azurerm/lib/monitor-action-group";
import { AzureResource } from "../core/azure-resource";
import { check, isEmail } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";

/** A person or mailbox notified by email. */
export interface EmailReceiver {
  /** Receiver name, unique within the group. */
  readonly name: string;
  /** Address the alert is mailed to. */
  readonly emailAddress: string;
}

/** An HTTPS endpoint the alert payload is posted to. */
export interface WebhookReceiver {
  /** Receiver name, unique within the group. */
  readonly name: string;
  /** https:// URL the alert is posted to. */
  readonly serviceUri: string;
}

export interface ActionGroupProps extends CommonResourceProps {
  /** The group the action group is created in. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-ag-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /** Name shown in SMS and email notifications: 1-12 characters. */
  readonly shortName: string;
  /** Who is emailed; may be empty only when webhooks are given. */
  readonly emailReceivers: EmailReceiver[];
  /** @default none */
  readonly webhookReceivers?: WebhookReceiver[];
}


/** Who alerts notify: email and webhook receivers, all sent the common alert schema. */
export class ActionGroup extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: MonitorActionGroup;
  public readonly resourceGroup: IResourceGroup;

  constructor(scope: Construct, id: string, props: ActionGroupProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "actionGroup", props);

    const { shortName, emailReceivers } = props;
    const webhookReceivers = props.webhookReceivers ?? [];
    check(shortName.length >= 1 && shortName.length <= 12, where, "shortName", shortName, "must be 1-12 characters");
    check(emailReceivers.length + webhookReceivers.length > 0, where, "emailReceivers", emailReceivers, "must name at least one receiver when there are no webhookReceivers");
    emailReceivers.forEach((r, i) =>
      check(isEmail(r.emailAddress), where, `emailReceivers.${i}.emailAddress`, r.emailAddress, "must be an email address (name@domain.tld)"),
    );
    webhookReceivers.forEach((r, i) =>
      check(/^https:\/\/\S+$/.test(r.serviceUri), where, `webhookReceivers.${i}.serviceUri`, r.serviceUri, "must be an https:// URL"),
    );

    this.resourceGroup = props.resourceGroup;
    this.resource = new MonitorActionGroup(this, "group", {
      name,
      resourceGroupName: props.resourceGroup.name,
      // Action groups are global resources.
      location: "global",
      shortName,
      // One payload shape for every alert type, so receivers parse a single format.
      emailReceiver: emailReceivers.map((r) => ({ name: r.name, emailAddress: r.emailAddress, useCommonAlertSchema: true })),
      webhookReceiver: webhookReceivers.map((r) => ({ name: r.name, serviceUri: r.serviceUri, useCommonAlertSchema: true })),
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.initCapabilities(props);
  }
}
