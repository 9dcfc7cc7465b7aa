// https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface CatalogIntegrationConfig extends cdktf.TerraformMetaArguments {
  /**
  * The name of the catalog integration.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#display_name CatalogIntegration#display_name}
  */
  readonly displayName: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#id CatalogIntegration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * aws_glue block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#aws_glue CatalogIntegration#aws_glue}
  */
  readonly awsGlue?: CatalogIntegrationAwsGlue;
  /**
  * credentials block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#credentials CatalogIntegration#credentials}
  */
  readonly credentials?: CatalogIntegrationCredentials;
  /**
  * environment block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#environment CatalogIntegration#environment}
  */
  readonly environment: CatalogIntegrationEnvironment;
  /**
  * kafka_cluster block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#kafka_cluster CatalogIntegration#kafka_cluster}
  */
  readonly kafkaCluster: CatalogIntegrationKafkaCluster;
  /**
  * snowflake block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#snowflake CatalogIntegration#snowflake}
  */
  readonly snowflake?: CatalogIntegrationSnowflake;
  /**
  * unity block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#unity CatalogIntegration#unity}
  */
  readonly unity?: CatalogIntegrationUnity;
}
export interface CatalogIntegrationAwsGlue {
  /**
  * The custom database name to use in AWS Glue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#custom_database CatalogIntegration#custom_database}
  */
  readonly customDatabase?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#provider_integration_id CatalogIntegration#provider_integration_id}
  */
  readonly providerIntegrationId: string;
}

export function catalogIntegrationAwsGlueToTerraform(struct?: CatalogIntegrationAwsGlueOutputReference | CatalogIntegrationAwsGlue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    custom_database: cdktf.stringToTerraform(struct!.customDatabase),
    provider_integration_id: cdktf.stringToTerraform(struct!.providerIntegrationId),
  }
}


export function catalogIntegrationAwsGlueToHclTerraform(struct?: CatalogIntegrationAwsGlueOutputReference | CatalogIntegrationAwsGlue): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    custom_database: {
      value: cdktf.stringToHclTerraform(struct!.customDatabase),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    provider_integration_id: {
      value: cdktf.stringToHclTerraform(struct!.providerIntegrationId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CatalogIntegrationAwsGlueOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationAwsGlue | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._customDatabase !== undefined) {
      hasAnyValues = true;
      internalValueResult.customDatabase = this._customDatabase;
    }
    if (this._providerIntegrationId !== undefined) {
      hasAnyValues = true;
      internalValueResult.providerIntegrationId = this._providerIntegrationId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CatalogIntegrationAwsGlue | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._customDatabase = undefined;
      this._providerIntegrationId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._customDatabase = value.customDatabase;
      this._providerIntegrationId = value.providerIntegrationId;
    }
  }

  // custom_database - computed: false, optional: true, required: false
  private _customDatabase?: string; 
  public get customDatabase() {
    return this.getStringAttribute('custom_database');
  }
  public set customDatabase(value: string) {
    this._customDatabase = value;
  }
  public resetCustomDatabase() {
    this._customDatabase = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customDatabaseInput() {
    return this._customDatabase;
  }

  // provider_integration_id - computed: false, optional: false, required: true
  private _providerIntegrationId?: string; 
  public get providerIntegrationId() {
    return this.getStringAttribute('provider_integration_id');
  }
  public set providerIntegrationId(value: string) {
    this._providerIntegrationId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get providerIntegrationIdInput() {
    return this._providerIntegrationId;
  }
}
export interface CatalogIntegrationCredentials {
  /**
  * The Cluster API Key for your Confluent Cloud cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#key CatalogIntegration#key}
  */
  readonly key: string;
  /**
  * The Cluster API Secret for your Confluent Cloud cluster.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#secret CatalogIntegration#secret}
  */
  readonly secret: string;
}

export function catalogIntegrationCredentialsToTerraform(struct?: CatalogIntegrationCredentialsOutputReference | CatalogIntegrationCredentials): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    key: cdktf.stringToTerraform(struct!.key),
    secret: cdktf.stringToTerraform(struct!.secret),
  }
}


export function catalogIntegrationCredentialsToHclTerraform(struct?: CatalogIntegrationCredentialsOutputReference | CatalogIntegrationCredentials): any {
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

export class CatalogIntegrationCredentialsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationCredentials | undefined {
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

  public set internalValue(value: CatalogIntegrationCredentials | undefined) {
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
export interface CatalogIntegrationEnvironment {
  /**
  * The unique identifier for the environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#id CatalogIntegration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function catalogIntegrationEnvironmentToTerraform(struct?: CatalogIntegrationEnvironmentOutputReference | CatalogIntegrationEnvironment): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function catalogIntegrationEnvironmentToHclTerraform(struct?: CatalogIntegrationEnvironmentOutputReference | CatalogIntegrationEnvironment): any {
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

export class CatalogIntegrationEnvironmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationEnvironment | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CatalogIntegrationEnvironment | undefined) {
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
export interface CatalogIntegrationKafkaCluster {
  /**
  * The Kafka cluster ID (e.g., `lkc-12345`).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#id CatalogIntegration#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function catalogIntegrationKafkaClusterToTerraform(struct?: CatalogIntegrationKafkaClusterOutputReference | CatalogIntegrationKafkaCluster): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function catalogIntegrationKafkaClusterToHclTerraform(struct?: CatalogIntegrationKafkaClusterOutputReference | CatalogIntegrationKafkaCluster): any {
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

export class CatalogIntegrationKafkaClusterOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationKafkaCluster | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CatalogIntegrationKafkaCluster | undefined) {
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
export interface CatalogIntegrationSnowflake {
  /**
  * Allowed scope of the Snowflake Open Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#allowed_scope CatalogIntegration#allowed_scope}
  */
  readonly allowedScope: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#client_id CatalogIntegration#client_id}
  */
  readonly clientId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#client_secret CatalogIntegration#client_secret}
  */
  readonly clientSecret: string;
  /**
  * The custom namespace to use in Snowflake Open Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#custom_namespace CatalogIntegration#custom_namespace}
  */
  readonly customNamespace?: string;
  /**
  * The catalog integration connection endpoint for Snowflake Open Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#endpoint CatalogIntegration#endpoint}
  */
  readonly endpoint: string;
  /**
  * Warehouse name of the Snowflake Open Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#warehouse CatalogIntegration#warehouse}
  */
  readonly warehouse: string;
}

export function catalogIntegrationSnowflakeToTerraform(struct?: CatalogIntegrationSnowflakeOutputReference | CatalogIntegrationSnowflake): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    allowed_scope: cdktf.stringToTerraform(struct!.allowedScope),
    client_id: cdktf.stringToTerraform(struct!.clientId),
    client_secret: cdktf.stringToTerraform(struct!.clientSecret),
    custom_namespace: cdktf.stringToTerraform(struct!.customNamespace),
    endpoint: cdktf.stringToTerraform(struct!.endpoint),
    warehouse: cdktf.stringToTerraform(struct!.warehouse),
  }
}


export function catalogIntegrationSnowflakeToHclTerraform(struct?: CatalogIntegrationSnowflakeOutputReference | CatalogIntegrationSnowflake): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    allowed_scope: {
      value: cdktf.stringToHclTerraform(struct!.allowedScope),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_id: {
      value: cdktf.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret: {
      value: cdktf.stringToHclTerraform(struct!.clientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    custom_namespace: {
      value: cdktf.stringToHclTerraform(struct!.customNamespace),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    endpoint: {
      value: cdktf.stringToHclTerraform(struct!.endpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    warehouse: {
      value: cdktf.stringToHclTerraform(struct!.warehouse),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CatalogIntegrationSnowflakeOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationSnowflake | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._allowedScope !== undefined) {
      hasAnyValues = true;
      internalValueResult.allowedScope = this._allowedScope;
    }
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._clientSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientSecret = this._clientSecret;
    }
    if (this._customNamespace !== undefined) {
      hasAnyValues = true;
      internalValueResult.customNamespace = this._customNamespace;
    }
    if (this._endpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.endpoint = this._endpoint;
    }
    if (this._warehouse !== undefined) {
      hasAnyValues = true;
      internalValueResult.warehouse = this._warehouse;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CatalogIntegrationSnowflake | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._allowedScope = undefined;
      this._clientId = undefined;
      this._clientSecret = undefined;
      this._customNamespace = undefined;
      this._endpoint = undefined;
      this._warehouse = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._allowedScope = value.allowedScope;
      this._clientId = value.clientId;
      this._clientSecret = value.clientSecret;
      this._customNamespace = value.customNamespace;
      this._endpoint = value.endpoint;
      this._warehouse = value.warehouse;
    }
  }

  // allowed_scope - computed: false, optional: false, required: true
  private _allowedScope?: string; 
  public get allowedScope() {
    return this.getStringAttribute('allowed_scope');
  }
  public set allowedScope(value: string) {
    this._allowedScope = value;
  }
  // Temporarily expose input value. Use with caution.
  public get allowedScopeInput() {
    return this._allowedScope;
  }

  // client_id - computed: false, optional: false, required: true
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: false, required: true
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // custom_namespace - computed: false, optional: true, required: false
  private _customNamespace?: string; 
  public get customNamespace() {
    return this.getStringAttribute('custom_namespace');
  }
  public set customNamespace(value: string) {
    this._customNamespace = value;
  }
  public resetCustomNamespace() {
    this._customNamespace = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customNamespaceInput() {
    return this._customNamespace;
  }

  // endpoint - computed: false, optional: false, required: true
  private _endpoint?: string; 
  public get endpoint() {
    return this.getStringAttribute('endpoint');
  }
  public set endpoint(value: string) {
    this._endpoint = value;
  }
  // Temporarily expose input value. Use with caution.
  public get endpointInput() {
    return this._endpoint;
  }

  // warehouse - computed: false, optional: false, required: true
  private _warehouse?: string; 
  public get warehouse() {
    return this.getStringAttribute('warehouse');
  }
  public set warehouse(value: string) {
    this._warehouse = value;
  }
  // Temporarily expose input value. Use with caution.
  public get warehouseInput() {
    return this._warehouse;
  }
}
export interface CatalogIntegrationUnity {
  /**
  * The name of the catalog within Unity Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#catalog_name CatalogIntegration#catalog_name}
  */
  readonly catalogName: string;
  /**
  * The OAuth client ID used to authenticate with the Unity Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#client_id CatalogIntegration#client_id}
  */
  readonly clientId: string;
  /**
  * The OAuth client secret used for authentication with the Unity Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#client_secret CatalogIntegration#client_secret}
  */
  readonly clientSecret: string;
  /**
  * The custom schema name to use in Unity Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#custom_schema CatalogIntegration#custom_schema}
  */
  readonly customSchema?: string;
  /**
  * The Databricks workspace URL associated with the Unity Catalog.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#workspace_endpoint CatalogIntegration#workspace_endpoint}
  */
  readonly workspaceEndpoint: string;
}

export function catalogIntegrationUnityToTerraform(struct?: CatalogIntegrationUnityOutputReference | CatalogIntegrationUnity): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    catalog_name: cdktf.stringToTerraform(struct!.catalogName),
    client_id: cdktf.stringToTerraform(struct!.clientId),
    client_secret: cdktf.stringToTerraform(struct!.clientSecret),
    custom_schema: cdktf.stringToTerraform(struct!.customSchema),
    workspace_endpoint: cdktf.stringToTerraform(struct!.workspaceEndpoint),
  }
}


export function catalogIntegrationUnityToHclTerraform(struct?: CatalogIntegrationUnityOutputReference | CatalogIntegrationUnity): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    catalog_name: {
      value: cdktf.stringToHclTerraform(struct!.catalogName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_id: {
      value: cdktf.stringToHclTerraform(struct!.clientId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    client_secret: {
      value: cdktf.stringToHclTerraform(struct!.clientSecret),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    custom_schema: {
      value: cdktf.stringToHclTerraform(struct!.customSchema),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    workspace_endpoint: {
      value: cdktf.stringToHclTerraform(struct!.workspaceEndpoint),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class CatalogIntegrationUnityOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): CatalogIntegrationUnity | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._catalogName !== undefined) {
      hasAnyValues = true;
      internalValueResult.catalogName = this._catalogName;
    }
    if (this._clientId !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientId = this._clientId;
    }
    if (this._clientSecret !== undefined) {
      hasAnyValues = true;
      internalValueResult.clientSecret = this._clientSecret;
    }
    if (this._customSchema !== undefined) {
      hasAnyValues = true;
      internalValueResult.customSchema = this._customSchema;
    }
    if (this._workspaceEndpoint !== undefined) {
      hasAnyValues = true;
      internalValueResult.workspaceEndpoint = this._workspaceEndpoint;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: CatalogIntegrationUnity | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._catalogName = undefined;
      this._clientId = undefined;
      this._clientSecret = undefined;
      this._customSchema = undefined;
      this._workspaceEndpoint = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._catalogName = value.catalogName;
      this._clientId = value.clientId;
      this._clientSecret = value.clientSecret;
      this._customSchema = value.customSchema;
      this._workspaceEndpoint = value.workspaceEndpoint;
    }
  }

  // catalog_name - computed: false, optional: false, required: true
  private _catalogName?: string; 
  public get catalogName() {
    return this.getStringAttribute('catalog_name');
  }
  public set catalogName(value: string) {
    this._catalogName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get catalogNameInput() {
    return this._catalogName;
  }

  // client_id - computed: false, optional: false, required: true
  private _clientId?: string; 
  public get clientId() {
    return this.getStringAttribute('client_id');
  }
  public set clientId(value: string) {
    this._clientId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientIdInput() {
    return this._clientId;
  }

  // client_secret - computed: false, optional: false, required: true
  private _clientSecret?: string; 
  public get clientSecret() {
    return this.getStringAttribute('client_secret');
  }
  public set clientSecret(value: string) {
    this._clientSecret = value;
  }
  // Temporarily expose input value. Use with caution.
  public get clientSecretInput() {
    return this._clientSecret;
  }

  // custom_schema - computed: false, optional: true, required: false
  private _customSchema?: string; 
  public get customSchema() {
    return this.getStringAttribute('custom_schema');
  }
  public set customSchema(value: string) {
    this._customSchema = value;
  }
  public resetCustomSchema() {
    this._customSchema = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get customSchemaInput() {
    return this._customSchema;
  }

  // workspace_endpoint - computed: false, optional: false, required: true
  private _workspaceEndpoint?: string; 
  public get workspaceEndpoint() {
    return this.getStringAttribute('workspace_endpoint');
  }
  public set workspaceEndpoint(value: string) {
    this._workspaceEndpoint = value;
  }
  // Temporarily expose input value. Use with caution.
  public get workspaceEndpointInput() {
    return this._workspaceEndpoint;
  }
}

/**
* Represents a {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration confluent_catalog_integration}
*/
export class CatalogIntegration extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "confluent_catalog_integration";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a CatalogIntegration resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the CatalogIntegration to import
  * @param importFromId The id of the existing CatalogIntegration that should be imported. Refer to the {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the CatalogIntegration to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "confluent_catalog_integration", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/catalog_integration confluent_catalog_integration} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options CatalogIntegrationConfig
  */
  public constructor(scope: Construct, id: string, config: CatalogIntegrationConfig) {
    super(scope, id, {
      terraformResourceType: 'confluent_catalog_integration',
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
    this._awsGlue.internalValue = config.awsGlue;
    this._credentials.internalValue = config.credentials;
    this._environment.internalValue = config.environment;
    this._kafkaCluster.internalValue = config.kafkaCluster;
    this._snowflake.internalValue = config.snowflake;
    this._unity.internalValue = config.unity;
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

  // suspended - computed: true, optional: false, required: false
  public get suspended() {
    return this.getBooleanAttribute('suspended');
  }

  // aws_glue - computed: false, optional: true, required: false
  private _awsGlue = new CatalogIntegrationAwsGlueOutputReference(this, "aws_glue");
  public get awsGlue() {
    return this._awsGlue;
  }
  public putAwsGlue(value: CatalogIntegrationAwsGlue) {
    this._awsGlue.internalValue = value;
  }
  public resetAwsGlue() {
    this._awsGlue.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsGlueInput() {
    return this._awsGlue.internalValue;
  }

  // credentials - computed: false, optional: true, required: false
  private _credentials = new CatalogIntegrationCredentialsOutputReference(this, "credentials");
  public get credentials() {
    return this._credentials;
  }
  public putCredentials(value: CatalogIntegrationCredentials) {
    this._credentials.internalValue = value;
  }
  public resetCredentials() {
    this._credentials.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get credentialsInput() {
    return this._credentials.internalValue;
  }

  // environment - computed: false, optional: false, required: true
  private _environment = new CatalogIntegrationEnvironmentOutputReference(this, "environment");
  public get environment() {
    return this._environment;
  }
  public putEnvironment(value: CatalogIntegrationEnvironment) {
    this._environment.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment.internalValue;
  }

  // kafka_cluster - computed: false, optional: false, required: true
  private _kafkaCluster = new CatalogIntegrationKafkaClusterOutputReference(this, "kafka_cluster");
  public get kafkaCluster() {
    return this._kafkaCluster;
  }
  public putKafkaCluster(value: CatalogIntegrationKafkaCluster) {
    this._kafkaCluster.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get kafkaClusterInput() {
    return this._kafkaCluster.internalValue;
  }

  // snowflake - computed: false, optional: true, required: false
  private _snowflake = new CatalogIntegrationSnowflakeOutputReference(this, "snowflake");
  public get snowflake() {
    return this._snowflake;
  }
  public putSnowflake(value: CatalogIntegrationSnowflake) {
    this._snowflake.internalValue = value;
  }
  public resetSnowflake() {
    this._snowflake.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get snowflakeInput() {
    return this._snowflake.internalValue;
  }

  // unity - computed: false, optional: true, required: false
  private _unity = new CatalogIntegrationUnityOutputReference(this, "unity");
  public get unity() {
    return this._unity;
  }
  public putUnity(value: CatalogIntegrationUnity) {
    this._unity.internalValue = value;
  }
  public resetUnity() {
    this._unity.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get unityInput() {
    return this._unity.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      display_name: cdktf.stringToTerraform(this._displayName),
      id: cdktf.stringToTerraform(this._id),
      aws_glue: catalogIntegrationAwsGlueToTerraform(this._awsGlue.internalValue),
      credentials: catalogIntegrationCredentialsToTerraform(this._credentials.internalValue),
      environment: catalogIntegrationEnvironmentToTerraform(this._environment.internalValue),
      kafka_cluster: catalogIntegrationKafkaClusterToTerraform(this._kafkaCluster.internalValue),
      snowflake: catalogIntegrationSnowflakeToTerraform(this._snowflake.internalValue),
      unity: catalogIntegrationUnityToTerraform(this._unity.internalValue),
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
      aws_glue: {
        value: catalogIntegrationAwsGlueToHclTerraform(this._awsGlue.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationAwsGlueList",
      },
      credentials: {
        value: catalogIntegrationCredentialsToHclTerraform(this._credentials.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationCredentialsList",
      },
      environment: {
        value: catalogIntegrationEnvironmentToHclTerraform(this._environment.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationEnvironmentList",
      },
      kafka_cluster: {
        value: catalogIntegrationKafkaClusterToHclTerraform(this._kafkaCluster.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationKafkaClusterList",
      },
      snowflake: {
        value: catalogIntegrationSnowflakeToHclTerraform(this._snowflake.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationSnowflakeList",
      },
      unity: {
        value: catalogIntegrationUnityToHclTerraform(this._unity.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "CatalogIntegrationUnityList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
