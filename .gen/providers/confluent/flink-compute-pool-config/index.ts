// https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FlinkComputePoolConfigAConfig extends cdktf.TerraformMetaArguments {
  /**
  * Whether default compute pools are enabled for the organization.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config#default_compute_pool_enabled FlinkComputePoolConfigA#default_compute_pool_enabled}
  */
  readonly defaultComputePoolEnabled?: boolean | cdktf.IResolvable;
  /**
  * Maximum number of Confluent Flink Units (CFU).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config#default_max_cfu FlinkComputePoolConfigA#default_max_cfu}
  */
  readonly defaultMaxCfu?: number;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config#id FlinkComputePoolConfigA#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config confluent_flink_compute_pool_config}
*/
export class FlinkComputePoolConfigA extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "confluent_flink_compute_pool_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FlinkComputePoolConfigA resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FlinkComputePoolConfigA to import
  * @param importFromId The id of the existing FlinkComputePoolConfigA that should be imported. Refer to the {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FlinkComputePoolConfigA to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "confluent_flink_compute_pool_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_compute_pool_config confluent_flink_compute_pool_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FlinkComputePoolConfigAConfig = {}
  */
  public constructor(scope: Construct, id: string, config: FlinkComputePoolConfigAConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'confluent_flink_compute_pool_config',
      terraformGeneratorMetadata: {
        providerName: 'confluent',
        providerVersion: '2.83.4',
        providerVersionConstraint: '2.83.4'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._defaultComputePoolEnabled = config.defaultComputePoolEnabled;
    this._defaultMaxCfu = config.defaultMaxCfu;
    this._id = config.id;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // api_version - computed: true, optional: false, required: false
  public get apiVersion() {
    return this.getStringAttribute('api_version');
  }

  // default_compute_pool_enabled - computed: true, optional: true, required: false
  private _defaultComputePoolEnabled?: boolean | cdktf.IResolvable; 
  public get defaultComputePoolEnabled() {
    return this.getBooleanAttribute('default_compute_pool_enabled');
  }
  public set defaultComputePoolEnabled(value: boolean | cdktf.IResolvable) {
    this._defaultComputePoolEnabled = value;
  }
  public resetDefaultComputePoolEnabled() {
    this._defaultComputePoolEnabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultComputePoolEnabledInput() {
    return this._defaultComputePoolEnabled;
  }

  // default_max_cfu - computed: true, optional: true, required: false
  private _defaultMaxCfu?: number; 
  public get defaultMaxCfu() {
    return this.getNumberAttribute('default_max_cfu');
  }
  public set defaultMaxCfu(value: number) {
    this._defaultMaxCfu = value;
  }
  public resetDefaultMaxCfu() {
    this._defaultMaxCfu = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get defaultMaxCfuInput() {
    return this._defaultMaxCfu;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // kind - computed: true, optional: false, required: false
  public get kind() {
    return this.getStringAttribute('kind');
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      default_compute_pool_enabled: cdktf.booleanToTerraform(this._defaultComputePoolEnabled),
      default_max_cfu: cdktf.numberToTerraform(this._defaultMaxCfu),
      id: cdktf.stringToTerraform(this._id),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      default_compute_pool_enabled: {
        value: cdktf.booleanToHclTerraform(this._defaultComputePoolEnabled),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      default_max_cfu: {
        value: cdktf.numberToHclTerraform(this._defaultMaxCfu),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
