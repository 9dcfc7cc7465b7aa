// https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface FlinkMaterializedTableConfig extends cdktf.TerraformMetaArguments {
  /**
  * The unique name of the materialized table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#display_name FlinkMaterializedTable#display_name}
  */
  readonly displayName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * The query section of the latest Materialized Table.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#query FlinkMaterializedTable#query}
  */
  readonly query?: string;
  /**
  * The REST endpoint of the Flink region, for example, `https://flink.us-east-1.aws.confluent.cloud/sql/v1/organizations/1111aaaa-11aa-11aa-11aa-111111aaaaaa/environments/env-abc123`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#rest_endpoint FlinkMaterializedTable#rest_endpoint}
  */
  readonly restEndpoint?: string;
  /**
  * Session configurations equivalent to the SQL `SET` statement. Only applicable on creation; ignored on update.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#session_options FlinkMaterializedTable#session_options}
  */
  readonly sessionOptions?: { [key: string]: string };
  /**
  * Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#stopped FlinkMaterializedTable#stopped}
  */
  readonly stopped?: boolean | cdktf.IResolvable;
  /**
  * Defines configuration properties for the materialized table, equivalent to the SQL `WITH` clause.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#table_options FlinkMaterializedTable#table_options}
  */
  readonly tableOptions?: { [key: string]: string };
  /**
  * columns block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#columns FlinkMaterializedTable#columns}
  */
  readonly columns?: FlinkMaterializedTableColumns[] | cdktf.IResolvable;
  /**
  * compute_pool block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#compute_pool FlinkMaterializedTable#compute_pool}
  */
  readonly computePool?: FlinkMaterializedTableComputePool;
  /**
  * constraints block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#constraints FlinkMaterializedTable#constraints}
  */
  readonly constraints?: FlinkMaterializedTableConstraints[] | cdktf.IResolvable;
  /**
  * credentials block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#credentials FlinkMaterializedTable#credentials}
  */
  readonly credentials?: FlinkMaterializedTableCredentials;
  /**
  * distribution block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#distribution FlinkMaterializedTable#distribution}
  */
  readonly distribution?: FlinkMaterializedTableDistribution;
  /**
  * environment block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#environment FlinkMaterializedTable#environment}
  */
  readonly environment?: FlinkMaterializedTableEnvironment;
  /**
  * kafka_cluster block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#kafka_cluster FlinkMaterializedTable#kafka_cluster}
  */
  readonly kafkaCluster: FlinkMaterializedTableKafkaCluster;
  /**
  * organization block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#organization FlinkMaterializedTable#organization}
  */
  readonly organization?: FlinkMaterializedTableOrganization;
  /**
  * principal block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#principal FlinkMaterializedTable#principal}
  */
  readonly principal?: FlinkMaterializedTablePrincipal;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#timeouts FlinkMaterializedTable#timeouts}
  */
  readonly timeouts?: FlinkMaterializedTableTimeouts;
  /**
  * watermark block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#watermark FlinkMaterializedTable#watermark}
  */
  readonly watermark?: FlinkMaterializedTableWatermark;
}
export interface FlinkMaterializedTableColumnsColumnsComputed {
  /**
  * Comment for the computed column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_comment FlinkMaterializedTable#column_computed_comment}
  */
  readonly columnComputedComment?: string;
  /**
  * Expression of the computed column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_expression FlinkMaterializedTable#column_computed_expression}
  */
  readonly columnComputedExpression?: string;
  /**
  * Kind of the computed column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_kind FlinkMaterializedTable#column_computed_kind}
  */
  readonly columnComputedKind?: string;
  /**
  * Name of the computed column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_name FlinkMaterializedTable#column_computed_name}
  */
  readonly columnComputedName?: string;
  /**
  * Type of the computed column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_type FlinkMaterializedTable#column_computed_type}
  */
  readonly columnComputedType?: string;
  /**
  * Whether computed column is virtual. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_computed_virtual FlinkMaterializedTable#column_computed_virtual}
  */
  readonly columnComputedVirtual?: boolean | cdktf.IResolvable;
}

export function flinkMaterializedTableColumnsColumnsComputedToTerraform(struct?: FlinkMaterializedTableColumnsColumnsComputed | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    column_computed_comment: cdktf.stringToTerraform(struct!.columnComputedComment),
    column_computed_expression: cdktf.stringToTerraform(struct!.columnComputedExpression),
    column_computed_kind: cdktf.stringToTerraform(struct!.columnComputedKind),
    column_computed_name: cdktf.stringToTerraform(struct!.columnComputedName),
    column_computed_type: cdktf.stringToTerraform(struct!.columnComputedType),
    column_computed_virtual: cdktf.booleanToTerraform(struct!.columnComputedVirtual),
  }
}


export function flinkMaterializedTableColumnsColumnsComputedToHclTerraform(struct?: FlinkMaterializedTableColumnsColumnsComputed | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    column_computed_comment: {
      value: cdktf.stringToHclTerraform(struct!.columnComputedComment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_computed_expression: {
      value: cdktf.stringToHclTerraform(struct!.columnComputedExpression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_computed_kind: {
      value: cdktf.stringToHclTerraform(struct!.columnComputedKind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_computed_name: {
      value: cdktf.stringToHclTerraform(struct!.columnComputedName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_computed_type: {
      value: cdktf.stringToHclTerraform(struct!.columnComputedType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_computed_virtual: {
      value: cdktf.booleanToHclTerraform(struct!.columnComputedVirtual),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableColumnsColumnsComputedOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FlinkMaterializedTableColumnsColumnsComputed | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columnComputedComment !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedComment = this._columnComputedComment;
    }
    if (this._columnComputedExpression !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedExpression = this._columnComputedExpression;
    }
    if (this._columnComputedKind !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedKind = this._columnComputedKind;
    }
    if (this._columnComputedName !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedName = this._columnComputedName;
    }
    if (this._columnComputedType !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedType = this._columnComputedType;
    }
    if (this._columnComputedVirtual !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnComputedVirtual = this._columnComputedVirtual;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableColumnsColumnsComputed | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columnComputedComment = undefined;
      this._columnComputedExpression = undefined;
      this._columnComputedKind = undefined;
      this._columnComputedName = undefined;
      this._columnComputedType = undefined;
      this._columnComputedVirtual = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columnComputedComment = value.columnComputedComment;
      this._columnComputedExpression = value.columnComputedExpression;
      this._columnComputedKind = value.columnComputedKind;
      this._columnComputedName = value.columnComputedName;
      this._columnComputedType = value.columnComputedType;
      this._columnComputedVirtual = value.columnComputedVirtual;
    }
  }

  // column_computed_comment - computed: false, optional: true, required: false
  private _columnComputedComment?: string; 
  public get columnComputedComment() {
    return this.getStringAttribute('column_computed_comment');
  }
  public set columnComputedComment(value: string) {
    this._columnComputedComment = value;
  }
  public resetColumnComputedComment() {
    this._columnComputedComment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedCommentInput() {
    return this._columnComputedComment;
  }

  // column_computed_expression - computed: false, optional: true, required: false
  private _columnComputedExpression?: string; 
  public get columnComputedExpression() {
    return this.getStringAttribute('column_computed_expression');
  }
  public set columnComputedExpression(value: string) {
    this._columnComputedExpression = value;
  }
  public resetColumnComputedExpression() {
    this._columnComputedExpression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedExpressionInput() {
    return this._columnComputedExpression;
  }

  // column_computed_kind - computed: false, optional: true, required: false
  private _columnComputedKind?: string; 
  public get columnComputedKind() {
    return this.getStringAttribute('column_computed_kind');
  }
  public set columnComputedKind(value: string) {
    this._columnComputedKind = value;
  }
  public resetColumnComputedKind() {
    this._columnComputedKind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedKindInput() {
    return this._columnComputedKind;
  }

  // column_computed_name - computed: false, optional: true, required: false
  private _columnComputedName?: string; 
  public get columnComputedName() {
    return this.getStringAttribute('column_computed_name');
  }
  public set columnComputedName(value: string) {
    this._columnComputedName = value;
  }
  public resetColumnComputedName() {
    this._columnComputedName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedNameInput() {
    return this._columnComputedName;
  }

  // column_computed_type - computed: false, optional: true, required: false
  private _columnComputedType?: string; 
  public get columnComputedType() {
    return this.getStringAttribute('column_computed_type');
  }
  public set columnComputedType(value: string) {
    this._columnComputedType = value;
  }
  public resetColumnComputedType() {
    this._columnComputedType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedTypeInput() {
    return this._columnComputedType;
  }

  // column_computed_virtual - computed: false, optional: true, required: false
  private _columnComputedVirtual?: boolean | cdktf.IResolvable; 
  public get columnComputedVirtual() {
    return this.getBooleanAttribute('column_computed_virtual');
  }
  public set columnComputedVirtual(value: boolean | cdktf.IResolvable) {
    this._columnComputedVirtual = value;
  }
  public resetColumnComputedVirtual() {
    this._columnComputedVirtual = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnComputedVirtualInput() {
    return this._columnComputedVirtual;
  }
}

export class FlinkMaterializedTableColumnsColumnsComputedList extends cdktf.ComplexList {
  public internalValue? : FlinkMaterializedTableColumnsColumnsComputed[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FlinkMaterializedTableColumnsColumnsComputedOutputReference {
    return new FlinkMaterializedTableColumnsColumnsComputedOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FlinkMaterializedTableColumnsColumnsMetadata {
  /**
  * Comment for the metadata column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_comment FlinkMaterializedTable#column_metadata_comment}
  */
  readonly columnMetadataComment?: string;
  /**
  * Metadata key of the metadata column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_key FlinkMaterializedTable#column_metadata_key}
  */
  readonly columnMetadataKey?: string;
  /**
  * Kind of the metadata column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_kind FlinkMaterializedTable#column_metadata_kind}
  */
  readonly columnMetadataKind?: string;
  /**
  * Name of the metadata column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_name FlinkMaterializedTable#column_metadata_name}
  */
  readonly columnMetadataName?: string;
  /**
  * Type of the metadata column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_type FlinkMaterializedTable#column_metadata_type}
  */
  readonly columnMetadataType?: string;
  /**
  * Whether metadata column is virtual. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_metadata_virtual FlinkMaterializedTable#column_metadata_virtual}
  */
  readonly columnMetadataVirtual?: boolean | cdktf.IResolvable;
}

export function flinkMaterializedTableColumnsColumnsMetadataToTerraform(struct?: FlinkMaterializedTableColumnsColumnsMetadata | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    column_metadata_comment: cdktf.stringToTerraform(struct!.columnMetadataComment),
    column_metadata_key: cdktf.stringToTerraform(struct!.columnMetadataKey),
    column_metadata_kind: cdktf.stringToTerraform(struct!.columnMetadataKind),
    column_metadata_name: cdktf.stringToTerraform(struct!.columnMetadataName),
    column_metadata_type: cdktf.stringToTerraform(struct!.columnMetadataType),
    column_metadata_virtual: cdktf.booleanToTerraform(struct!.columnMetadataVirtual),
  }
}


export function flinkMaterializedTableColumnsColumnsMetadataToHclTerraform(struct?: FlinkMaterializedTableColumnsColumnsMetadata | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    column_metadata_comment: {
      value: cdktf.stringToHclTerraform(struct!.columnMetadataComment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_metadata_key: {
      value: cdktf.stringToHclTerraform(struct!.columnMetadataKey),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_metadata_kind: {
      value: cdktf.stringToHclTerraform(struct!.columnMetadataKind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_metadata_name: {
      value: cdktf.stringToHclTerraform(struct!.columnMetadataName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_metadata_type: {
      value: cdktf.stringToHclTerraform(struct!.columnMetadataType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_metadata_virtual: {
      value: cdktf.booleanToHclTerraform(struct!.columnMetadataVirtual),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableColumnsColumnsMetadataOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FlinkMaterializedTableColumnsColumnsMetadata | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columnMetadataComment !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataComment = this._columnMetadataComment;
    }
    if (this._columnMetadataKey !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataKey = this._columnMetadataKey;
    }
    if (this._columnMetadataKind !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataKind = this._columnMetadataKind;
    }
    if (this._columnMetadataName !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataName = this._columnMetadataName;
    }
    if (this._columnMetadataType !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataType = this._columnMetadataType;
    }
    if (this._columnMetadataVirtual !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnMetadataVirtual = this._columnMetadataVirtual;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableColumnsColumnsMetadata | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columnMetadataComment = undefined;
      this._columnMetadataKey = undefined;
      this._columnMetadataKind = undefined;
      this._columnMetadataName = undefined;
      this._columnMetadataType = undefined;
      this._columnMetadataVirtual = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columnMetadataComment = value.columnMetadataComment;
      this._columnMetadataKey = value.columnMetadataKey;
      this._columnMetadataKind = value.columnMetadataKind;
      this._columnMetadataName = value.columnMetadataName;
      this._columnMetadataType = value.columnMetadataType;
      this._columnMetadataVirtual = value.columnMetadataVirtual;
    }
  }

  // column_metadata_comment - computed: false, optional: true, required: false
  private _columnMetadataComment?: string; 
  public get columnMetadataComment() {
    return this.getStringAttribute('column_metadata_comment');
  }
  public set columnMetadataComment(value: string) {
    this._columnMetadataComment = value;
  }
  public resetColumnMetadataComment() {
    this._columnMetadataComment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataCommentInput() {
    return this._columnMetadataComment;
  }

  // column_metadata_key - computed: false, optional: true, required: false
  private _columnMetadataKey?: string; 
  public get columnMetadataKey() {
    return this.getStringAttribute('column_metadata_key');
  }
  public set columnMetadataKey(value: string) {
    this._columnMetadataKey = value;
  }
  public resetColumnMetadataKey() {
    this._columnMetadataKey = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataKeyInput() {
    return this._columnMetadataKey;
  }

  // column_metadata_kind - computed: false, optional: true, required: false
  private _columnMetadataKind?: string; 
  public get columnMetadataKind() {
    return this.getStringAttribute('column_metadata_kind');
  }
  public set columnMetadataKind(value: string) {
    this._columnMetadataKind = value;
  }
  public resetColumnMetadataKind() {
    this._columnMetadataKind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataKindInput() {
    return this._columnMetadataKind;
  }

  // column_metadata_name - computed: false, optional: true, required: false
  private _columnMetadataName?: string; 
  public get columnMetadataName() {
    return this.getStringAttribute('column_metadata_name');
  }
  public set columnMetadataName(value: string) {
    this._columnMetadataName = value;
  }
  public resetColumnMetadataName() {
    this._columnMetadataName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataNameInput() {
    return this._columnMetadataName;
  }

  // column_metadata_type - computed: false, optional: true, required: false
  private _columnMetadataType?: string; 
  public get columnMetadataType() {
    return this.getStringAttribute('column_metadata_type');
  }
  public set columnMetadataType(value: string) {
    this._columnMetadataType = value;
  }
  public resetColumnMetadataType() {
    this._columnMetadataType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataTypeInput() {
    return this._columnMetadataType;
  }

  // column_metadata_virtual - computed: false, optional: true, required: false
  private _columnMetadataVirtual?: boolean | cdktf.IResolvable; 
  public get columnMetadataVirtual() {
    return this.getBooleanAttribute('column_metadata_virtual');
  }
  public set columnMetadataVirtual(value: boolean | cdktf.IResolvable) {
    this._columnMetadataVirtual = value;
  }
  public resetColumnMetadataVirtual() {
    this._columnMetadataVirtual = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnMetadataVirtualInput() {
    return this._columnMetadataVirtual;
  }
}

export class FlinkMaterializedTableColumnsColumnsMetadataList extends cdktf.ComplexList {
  public internalValue? : FlinkMaterializedTableColumnsColumnsMetadata[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FlinkMaterializedTableColumnsColumnsMetadataOutputReference {
    return new FlinkMaterializedTableColumnsColumnsMetadataOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FlinkMaterializedTableColumnsColumnsPhysical {
  /**
  * Comment for the physical column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_physical_comment FlinkMaterializedTable#column_physical_comment}
  */
  readonly columnPhysicalComment?: string;
  /**
  * Kind of the physical column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_physical_kind FlinkMaterializedTable#column_physical_kind}
  */
  readonly columnPhysicalKind?: string;
  /**
  * Name of the physical column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_physical_name FlinkMaterializedTable#column_physical_name}
  */
  readonly columnPhysicalName?: string;
  /**
  * Type of the physical column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column_physical_type FlinkMaterializedTable#column_physical_type}
  */
  readonly columnPhysicalType?: string;
}

export function flinkMaterializedTableColumnsColumnsPhysicalToTerraform(struct?: FlinkMaterializedTableColumnsColumnsPhysical | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    column_physical_comment: cdktf.stringToTerraform(struct!.columnPhysicalComment),
    column_physical_kind: cdktf.stringToTerraform(struct!.columnPhysicalKind),
    column_physical_name: cdktf.stringToTerraform(struct!.columnPhysicalName),
    column_physical_type: cdktf.stringToTerraform(struct!.columnPhysicalType),
  }
}


export function flinkMaterializedTableColumnsColumnsPhysicalToHclTerraform(struct?: FlinkMaterializedTableColumnsColumnsPhysical | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    column_physical_comment: {
      value: cdktf.stringToHclTerraform(struct!.columnPhysicalComment),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_physical_kind: {
      value: cdktf.stringToHclTerraform(struct!.columnPhysicalKind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_physical_name: {
      value: cdktf.stringToHclTerraform(struct!.columnPhysicalName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    column_physical_type: {
      value: cdktf.stringToHclTerraform(struct!.columnPhysicalType),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableColumnsColumnsPhysicalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FlinkMaterializedTableColumnsColumnsPhysical | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columnPhysicalComment !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnPhysicalComment = this._columnPhysicalComment;
    }
    if (this._columnPhysicalKind !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnPhysicalKind = this._columnPhysicalKind;
    }
    if (this._columnPhysicalName !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnPhysicalName = this._columnPhysicalName;
    }
    if (this._columnPhysicalType !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnPhysicalType = this._columnPhysicalType;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableColumnsColumnsPhysical | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columnPhysicalComment = undefined;
      this._columnPhysicalKind = undefined;
      this._columnPhysicalName = undefined;
      this._columnPhysicalType = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columnPhysicalComment = value.columnPhysicalComment;
      this._columnPhysicalKind = value.columnPhysicalKind;
      this._columnPhysicalName = value.columnPhysicalName;
      this._columnPhysicalType = value.columnPhysicalType;
    }
  }

  // column_physical_comment - computed: false, optional: true, required: false
  private _columnPhysicalComment?: string; 
  public get columnPhysicalComment() {
    return this.getStringAttribute('column_physical_comment');
  }
  public set columnPhysicalComment(value: string) {
    this._columnPhysicalComment = value;
  }
  public resetColumnPhysicalComment() {
    this._columnPhysicalComment = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnPhysicalCommentInput() {
    return this._columnPhysicalComment;
  }

  // column_physical_kind - computed: false, optional: true, required: false
  private _columnPhysicalKind?: string; 
  public get columnPhysicalKind() {
    return this.getStringAttribute('column_physical_kind');
  }
  public set columnPhysicalKind(value: string) {
    this._columnPhysicalKind = value;
  }
  public resetColumnPhysicalKind() {
    this._columnPhysicalKind = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnPhysicalKindInput() {
    return this._columnPhysicalKind;
  }

  // column_physical_name - computed: false, optional: true, required: false
  private _columnPhysicalName?: string; 
  public get columnPhysicalName() {
    return this.getStringAttribute('column_physical_name');
  }
  public set columnPhysicalName(value: string) {
    this._columnPhysicalName = value;
  }
  public resetColumnPhysicalName() {
    this._columnPhysicalName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnPhysicalNameInput() {
    return this._columnPhysicalName;
  }

  // column_physical_type - computed: false, optional: true, required: false
  private _columnPhysicalType?: string; 
  public get columnPhysicalType() {
    return this.getStringAttribute('column_physical_type');
  }
  public set columnPhysicalType(value: string) {
    this._columnPhysicalType = value;
  }
  public resetColumnPhysicalType() {
    this._columnPhysicalType = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnPhysicalTypeInput() {
    return this._columnPhysicalType;
  }
}

export class FlinkMaterializedTableColumnsColumnsPhysicalList extends cdktf.ComplexList {
  public internalValue? : FlinkMaterializedTableColumnsColumnsPhysical[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FlinkMaterializedTableColumnsColumnsPhysicalOutputReference {
    return new FlinkMaterializedTableColumnsColumnsPhysicalOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FlinkMaterializedTableColumns {
  /**
  * columns_computed block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#columns_computed FlinkMaterializedTable#columns_computed}
  */
  readonly columnsComputed?: FlinkMaterializedTableColumnsColumnsComputed[] | cdktf.IResolvable;
  /**
  * columns_metadata block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#columns_metadata FlinkMaterializedTable#columns_metadata}
  */
  readonly columnsMetadata?: FlinkMaterializedTableColumnsColumnsMetadata[] | cdktf.IResolvable;
  /**
  * columns_physical block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#columns_physical FlinkMaterializedTable#columns_physical}
  */
  readonly columnsPhysical?: FlinkMaterializedTableColumnsColumnsPhysical[] | cdktf.IResolvable;
}

export function flinkMaterializedTableColumnsToTerraform(struct?: FlinkMaterializedTableColumns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    columns_computed: cdktf.listMapper(flinkMaterializedTableColumnsColumnsComputedToTerraform, true)(struct!.columnsComputed),
    columns_metadata: cdktf.listMapper(flinkMaterializedTableColumnsColumnsMetadataToTerraform, true)(struct!.columnsMetadata),
    columns_physical: cdktf.listMapper(flinkMaterializedTableColumnsColumnsPhysicalToTerraform, true)(struct!.columnsPhysical),
  }
}


export function flinkMaterializedTableColumnsToHclTerraform(struct?: FlinkMaterializedTableColumns | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    columns_computed: {
      value: cdktf.listMapperHcl(flinkMaterializedTableColumnsColumnsComputedToHclTerraform, true)(struct!.columnsComputed),
      isBlock: true,
      type: "list",
      storageClassType: "FlinkMaterializedTableColumnsColumnsComputedList",
    },
    columns_metadata: {
      value: cdktf.listMapperHcl(flinkMaterializedTableColumnsColumnsMetadataToHclTerraform, true)(struct!.columnsMetadata),
      isBlock: true,
      type: "list",
      storageClassType: "FlinkMaterializedTableColumnsColumnsMetadataList",
    },
    columns_physical: {
      value: cdktf.listMapperHcl(flinkMaterializedTableColumnsColumnsPhysicalToHclTerraform, true)(struct!.columnsPhysical),
      isBlock: true,
      type: "list",
      storageClassType: "FlinkMaterializedTableColumnsColumnsPhysicalList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableColumnsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FlinkMaterializedTableColumns | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columnsComputed?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnsComputed = this._columnsComputed?.internalValue;
    }
    if (this._columnsMetadata?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnsMetadata = this._columnsMetadata?.internalValue;
    }
    if (this._columnsPhysical?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.columnsPhysical = this._columnsPhysical?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableColumns | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columnsComputed.internalValue = undefined;
      this._columnsMetadata.internalValue = undefined;
      this._columnsPhysical.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columnsComputed.internalValue = value.columnsComputed;
      this._columnsMetadata.internalValue = value.columnsMetadata;
      this._columnsPhysical.internalValue = value.columnsPhysical;
    }
  }

  // columns_computed - computed: false, optional: true, required: false
  private _columnsComputed = new FlinkMaterializedTableColumnsColumnsComputedList(this, "columns_computed", false);
  public get columnsComputed() {
    return this._columnsComputed;
  }
  public putColumnsComputed(value: FlinkMaterializedTableColumnsColumnsComputed[] | cdktf.IResolvable) {
    this._columnsComputed.internalValue = value;
  }
  public resetColumnsComputed() {
    this._columnsComputed.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsComputedInput() {
    return this._columnsComputed.internalValue;
  }

  // columns_metadata - computed: false, optional: true, required: false
  private _columnsMetadata = new FlinkMaterializedTableColumnsColumnsMetadataList(this, "columns_metadata", false);
  public get columnsMetadata() {
    return this._columnsMetadata;
  }
  public putColumnsMetadata(value: FlinkMaterializedTableColumnsColumnsMetadata[] | cdktf.IResolvable) {
    this._columnsMetadata.internalValue = value;
  }
  public resetColumnsMetadata() {
    this._columnsMetadata.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsMetadataInput() {
    return this._columnsMetadata.internalValue;
  }

  // columns_physical - computed: false, optional: true, required: false
  private _columnsPhysical = new FlinkMaterializedTableColumnsColumnsPhysicalList(this, "columns_physical", false);
  public get columnsPhysical() {
    return this._columnsPhysical;
  }
  public putColumnsPhysical(value: FlinkMaterializedTableColumnsColumnsPhysical[] | cdktf.IResolvable) {
    this._columnsPhysical.internalValue = value;
  }
  public resetColumnsPhysical() {
    this._columnsPhysical.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsPhysicalInput() {
    return this._columnsPhysical.internalValue;
  }
}

export class FlinkMaterializedTableColumnsList extends cdktf.ComplexList {
  public internalValue? : FlinkMaterializedTableColumns[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FlinkMaterializedTableColumnsOutputReference {
    return new FlinkMaterializedTableColumnsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FlinkMaterializedTableComputePool {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function flinkMaterializedTableComputePoolToTerraform(struct?: FlinkMaterializedTableComputePoolOutputReference | FlinkMaterializedTableComputePool): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function flinkMaterializedTableComputePoolToHclTerraform(struct?: FlinkMaterializedTableComputePoolOutputReference | FlinkMaterializedTableComputePool): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableComputePoolOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableComputePool | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableComputePool | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface FlinkMaterializedTableConstraints {
  /**
  * Constraint column names.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#columns FlinkMaterializedTable#columns}
  */
  readonly columns?: string[];
  /**
  * Whether constraint is enforced. Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#enforced FlinkMaterializedTable#enforced}
  */
  readonly enforced?: boolean | cdktf.IResolvable;
  /**
  * Name of the constraint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#name FlinkMaterializedTable#name}
  */
  readonly name?: string;
  /**
  * Type of the constraint.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#type FlinkMaterializedTable#type}
  */
  readonly type?: string;
}

export function flinkMaterializedTableConstraintsToTerraform(struct?: FlinkMaterializedTableConstraints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    columns: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.columns),
    enforced: cdktf.booleanToTerraform(struct!.enforced),
    name: cdktf.stringToTerraform(struct!.name),
    type: cdktf.stringToTerraform(struct!.type),
  }
}


export function flinkMaterializedTableConstraintsToHclTerraform(struct?: FlinkMaterializedTableConstraints | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    columns: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.columns),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    enforced: {
      value: cdktf.booleanToHclTerraform(struct!.enforced),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    type: {
      value: cdktf.stringToHclTerraform(struct!.type),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableConstraintsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): FlinkMaterializedTableConstraints | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._columns !== undefined) {
      hasAnyValues = true;
      internalValueResult.columns = this._columns;
    }
    if (this._enforced !== undefined) {
      hasAnyValues = true;
      internalValueResult.enforced = this._enforced;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._type !== undefined) {
      hasAnyValues = true;
      internalValueResult.type = this._type;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableConstraints | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._columns = undefined;
      this._enforced = undefined;
      this._name = undefined;
      this._type = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._columns = value.columns;
      this._enforced = value.enforced;
      this._name = value.name;
      this._type = value.type;
    }
  }

  // columns - computed: false, optional: true, required: false
  private _columns?: string[]; 
  public get columns() {
    return cdktf.Fn.tolist(this.getListAttribute('columns'));
  }
  public set columns(value: string[]) {
    this._columns = value;
  }
  public resetColumns() {
    this._columns = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsInput() {
    return this._columns;
  }

  // enforced - computed: false, optional: true, required: false
  private _enforced?: boolean | cdktf.IResolvable; 
  public get enforced() {
    return this.getBooleanAttribute('enforced');
  }
  public set enforced(value: boolean | cdktf.IResolvable) {
    this._enforced = value;
  }
  public resetEnforced() {
    this._enforced = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enforcedInput() {
    return this._enforced;
  }

  // name - computed: false, optional: true, required: false
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  public resetName() {
    this._name = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // type - computed: false, optional: true, required: false
  private _type?: string; 
  public get type() {
    return this.getStringAttribute('type');
  }
  public set type(value: string) {
    this._type = value;
  }
  public resetType() {
    this._type = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get typeInput() {
    return this._type;
  }
}

export class FlinkMaterializedTableConstraintsList extends cdktf.ComplexList {
  public internalValue? : FlinkMaterializedTableConstraints[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): FlinkMaterializedTableConstraintsOutputReference {
    return new FlinkMaterializedTableConstraintsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface FlinkMaterializedTableCredentials {
  /**
  * The Cluster API Key for your Confluent Cloud cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#key FlinkMaterializedTable#key}
  */
  readonly key: string;
  /**
  * The Cluster API Secret for your Confluent Cloud cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#secret FlinkMaterializedTable#secret}
  */
  readonly secret: string;
}

export function flinkMaterializedTableCredentialsToTerraform(struct?: FlinkMaterializedTableCredentialsOutputReference | FlinkMaterializedTableCredentials): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    secret: cdktf.stringToTerraform(struct!.secret),
  }
}


export function flinkMaterializedTableCredentialsToHclTerraform(struct?: FlinkMaterializedTableCredentialsOutputReference | FlinkMaterializedTableCredentials): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    key: {
      value: cdktf.stringToHclTerraform(struct!.key),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    secret: {
      value: cdktf.stringToHclTerraform(struct!.secret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableCredentialsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableCredentials | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._key !== undefined) {
      hasAnyValues = true;
      internalValueResult.key = this._key;
    }
    if (this._secret !== undefined) {
      hasAnyValues = true;
      internalValueResult.secret = this._secret;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableCredentials | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._key = undefined;
      this._secret = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._key = value.key;
      this._secret = value.secret;
    }
  }

  // key - computed: false, optional: false, required: true
  private _key?: string; 
  public get key() {
    return this.getStringAttribute('key');
  }
  public set key(value: string) {
    this._key = value;
  }
  // Temporarily expose input value. Use with caution.
  public get keyInput() {
    return this._key;
  }

  // secret - computed: false, optional: false, required: true
  private _secret?: string; 
  public get secret() {
    return this.getStringAttribute('secret');
  }
  public set secret(value: string) {
    this._secret = value;
  }
  // Temporarily expose input value. Use with caution.
  public get secretInput() {
    return this._secret;
  }
}
export interface FlinkMaterializedTableDistribution {
  /**
  * The number of buckets the table is distributed by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#bucket_count FlinkMaterializedTable#bucket_count}
  */
  readonly bucketCount?: number;
  /**
  * The names of the columns the table is distributed by.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#keys FlinkMaterializedTable#keys}
  */
  readonly keys?: string[];
  /**
  * The kind of distribution. Required when the distribution block is specified.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#kind FlinkMaterializedTable#kind}
  */
  readonly kind: string;
}

export function flinkMaterializedTableDistributionToTerraform(struct?: FlinkMaterializedTableDistributionOutputReference | FlinkMaterializedTableDistribution): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    bucket_count: cdktf.numberToTerraform(struct!.bucketCount),
    keys: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.keys),
    kind: cdktf.stringToTerraform(struct!.kind),
  }
}


export function flinkMaterializedTableDistributionToHclTerraform(struct?: FlinkMaterializedTableDistributionOutputReference | FlinkMaterializedTableDistribution): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    bucket_count: {
      value: cdktf.numberToHclTerraform(struct!.bucketCount),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    keys: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.keys),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    kind: {
      value: cdktf.stringToHclTerraform(struct!.kind),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableDistributionOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableDistribution | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._bucketCount !== undefined) {
      hasAnyValues = true;
      internalValueResult.bucketCount = this._bucketCount;
    }
    if (this._keys !== undefined) {
      hasAnyValues = true;
      internalValueResult.keys = this._keys;
    }
    if (this._kind !== undefined) {
      hasAnyValues = true;
      internalValueResult.kind = this._kind;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableDistribution | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._bucketCount = undefined;
      this._keys = undefined;
      this._kind = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._bucketCount = value.bucketCount;
      this._keys = value.keys;
      this._kind = value.kind;
    }
  }

  // bucket_count - computed: true, optional: true, required: false
  private _bucketCount?: number; 
  public get bucketCount() {
    return this.getNumberAttribute('bucket_count');
  }
  public set bucketCount(value: number) {
    this._bucketCount = value;
  }
  public resetBucketCount() {
    this._bucketCount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bucketCountInput() {
    return this._bucketCount;
  }

  // keys - computed: true, optional: true, required: false
  private _keys?: string[]; 
  public get keys() {
    return cdktf.Fn.tolist(this.getListAttribute('keys'));
  }
  public set keys(value: string[]) {
    this._keys = value;
  }
  public resetKeys() {
    this._keys = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get keysInput() {
    return this._keys;
  }

  // kind - computed: false, optional: false, required: true
  private _kind?: string; 
  public get kind() {
    return this.getStringAttribute('kind');
  }
  public set kind(value: string) {
    this._kind = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kindInput() {
    return this._kind;
  }
}
export interface FlinkMaterializedTableEnvironment {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function flinkMaterializedTableEnvironmentToTerraform(struct?: FlinkMaterializedTableEnvironmentOutputReference | FlinkMaterializedTableEnvironment): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function flinkMaterializedTableEnvironmentToHclTerraform(struct?: FlinkMaterializedTableEnvironmentOutputReference | FlinkMaterializedTableEnvironment): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableEnvironmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableEnvironment | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableEnvironment | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface FlinkMaterializedTableKafkaCluster {
  /**
  * The Kafka cluster ID (e.g., `lkc-12345`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function flinkMaterializedTableKafkaClusterToTerraform(struct?: FlinkMaterializedTableKafkaClusterOutputReference | FlinkMaterializedTableKafkaCluster): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function flinkMaterializedTableKafkaClusterToHclTerraform(struct?: FlinkMaterializedTableKafkaClusterOutputReference | FlinkMaterializedTableKafkaCluster): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableKafkaClusterOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableKafkaCluster | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableKafkaCluster | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface FlinkMaterializedTableOrganization {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function flinkMaterializedTableOrganizationToTerraform(struct?: FlinkMaterializedTableOrganizationOutputReference | FlinkMaterializedTableOrganization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function flinkMaterializedTableOrganizationToHclTerraform(struct?: FlinkMaterializedTableOrganizationOutputReference | FlinkMaterializedTableOrganization): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableOrganizationOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableOrganization | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableOrganization | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface FlinkMaterializedTablePrincipal {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#id FlinkMaterializedTable#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function flinkMaterializedTablePrincipalToTerraform(struct?: FlinkMaterializedTablePrincipalOutputReference | FlinkMaterializedTablePrincipal): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function flinkMaterializedTablePrincipalToHclTerraform(struct?: FlinkMaterializedTablePrincipalOutputReference | FlinkMaterializedTablePrincipal): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    id: {
      value: cdktf.stringToHclTerraform(struct!.id),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTablePrincipalOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTablePrincipal | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTablePrincipal | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._id = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._id = value.id;
    }
  }

  // id - computed: false, optional: false, required: true
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }
}
export interface FlinkMaterializedTableTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#create FlinkMaterializedTable#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#delete FlinkMaterializedTable#delete}
  */
  readonly delete?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#update FlinkMaterializedTable#update}
  */
  readonly update?: string;
}

export function flinkMaterializedTableTimeoutsToTerraform(struct?: FlinkMaterializedTableTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
    update: cdktf.stringToTerraform(struct!.update),
  }
}


export function flinkMaterializedTableTimeoutsToHclTerraform(struct?: FlinkMaterializedTableTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    create: {
      value: cdktf.stringToHclTerraform(struct!.create),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    delete: {
      value: cdktf.stringToHclTerraform(struct!.delete),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    update: {
      value: cdktf.stringToHclTerraform(struct!.update),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): FlinkMaterializedTableTimeouts | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._create !== undefined) {
      hasAnyValues = true;
      internalValueResult.create = this._create;
    }
    if (this._delete !== undefined) {
      hasAnyValues = true;
      internalValueResult.delete = this._delete;
    }
    if (this._update !== undefined) {
      hasAnyValues = true;
      internalValueResult.update = this._update;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
      this._update = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._create = value.create;
      this._delete = value.delete;
      this._update = value.update;
    }
  }

  // create - computed: false, optional: true, required: false
  private _create?: string; 
  public get create() {
    return this.getStringAttribute('create');
  }
  public set create(value: string) {
    this._create = value;
  }
  public resetCreate() {
    this._create = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get createInput() {
    return this._create;
  }

  // delete - computed: false, optional: true, required: false
  private _delete?: string; 
  public get delete() {
    return this.getStringAttribute('delete');
  }
  public set delete(value: string) {
    this._delete = value;
  }
  public resetDelete() {
    this._delete = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deleteInput() {
    return this._delete;
  }

  // update - computed: false, optional: true, required: false
  private _update?: string; 
  public get update() {
    return this.getStringAttribute('update');
  }
  public set update(value: string) {
    this._update = value;
  }
  public resetUpdate() {
    this._update = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updateInput() {
    return this._update;
  }
}
export interface FlinkMaterializedTableWatermark {
  /**
  * The name of the watermark column.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#column FlinkMaterializedTable#column}
  */
  readonly column?: string;
  /**
  * The watermark expression.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#expression FlinkMaterializedTable#expression}
  */
  readonly expression?: string;
}

export function flinkMaterializedTableWatermarkToTerraform(struct?: FlinkMaterializedTableWatermarkOutputReference | FlinkMaterializedTableWatermark): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    column: cdktf.stringToTerraform(struct!.column),
    expression: cdktf.stringToTerraform(struct!.expression),
  }
}


export function flinkMaterializedTableWatermarkToHclTerraform(struct?: FlinkMaterializedTableWatermarkOutputReference | FlinkMaterializedTableWatermark): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    column: {
      value: cdktf.stringToHclTerraform(struct!.column),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    expression: {
      value: cdktf.stringToHclTerraform(struct!.expression),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class FlinkMaterializedTableWatermarkOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): FlinkMaterializedTableWatermark | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._column !== undefined) {
      hasAnyValues = true;
      internalValueResult.column = this._column;
    }
    if (this._expression !== undefined) {
      hasAnyValues = true;
      internalValueResult.expression = this._expression;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: FlinkMaterializedTableWatermark | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._column = undefined;
      this._expression = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._column = value.column;
      this._expression = value.expression;
    }
  }

  // column - computed: false, optional: true, required: false
  private _column?: string; 
  public get column() {
    return this.getStringAttribute('column');
  }
  public set column(value: string) {
    this._column = value;
  }
  public resetColumn() {
    this._column = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnInput() {
    return this._column;
  }

  // expression - computed: false, optional: true, required: false
  private _expression?: string; 
  public get expression() {
    return this.getStringAttribute('expression');
  }
  public set expression(value: string) {
    this._expression = value;
  }
  public resetExpression() {
    this._expression = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get expressionInput() {
    return this._expression;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table confluent_flink_materialized_table}
*/
export class FlinkMaterializedTable extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "confluent_flink_materialized_table";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a FlinkMaterializedTable resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the FlinkMaterializedTable to import
  * @param importFromId The id of the existing FlinkMaterializedTable that should be imported. Refer to the {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the FlinkMaterializedTable to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "confluent_flink_materialized_table", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/flink_materialized_table confluent_flink_materialized_table} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options FlinkMaterializedTableConfig
  */
  public constructor(scope: Construct, id: string, config: FlinkMaterializedTableConfig) {
    super(scope, id, {
      terraformResourceType: 'confluent_flink_materialized_table',
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
    this._displayName = config.displayName;
    this._id = config.id;
    this._query = config.query;
    this._restEndpoint = config.restEndpoint;
    this._sessionOptions = config.sessionOptions;
    this._stopped = config.stopped;
    this._tableOptions = config.tableOptions;
    this._columns.internalValue = config.columns;
    this._computePool.internalValue = config.computePool;
    this._constraints.internalValue = config.constraints;
    this._credentials.internalValue = config.credentials;
    this._distribution.internalValue = config.distribution;
    this._environment.internalValue = config.environment;
    this._kafkaCluster.internalValue = config.kafkaCluster;
    this._organization.internalValue = config.organization;
    this._principal.internalValue = config.principal;
    this._timeouts.internalValue = config.timeouts;
    this._watermark.internalValue = config.watermark;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // display_name - computed: false, optional: false, required: true
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get displayNameInput() {
    return this._displayName;
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

  // query - computed: false, optional: true, required: false
  private _query?: string; 
  public get query() {
    return this.getStringAttribute('query');
  }
  public set query(value: string) {
    this._query = value;
  }
  public resetQuery() {
    this._query = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get queryInput() {
    return this._query;
  }

  // rest_endpoint - computed: false, optional: true, required: false
  private _restEndpoint?: string; 
  public get restEndpoint() {
    return this.getStringAttribute('rest_endpoint');
  }
  public set restEndpoint(value: string) {
    this._restEndpoint = value;
  }
  public resetRestEndpoint() {
    this._restEndpoint = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get restEndpointInput() {
    return this._restEndpoint;
  }

  // session_options - computed: true, optional: true, required: false
  private _sessionOptions?: { [key: string]: string }; 
  public get sessionOptions() {
    return this.getStringMapAttribute('session_options');
  }
  public set sessionOptions(value: { [key: string]: string }) {
    this._sessionOptions = value;
  }
  public resetSessionOptions() {
    this._sessionOptions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sessionOptionsInput() {
    return this._sessionOptions;
  }

  // stopped - computed: false, optional: true, required: false
  private _stopped?: boolean | cdktf.IResolvable; 
  public get stopped() {
    return this.getBooleanAttribute('stopped');
  }
  public set stopped(value: boolean | cdktf.IResolvable) {
    this._stopped = value;
  }
  public resetStopped() {
    this._stopped = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stoppedInput() {
    return this._stopped;
  }

  // table_options - computed: true, optional: true, required: false
  private _tableOptions?: { [key: string]: string }; 
  public get tableOptions() {
    return this.getStringMapAttribute('table_options');
  }
  public set tableOptions(value: { [key: string]: string }) {
    this._tableOptions = value;
  }
  public resetTableOptions() {
    this._tableOptions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get tableOptionsInput() {
    return this._tableOptions;
  }

  // columns - computed: false, optional: true, required: false
  private _columns = new FlinkMaterializedTableColumnsList(this, "columns", false);
  public get columns() {
    return this._columns;
  }
  public putColumns(value: FlinkMaterializedTableColumns[] | cdktf.IResolvable) {
    this._columns.internalValue = value;
  }
  public resetColumns() {
    this._columns.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get columnsInput() {
    return this._columns.internalValue;
  }

  // compute_pool - computed: false, optional: true, required: false
  private _computePool = new FlinkMaterializedTableComputePoolOutputReference(this, "compute_pool");
  public get computePool() {
    return this._computePool;
  }
  public putComputePool(value: FlinkMaterializedTableComputePool) {
    this._computePool.internalValue = value;
  }
  public resetComputePool() {
    this._computePool.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get computePoolInput() {
    return this._computePool.internalValue;
  }

  // constraints - computed: false, optional: true, required: false
  private _constraints = new FlinkMaterializedTableConstraintsList(this, "constraints", false);
  public get constraints() {
    return this._constraints;
  }
  public putConstraints(value: FlinkMaterializedTableConstraints[] | cdktf.IResolvable) {
    this._constraints.internalValue = value;
  }
  public resetConstraints() {
    this._constraints.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get constraintsInput() {
    return this._constraints.internalValue;
  }

  // credentials - computed: false, optional: true, required: false
  private _credentials = new FlinkMaterializedTableCredentialsOutputReference(this, "credentials");
  public get credentials() {
    return this._credentials;
  }
  public putCredentials(value: FlinkMaterializedTableCredentials) {
    this._credentials.internalValue = value;
  }
  public resetCredentials() {
    this._credentials.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials.internalValue;
  }

  // distribution - computed: false, optional: true, required: false
  private _distribution = new FlinkMaterializedTableDistributionOutputReference(this, "distribution");
  public get distribution() {
    return this._distribution;
  }
  public putDistribution(value: FlinkMaterializedTableDistribution) {
    this._distribution.internalValue = value;
  }
  public resetDistribution() {
    this._distribution.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get distributionInput() {
    return this._distribution.internalValue;
  }

  // environment - computed: false, optional: true, required: false
  private _environment = new FlinkMaterializedTableEnvironmentOutputReference(this, "environment");
  public get environment() {
    return this._environment;
  }
  public putEnvironment(value: FlinkMaterializedTableEnvironment) {
    this._environment.internalValue = value;
  }
  public resetEnvironment() {
    this._environment.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment.internalValue;
  }

  // kafka_cluster - computed: false, optional: false, required: true
  private _kafkaCluster = new FlinkMaterializedTableKafkaClusterOutputReference(this, "kafka_cluster");
  public get kafkaCluster() {
    return this._kafkaCluster;
  }
  public putKafkaCluster(value: FlinkMaterializedTableKafkaCluster) {
    this._kafkaCluster.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kafkaClusterInput() {
    return this._kafkaCluster.internalValue;
  }

  // organization - computed: false, optional: true, required: false
  private _organization = new FlinkMaterializedTableOrganizationOutputReference(this, "organization");
  public get organization() {
    return this._organization;
  }
  public putOrganization(value: FlinkMaterializedTableOrganization) {
    this._organization.internalValue = value;
  }
  public resetOrganization() {
    this._organization.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get organizationInput() {
    return this._organization.internalValue;
  }

  // principal - computed: false, optional: true, required: false
  private _principal = new FlinkMaterializedTablePrincipalOutputReference(this, "principal");
  public get principal() {
    return this._principal;
  }
  public putPrincipal(value: FlinkMaterializedTablePrincipal) {
    this._principal.internalValue = value;
  }
  public resetPrincipal() {
    this._principal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get principalInput() {
    return this._principal.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new FlinkMaterializedTableTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: FlinkMaterializedTableTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // watermark - computed: false, optional: true, required: false
  private _watermark = new FlinkMaterializedTableWatermarkOutputReference(this, "watermark");
  public get watermark() {
    return this._watermark;
  }
  public putWatermark(value: FlinkMaterializedTableWatermark) {
    this._watermark.internalValue = value;
  }
  public resetWatermark() {
    this._watermark.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get watermarkInput() {
    return this._watermark.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      display_name: cdktf.stringToTerraform(this._displayName),
      id: cdktf.stringToTerraform(this._id),
      query: cdktf.stringToTerraform(this._query),
      rest_endpoint: cdktf.stringToTerraform(this._restEndpoint),
      session_options: cdktf.hashMapper(cdktf.stringToTerraform)(this._sessionOptions),
      stopped: cdktf.booleanToTerraform(this._stopped),
      table_options: cdktf.hashMapper(cdktf.stringToTerraform)(this._tableOptions),
      columns: cdktf.listMapper(flinkMaterializedTableColumnsToTerraform, true)(this._columns.internalValue),
      compute_pool: flinkMaterializedTableComputePoolToTerraform(this._computePool.internalValue),
      constraints: cdktf.listMapper(flinkMaterializedTableConstraintsToTerraform, true)(this._constraints.internalValue),
      credentials: flinkMaterializedTableCredentialsToTerraform(this._credentials.internalValue),
      distribution: flinkMaterializedTableDistributionToTerraform(this._distribution.internalValue),
      environment: flinkMaterializedTableEnvironmentToTerraform(this._environment.internalValue),
      kafka_cluster: flinkMaterializedTableKafkaClusterToTerraform(this._kafkaCluster.internalValue),
      organization: flinkMaterializedTableOrganizationToTerraform(this._organization.internalValue),
      principal: flinkMaterializedTablePrincipalToTerraform(this._principal.internalValue),
      timeouts: flinkMaterializedTableTimeoutsToTerraform(this._timeouts.internalValue),
      watermark: flinkMaterializedTableWatermarkToTerraform(this._watermark.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      display_name: {
        value: cdktf.stringToHclTerraform(this._displayName),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      query: {
        value: cdktf.stringToHclTerraform(this._query),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      rest_endpoint: {
        value: cdktf.stringToHclTerraform(this._restEndpoint),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      session_options: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._sessionOptions),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      stopped: {
        value: cdktf.booleanToHclTerraform(this._stopped),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      table_options: {
        value: cdktf.hashMapperHcl(cdktf.stringToHclTerraform)(this._tableOptions),
        isBlock: false,
        type: "map",
        storageClassType: "stringMap",
      },
      columns: {
        value: cdktf.listMapperHcl(flinkMaterializedTableColumnsToHclTerraform, true)(this._columns.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableColumnsList",
      },
      compute_pool: {
        value: flinkMaterializedTableComputePoolToHclTerraform(this._computePool.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableComputePoolList",
      },
      constraints: {
        value: cdktf.listMapperHcl(flinkMaterializedTableConstraintsToHclTerraform, true)(this._constraints.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableConstraintsList",
      },
      credentials: {
        value: flinkMaterializedTableCredentialsToHclTerraform(this._credentials.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableCredentialsList",
      },
      distribution: {
        value: flinkMaterializedTableDistributionToHclTerraform(this._distribution.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableDistributionList",
      },
      environment: {
        value: flinkMaterializedTableEnvironmentToHclTerraform(this._environment.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableEnvironmentList",
      },
      kafka_cluster: {
        value: flinkMaterializedTableKafkaClusterToHclTerraform(this._kafkaCluster.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableKafkaClusterList",
      },
      organization: {
        value: flinkMaterializedTableOrganizationToHclTerraform(this._organization.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableOrganizationList",
      },
      principal: {
        value: flinkMaterializedTablePrincipalToHclTerraform(this._principal.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTablePrincipalList",
      },
      timeouts: {
        value: flinkMaterializedTableTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "FlinkMaterializedTableTimeouts",
      },
      watermark: {
        value: flinkMaterializedTableWatermarkToHclTerraform(this._watermark.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "FlinkMaterializedTableWatermarkList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
