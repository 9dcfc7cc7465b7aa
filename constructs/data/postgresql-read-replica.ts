import { Construct } from "constructs";
import { PostgresqlFlexibleServer as AzPostgresqlFlexibleServer } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server";
import { PostgresqlFlexibleServerVirtualEndpoint } from "@cdktf/provider-azurerm/lib/postgresql-flexible-server-virtual-endpoint";
import { AzureResource } from "../core/azure-resource";
import { assertNoViolations } from "../core/errors";
import { CommonResourceProps, IResourceGroup } from "../core/interfaces";
import { resourceName } from "../core/naming";
import { addServerParameters, defaultParameters, PostgreSqlFlexibleServer, postgreSqlReplicaViolations } from "./postgresql-flexible-server";

export interface PostgreSqlReadReplicaProps extends CommonResourceProps {
  /** The server it replicates (General Purpose or Memory Optimized). */
  readonly source: PostgreSqlFlexibleServer;
  /** Where the replica lives: in the source's region (reporting) or another (a promotable geo replica). */
  readonly resourceGroup: IResourceGroup;
  /**
   * Workload part of the generated name (`<prefix>-psql-<workload>-<region>-<env>-<hash>`).
   * @default none
   */
  readonly workload?: string;
  /**
   * Virtual endpoints on the source and this replica under this name: applications connect to
   * `<name>.writer.postgres.database.azure.com`, which follows a promotion, so they keep one host name.
   * @default none
   */
  readonly virtualEndpointName?: string;
}

/**
 * A read replica of a PostgreSQL flexible server, private like its source: asynchronous streaming
 * replication, the source's size, version, storage and authentication, the same transport and logging
 * parameters, and optionally virtual endpoints so a promotion keeps the applications' host name.
 */
export class PostgreSqlReadReplica extends AzureResource {
  public readonly id: string;
  public readonly name: string;
  public readonly resource: AzPostgresqlFlexibleServer;
  public readonly resourceGroup: IResourceGroup;
  /** The replica's own host name (read-only while it replicates). */
  public readonly fqdn: string;
  /** The writer virtual endpoint's host name, when `virtualEndpointName` is set: the primary, whichever server that is. */
  public readonly writerHost?: string;
  public readonly virtualEndpoint?: PostgresqlFlexibleServerVirtualEndpoint;
  protected readonly defaultPrivateEndpointSubresource = "postgresqlServer";

  constructor(scope: Construct, id: string, props: PostgreSqlReadReplicaProps) {
    super(scope, id);
    const { source } = props;
    assertNoViolations(this.node.path, postgreSqlReplicaViolations("source.sku", source.sku, true));
    this.resourceGroup = props.resourceGroup;
    this.resource = new AzPostgresqlFlexibleServer(this, "server", {
      name: resourceName(this, "postgresqlFlexibleServer", props),
      location: props.resourceGroup.location,
      resourceGroupName: props.resourceGroup.name,
      createMode: "Replica",
      sourceServerId: source.id,
      // Azure requires the source's version and at least its storage; the same size serves a promotion.
      skuName: source.sku,
      version: source.version,
      storageMb: source.storageMb,
      publicNetworkAccessEnabled: false,
      // The source's logins and roles replicate; declared so the plan matches what Azure reports.
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: true, tenantId: source.tenantId },
      // After a promotion Azure reports neither; without this the next plan would replace the promoted
      // server (a new server, empty) instead of leaving it be.
      lifecycle: { ignoreChanges: ["create_mode", "source_server_id"] },
      tags: props.tags,
    });
    source.serializeChange(this.resource);
    this.id = this.resource.id;
    this.name = this.resource.name;
    this.fqdn = this.resource.fqdn;
    // Replicas keep their own parameters: the source's TLS, logging and throttling, without PgBouncer.
    const parametersSet = addServerParameters(this, this.id, defaultParameters(false, 0));

    if (props.virtualEndpointName) {
      this.virtualEndpoint = this.addDataChild(new PostgresqlFlexibleServerVirtualEndpoint(this, "virtual-endpoint", {
        name: props.virtualEndpointName,
        sourceServerId: source.id,
        replicaServerId: this.id,
        type: "ReadWrite",
        // Both servers take one change at a time.
        dependsOn: parametersSet && [parametersSet],
        // A switchover swaps the roles, and Azure reports the endpoint from the new primary's side.
        lifecycle: { ignoreChanges: ["source_server_id", "replica_server_id"] },
      }));
      // A reference, so what connects through the endpoint depends on it (and the graph sees the edge).
      this.writerHost = `${this.virtualEndpoint.name}.writer.postgres.database.azure.com`;
    }
    this.initCapabilities(props);
  }
}
