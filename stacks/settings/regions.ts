import type { Location } from "./schema";

/** What recovery needs to know of a region the estate may use. */
export interface RegionFacts {
  /**
   * Azure's paired region, where the platform replicates geo-redundant storage and backups
   * (Microsoft Learn, "Azure region pairs and nonpaired regions"); undefined when the pair is not a
   * region the estate may use.
   */
  readonly pair?: Location;
  /** Availability zones: zone-redundant Cosmos DB regions, registry replicas and storage need them. */
  readonly zones: boolean;
}

/**
 * The regions of REGION_CODES with their pairs and zones (Microsoft Learn, "Azure region pairs and
 * nonpaired regions" and "Azure regions with availability zone support"). Every region listed offers
 * PostgreSQL flexible server, Azure SQL Database, Cosmos DB and Premium container registries.
 */
export const REGIONS: Readonly<Record<Location, RegionFacts>> = {
  westeurope: { pair: "northeurope", zones: true },
  northeurope: { pair: "westeurope", zones: true },
  germanywestcentral: { zones: true }, // pair: germanynorth (restricted access)
  swedencentral: { zones: true }, // pair: swedensouth (restricted access)
  francecentral: { zones: true }, // pair: francesouth (restricted access)
  uksouth: { pair: "ukwest", zones: true },
  ukwest: { pair: "uksouth", zones: false },
  eastus: { zones: true }, // pair: westus
  eastus2: { zones: true }, // pair: centralus
  westus3: { pair: "eastus", zones: true },
};
