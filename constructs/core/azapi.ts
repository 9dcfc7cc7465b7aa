import { Construct } from "constructs";
import { ITerraformDependable, TerraformProvider, TerraformResource } from "cdktf";
import { ensureProvider } from "./providers";

/**
 * A minimal hand-written binding of the Azure/azapi provider, for the few ARM resources azurerm 4.55 cannot
 * express (Azure Managed Redis access policy assignments). There is no @cdktf/provider-azapi package to add,
 * and `cdktf get` cannot run offline; `azapi_resource` needs only type, name, parent id and body.
 * The provider takes its credentials from the same ARM_* environment (OIDC) as azurerm.
 */
export class AzapiProvider extends TerraformProvider {
  constructor(scope: Construct, id: string) {
    super(scope, id, {
      terraformResourceType: "azapi",
      terraformGeneratorMetadata: { providerName: "azapi", providerVersionConstraint: "2.5.0" },
      terraformProviderSource: "Azure/azapi",
    });
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return {};
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    return {};
  }
}

export interface AzapiResourceConfig {
  /** `<resource provider type>@<API version>`. */
  readonly type: string;
  readonly name: string;
  /** ARM id of the parent resource. */
  readonly parentId: string;
  /** The ARM request body (properties in the API's own camelCase). */
  readonly body: Record<string, unknown>;
  readonly dependsOn?: ITerraformDependable[];
}

/** `azapi_resource`: one ARM resource by type, name, parent and body. */
export class AzapiResource extends TerraformResource {
  constructor(scope: Construct, id: string, private readonly config: AzapiResourceConfig) {
    super(scope, id, {
      terraformResourceType: "azapi_resource",
      terraformGeneratorMetadata: { providerName: "azapi" },
      provider: ensureProvider(scope, "azapi", AzapiProvider),
      dependsOn: config.dependsOn,
    });
  }

  /** ARM id of the resource. */
  public get id(): string {
    return this.getStringAttribute("id");
  }

  protected synthesizeAttributes(): Record<string, unknown> {
    return { type: this.config.type, name: this.config.name, parent_id: this.config.parentId, body: this.config.body };
  }

  protected synthesizeHclAttributes(): Record<string, unknown> {
    const simple = (value: string) => ({ value, isBlock: false, type: "simple", storageClassType: "string" });
    return {
      type: simple(this.config.type),
      name: simple(this.config.name),
      parent_id: simple(this.config.parentId),
      body: { value: this.config.body, isBlock: false, type: "any", storageClassType: "any" },
    };
  }
}
