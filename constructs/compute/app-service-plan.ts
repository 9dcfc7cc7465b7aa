import { Construct } from "constructs";
import { ServicePlan } from "@cdktf/provider-azurerm/lib/service-plan";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations, check, isWholeNumberIn, Violation } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { AutoscaleCounts, AutoscaleSetting, AutoscaleSettingProps, autoscaleCountViolations } from "../monitoring/autoscale-setting";

/**
 * The SKUs with VNet integration and always-on, by tier: Free (F1) and Shared (D1) have neither, and
 * Premium v2 is superseded by v3.
 */
const SKU_TIERS = {
  B1: "Basic",
  B2: "Basic",
  B3: "Basic",
  S1: "Standard",
  S2: "Standard",
  S3: "Standard",
  P0v3: "PremiumV3",
  P1v3: "PremiumV3",
  P2v3: "PremiumV3",
  P3v3: "PremiumV3",
  P1mv3: "PremiumV3",
  P2mv3: "PremiumV3",
  P3mv3: "PremiumV3",
  P4mv3: "PremiumV3",
  P5mv3: "PremiumV3",
} as const;

export type AppServicePlanSku = keyof typeof SKU_TIERS;
export type AppServicePlanTier = (typeof SKU_TIERS)[AppServicePlanSku];
/** Most instances a plan of each tier runs. */
const MAX_WORKERS: Record<AppServicePlanTier, number> = { Basic: 3, Standard: 10, PremiumV3: 30 };

/** A plan's size, and the autoscale counts it should run with, as settings and the construct express them. */
export interface AppServicePlanSpec {
  readonly sku: string;
  readonly zoneBalancing?: boolean;
  readonly autoscale?: AutoscaleCounts;
  /** Whether apps on the plan integrate with a VNet (see {@link vnetIntegrationSkuViolations}). */
  readonly vnetIntegration?: boolean;
}

/**
 * A plan hosting VNet-integrated apps must be Premium v3. Basic and Standard support regional VNet
 * integration only on the newer App Service scale units, and a plan stays on the unit it is created on;
 * Premium v3 exists only on those (Microsoft Learn, "Integrate your app with an Azure virtual network",
 * https://learn.microsoft.com/azure/app-service/overview-vnet-integration, Limitations: "available in Basic
 * and Standard tier but only from newer App Service deployments ... create your app in a Premium v3 App
 * Service plan").
 */
export function vnetIntegrationSkuViolations(sku: string): Violation[] {
  const tier = SKU_TIERS[sku as AppServicePlanSku];
  return tier === undefined || tier === "PremiumV3"
    ? []
    : [{ field: "sku", value: sku, rule: `must be Premium v3 (e.g. P0v3) for VNet-integrated apps: ${tier} plans have VNet integration only on newer App Service scale units, which a new plan is not guaranteed` }];
}

/**
 * The plan rules a size breaks: a SKU without VNet integration (below Premium v3 for VNet-integrated apps), zone balancing below Premium v3, and
 * autoscale on Basic, beyond the tier's instance limit, or below 2 instances when zone-balanced.
 */
export function appServicePlanViolations(spec: AppServicePlanSpec): Violation[] {
  const skus = Object.keys(SKU_TIERS);
  if (!skus.includes(spec.sku)) {
    return [{ field: "sku", value: spec.sku, rule: `must be one of ${skus.join(", ")}: Free and Shared plans have no VNet integration or always-on` }];
  }
  const tier = SKU_TIERS[spec.sku as AppServicePlanSku];
  const violations: Violation[] = spec.vnetIntegration ? vnetIntegrationSkuViolations(spec.sku) : [];
  if (spec.zoneBalancing && tier !== "PremiumV3") {
    violations.push({ field: "zoneBalancing", value: true, rule: `must be false unless sku is Premium v3 (got ${spec.sku})` });
  }
  const autoscale = spec.autoscale;
  if (!autoscale) return violations;
  if (tier === "Basic") return [...violations, { field: "sku", value: spec.sku, rule: "must be Standard or Premium v3 to autoscale: Basic plans scale only by hand" }];
  const counts = autoscaleCountViolations(autoscale).map((v) => ({ ...v, field: `autoscale.${v.field}` }));
  if (counts.length > 0) return [...violations, ...counts];
  if (autoscale.maximum > MAX_WORKERS[tier]) {
    violations.push({ field: "autoscale.maximum", value: autoscale.maximum, rule: `must not exceed ${MAX_WORKERS[tier]}, the most instances a ${tier} plan runs` });
  }
  if (spec.zoneBalancing && autoscale.minimum < 2) {
    violations.push({ field: "autoscale.minimum", value: autoscale.minimum, rule: "must be at least 2 on a zone-balanced plan" });
  }
  return violations;
}

export interface AppServicePlanProps extends Omit<CommonResourceProps, "privateEndpoints"> {
  /** Where the plan lives. */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-asp-<workload>-<region>-<env>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Basic (B1-B3), Standard (S1-S3) or Premium v3 (P0v3-P3v3, P1mv3-P5mv3). Autoscale needs Standard or
   * higher, zone balancing Premium v3.
   */
  readonly sku: AppServicePlanSku;
  /**
   * Spread the instances over the region's availability zones; Premium v3 only, with at least 2 workers.
   * Set at creation: changing it replaces the plan.
   * @default false
   */
  readonly zoneBalancing?: boolean;
  /**
   * Instances, 1 to the tier's limit (Basic 3, Standard 10, Premium v3 30). With `addAutoscale`, only
   * the count the plan is created with.
   * @default 1, or 2 with zoneBalancing
   */
  readonly workerCount?: number;
}

/** What `addAutoscale` takes: the setting's props without the target, which is this plan. */
export type PlanAutoscaleOptions = Omit<AutoscaleSettingProps, "targetResourceId" | "resourceGroup"> & {
  /** @default the plan's resource group */
  readonly resourceGroup?: IResourceGroup;
};

/** A Linux App Service plan for containerised web apps, Basic or higher so apps can join a VNet. */
export class AppServicePlan extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: ServicePlan;
  public readonly resourceGroup: IResourceGroup;
  /** Region of the plan: its apps must run there. */
  public readonly location: string;
  public readonly sku: AppServicePlanSku;
  public readonly tier: AppServicePlanTier;
  public readonly zoneBalancing: boolean;
  /** Plans expose metrics only. */
  protected readonly defaultLogCategoryGroups: readonly string[] = [];
  private readonly workload?: string;
  private autoscaleSetting?: AutoscaleSetting;

  constructor(scope: Construct, id: string, props: AppServicePlanProps) {
    super(scope, id);
    const where = this.node.path;
    const name = resourceName(this, "appServicePlan", props);
    assertNoViolations(where, appServicePlanViolations(props));
    this.sku = props.sku;
    this.tier = SKU_TIERS[props.sku];
    this.zoneBalancing = props.zoneBalancing ?? false;
    const workerCount = props.workerCount ?? (this.zoneBalancing ? 2 : 1);
    const maxWorkers = MAX_WORKERS[this.tier];
    check(isWholeNumberIn(workerCount, 1, maxWorkers), where, "workerCount", workerCount, `must be a whole number from 1 to ${maxWorkers} on a ${this.tier} plan`);
    check(!this.zoneBalancing || workerCount >= 2, where, "workerCount", workerCount, "must be at least 2 when zoneBalancing is true");

    this.resourceGroup = props.resourceGroup;
    this.workload = props.workload;
    this.resource = new ServicePlan(this, "plan", {
      name,
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      osType: "Linux",
      skuName: this.sku,
      workerCount,
      zoneBalancingEnabled: this.zoneBalancing,
      tags: props.tags,
    });
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.location = this.resource.location;
    this.initCapabilities(props);
  }

  /** The plan's autoscale setting, once `addAutoscale` has made it. */
  public get autoscale(): AutoscaleSetting | undefined {
    return this.autoscaleSetting;
  }

  /**
   * Scales the plan on its CPU. The plan then ignores changes to `worker_count`, or every apply would
   * reset the instance count autoscale chose.
   */
  public addAutoscale(id: string, options: PlanAutoscaleOptions): AutoscaleSetting {
    const where = this.node.path;
    check(this.autoscaleSetting === undefined, where, "autoscale", id, "must be added once: Azure allows one autoscale setting per plan");
    assertNoViolations(where, appServicePlanViolations({ sku: this.sku, zoneBalancing: this.zoneBalancing, autoscale: options }));
    const setting = new AutoscaleSetting(this, id, {
      workload: this.workload,
      ...options,
      resourceGroup: options.resourceGroup ?? this.resourceGroup,
      targetResourceId: this.id,
    });
    const lifecycle = this.resource.lifecycle ?? {};
    const ignoreChanges = lifecycle.ignoreChanges === "all" ? "all" : [...(lifecycle.ignoreChanges ?? []), "worker_count"];
    this.resource.lifecycle = { ...lifecycle, ignoreChanges };
    this.autoscaleSetting = setting;
    return setting;
  }
}
