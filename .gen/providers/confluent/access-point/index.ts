// https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface AccessPointConfig extends cdktf.TerraformMetaArguments {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#display_name AccessPoint#display_name}
  */
  readonly displayName?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#id AccessPoint#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * aws_egress_private_link_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#aws_egress_private_link_endpoint AccessPoint#aws_egress_private_link_endpoint}
  */
  readonly awsEgressPrivateLinkEndpoint?: AccessPointAwsEgressPrivateLinkEndpoint;
  /**
  * aws_ingress_private_link_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#aws_ingress_private_link_endpoint AccessPoint#aws_ingress_private_link_endpoint}
  */
  readonly awsIngressPrivateLinkEndpoint?: AccessPointAwsIngressPrivateLinkEndpoint;
  /**
  * aws_private_network_interface block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#aws_private_network_interface AccessPoint#aws_private_network_interface}
  */
  readonly awsPrivateNetworkInterface?: AccessPointAwsPrivateNetworkInterface;
  /**
  * azure_egress_private_link_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#azure_egress_private_link_endpoint AccessPoint#azure_egress_private_link_endpoint}
  */
  readonly azureEgressPrivateLinkEndpoint?: AccessPointAzureEgressPrivateLinkEndpoint;
  /**
  * azure_ingress_private_link_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#azure_ingress_private_link_endpoint AccessPoint#azure_ingress_private_link_endpoint}
  */
  readonly azureIngressPrivateLinkEndpoint?: AccessPointAzureIngressPrivateLinkEndpoint;
  /**
  * environment block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#environment AccessPoint#environment}
  */
  readonly environment: AccessPointEnvironment;
  /**
  * gateway block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#gateway AccessPoint#gateway}
  */
  readonly gateway: AccessPointGateway;
  /**
  * gcp_egress_private_service_connect_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#gcp_egress_private_service_connect_endpoint AccessPoint#gcp_egress_private_service_connect_endpoint}
  */
  readonly gcpEgressPrivateServiceConnectEndpoint?: AccessPointGcpEgressPrivateServiceConnectEndpoint;
  /**
  * gcp_ingress_private_service_connect_endpoint block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#gcp_ingress_private_service_connect_endpoint AccessPoint#gcp_ingress_private_service_connect_endpoint}
  */
  readonly gcpIngressPrivateServiceConnectEndpoint?: AccessPointGcpIngressPrivateServiceConnectEndpoint;
  /**
  * timeouts block
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#timeouts AccessPoint#timeouts}
  */
  readonly timeouts?: AccessPointTimeouts;
}
export interface AccessPointAwsEgressPrivateLinkEndpoint {
  /**
  * Defaults to `false`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#enable_high_availability AccessPoint#enable_high_availability}
  */
  readonly enableHighAvailability?: boolean | cdktf.IResolvable;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#vpc_endpoint_service_name AccessPoint#vpc_endpoint_service_name}
  */
  readonly vpcEndpointServiceName: string;
}

export function accessPointAwsEgressPrivateLinkEndpointToTerraform(struct?: AccessPointAwsEgressPrivateLinkEndpointOutputReference | AccessPointAwsEgressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    enable_high_availability: cdktf.booleanToTerraform(struct!.enableHighAvailability),
    vpc_endpoint_service_name: cdktf.stringToTerraform(struct!.vpcEndpointServiceName),
  }
}


export function accessPointAwsEgressPrivateLinkEndpointToHclTerraform(struct?: AccessPointAwsEgressPrivateLinkEndpointOutputReference | AccessPointAwsEgressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    enable_high_availability: {
      value: cdktf.booleanToHclTerraform(struct!.enableHighAvailability),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    vpc_endpoint_service_name: {
      value: cdktf.stringToHclTerraform(struct!.vpcEndpointServiceName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointAwsEgressPrivateLinkEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointAwsEgressPrivateLinkEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._enableHighAvailability !== undefined) {
      hasAnyValues = true;
      internalValueResult.enableHighAvailability = this._enableHighAvailability;
    }
    if (this._vpcEndpointServiceName !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpcEndpointServiceName = this._vpcEndpointServiceName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointAwsEgressPrivateLinkEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._enableHighAvailability = undefined;
      this._vpcEndpointServiceName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._enableHighAvailability = value.enableHighAvailability;
      this._vpcEndpointServiceName = value.vpcEndpointServiceName;
    }
  }

  // enable_high_availability - computed: false, optional: true, required: false
  private _enableHighAvailability?: boolean | cdktf.IResolvable; 
  public get enableHighAvailability() {
    return this.getBooleanAttribute('enable_high_availability');
  }
  public set enableHighAvailability(value: boolean | cdktf.IResolvable) {
    this._enableHighAvailability = value;
  }
  public resetEnableHighAvailability() {
    this._enableHighAvailability = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get enableHighAvailabilityInput() {
    return this._enableHighAvailability;
  }

  // vpc_endpoint_dns_name - computed: true, optional: false, required: false
  public get vpcEndpointDnsName() {
    return this.getStringAttribute('vpc_endpoint_dns_name');
  }

  // vpc_endpoint_id - computed: true, optional: false, required: false
  public get vpcEndpointId() {
    return this.getStringAttribute('vpc_endpoint_id');
  }

  // vpc_endpoint_service_name - computed: false, optional: false, required: true
  private _vpcEndpointServiceName?: string; 
  public get vpcEndpointServiceName() {
    return this.getStringAttribute('vpc_endpoint_service_name');
  }
  public set vpcEndpointServiceName(value: string) {
    this._vpcEndpointServiceName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcEndpointServiceNameInput() {
    return this._vpcEndpointServiceName;
  }
}
export interface AccessPointAwsIngressPrivateLinkEndpoint {
  /**
  * ID of a VPC Endpoint that will be connected to the VPC Endpoint service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#vpc_endpoint_id AccessPoint#vpc_endpoint_id}
  */
  readonly vpcEndpointId: string;
}

export function accessPointAwsIngressPrivateLinkEndpointToTerraform(struct?: AccessPointAwsIngressPrivateLinkEndpointOutputReference | AccessPointAwsIngressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    vpc_endpoint_id: cdktf.stringToTerraform(struct!.vpcEndpointId),
  }
}


export function accessPointAwsIngressPrivateLinkEndpointToHclTerraform(struct?: AccessPointAwsIngressPrivateLinkEndpointOutputReference | AccessPointAwsIngressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    vpc_endpoint_id: {
      value: cdktf.stringToHclTerraform(struct!.vpcEndpointId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointAwsIngressPrivateLinkEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointAwsIngressPrivateLinkEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._vpcEndpointId !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpcEndpointId = this._vpcEndpointId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointAwsIngressPrivateLinkEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._vpcEndpointId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._vpcEndpointId = value.vpcEndpointId;
    }
  }

  // dns_domain - computed: true, optional: false, required: false
  public get dnsDomain() {
    return this.getStringAttribute('dns_domain');
  }

  // vpc_endpoint_id - computed: false, optional: false, required: true
  private _vpcEndpointId?: string; 
  public get vpcEndpointId() {
    return this.getStringAttribute('vpc_endpoint_id');
  }
  public set vpcEndpointId(value: string) {
    this._vpcEndpointId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcEndpointIdInput() {
    return this._vpcEndpointId;
  }

  // vpc_endpoint_service_name - computed: true, optional: false, required: false
  public get vpcEndpointServiceName() {
    return this.getStringAttribute('vpc_endpoint_service_name');
  }
}
export interface AccessPointAwsPrivateNetworkInterface {
  /**
  * The AWS account ID associated with the ENIs you are using for the Confluent Private Network Interface.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#account AccessPoint#account}
  */
  readonly account: string;
  /**
  * List of the IDs of the Elastic Network Interfaces.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#network_interfaces AccessPoint#network_interfaces}
  */
  readonly networkInterfaces: string[];
  /**
  * List of egress CIDR routes for the Confluent Private Network Interface.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#routes AccessPoint#routes}
  */
  readonly routes?: string[];
}

export function accessPointAwsPrivateNetworkInterfaceToTerraform(struct?: AccessPointAwsPrivateNetworkInterfaceOutputReference | AccessPointAwsPrivateNetworkInterface): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    account: cdktf.stringToTerraform(struct!.account),
    network_interfaces: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.networkInterfaces),
    routes: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.routes),
  }
}


export function accessPointAwsPrivateNetworkInterfaceToHclTerraform(struct?: AccessPointAwsPrivateNetworkInterfaceOutputReference | AccessPointAwsPrivateNetworkInterface): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    account: {
      value: cdktf.stringToHclTerraform(struct!.account),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    network_interfaces: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.networkInterfaces),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
    routes: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.routes),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointAwsPrivateNetworkInterfaceOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointAwsPrivateNetworkInterface | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._account !== undefined) {
      hasAnyValues = true;
      internalValueResult.account = this._account;
    }
    if (this._networkInterfaces !== undefined) {
      hasAnyValues = true;
      internalValueResult.networkInterfaces = this._networkInterfaces;
    }
    if (this._routes !== undefined) {
      hasAnyValues = true;
      internalValueResult.routes = this._routes;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointAwsPrivateNetworkInterface | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._account = undefined;
      this._networkInterfaces = undefined;
      this._routes = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._account = value.account;
      this._networkInterfaces = value.networkInterfaces;
      this._routes = value.routes;
    }
  }

  // account - computed: false, optional: false, required: true
  private _account?: string; 
  public get account() {
    return this.getStringAttribute('account');
  }
  public set account(value: string) {
    this._account = value;
  }
  // Temporarily expose input value. Use with caution.
  public get accountInput() {
    return this._account;
  }

  // network_interfaces - computed: false, optional: false, required: true
  private _networkInterfaces?: string[]; 
  public get networkInterfaces() {
    return cdktf.Fn.tolist(this.getListAttribute('network_interfaces'));
  }
  public set networkInterfaces(value: string[]) {
    this._networkInterfaces = value;
  }
  // Temporarily expose input value. Use with caution.
  public get networkInterfacesInput() {
    return this._networkInterfaces;
  }

  // routes - computed: false, optional: true, required: false
  private _routes?: string[]; 
  public get routes() {
    return this.getListAttribute('routes');
  }
  public set routes(value: string[]) {
    this._routes = value;
  }
  public resetRoutes() {
    this._routes = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get routesInput() {
    return this._routes;
  }
}
export interface AccessPointAzureEgressPrivateLinkEndpoint {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#private_link_service_resource_id AccessPoint#private_link_service_resource_id}
  */
  readonly privateLinkServiceResourceId: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#private_link_subresource_name AccessPoint#private_link_subresource_name}
  */
  readonly privateLinkSubresourceName?: string;
}

export function accessPointAzureEgressPrivateLinkEndpointToTerraform(struct?: AccessPointAzureEgressPrivateLinkEndpointOutputReference | AccessPointAzureEgressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    private_link_service_resource_id: cdktf.stringToTerraform(struct!.privateLinkServiceResourceId),
    private_link_subresource_name: cdktf.stringToTerraform(struct!.privateLinkSubresourceName),
  }
}


export function accessPointAzureEgressPrivateLinkEndpointToHclTerraform(struct?: AccessPointAzureEgressPrivateLinkEndpointOutputReference | AccessPointAzureEgressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    private_link_service_resource_id: {
      value: cdktf.stringToHclTerraform(struct!.privateLinkServiceResourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    private_link_subresource_name: {
      value: cdktf.stringToHclTerraform(struct!.privateLinkSubresourceName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointAzureEgressPrivateLinkEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointAzureEgressPrivateLinkEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._privateLinkServiceResourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateLinkServiceResourceId = this._privateLinkServiceResourceId;
    }
    if (this._privateLinkSubresourceName !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateLinkSubresourceName = this._privateLinkSubresourceName;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointAzureEgressPrivateLinkEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._privateLinkServiceResourceId = undefined;
      this._privateLinkSubresourceName = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._privateLinkServiceResourceId = value.privateLinkServiceResourceId;
      this._privateLinkSubresourceName = value.privateLinkSubresourceName;
    }
  }

  // private_endpoint_custom_dns_config_domains - computed: true, optional: false, required: false
  public get privateEndpointCustomDnsConfigDomains() {
    return this.getListAttribute('private_endpoint_custom_dns_config_domains');
  }

  // private_endpoint_domain - computed: true, optional: false, required: false
  public get privateEndpointDomain() {
    return this.getStringAttribute('private_endpoint_domain');
  }

  // private_endpoint_ip_address - computed: true, optional: false, required: false
  public get privateEndpointIpAddress() {
    return this.getStringAttribute('private_endpoint_ip_address');
  }

  // private_endpoint_resource_id - computed: true, optional: false, required: false
  public get privateEndpointResourceId() {
    return this.getStringAttribute('private_endpoint_resource_id');
  }

  // private_link_service_resource_id - computed: false, optional: false, required: true
  private _privateLinkServiceResourceId?: string; 
  public get privateLinkServiceResourceId() {
    return this.getStringAttribute('private_link_service_resource_id');
  }
  public set privateLinkServiceResourceId(value: string) {
    this._privateLinkServiceResourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateLinkServiceResourceIdInput() {
    return this._privateLinkServiceResourceId;
  }

  // private_link_subresource_name - computed: false, optional: true, required: false
  private _privateLinkSubresourceName?: string; 
  public get privateLinkSubresourceName() {
    return this.getStringAttribute('private_link_subresource_name');
  }
  public set privateLinkSubresourceName(value: string) {
    this._privateLinkSubresourceName = value;
  }
  public resetPrivateLinkSubresourceName() {
    this._privateLinkSubresourceName = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get privateLinkSubresourceNameInput() {
    return this._privateLinkSubresourceName;
  }
}
export interface AccessPointAzureIngressPrivateLinkEndpoint {
  /**
  * Resource ID of a Private Endpoint that will be connected to the Private Link service.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#private_endpoint_resource_id AccessPoint#private_endpoint_resource_id}
  */
  readonly privateEndpointResourceId: string;
}

export function accessPointAzureIngressPrivateLinkEndpointToTerraform(struct?: AccessPointAzureIngressPrivateLinkEndpointOutputReference | AccessPointAzureIngressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    private_endpoint_resource_id: cdktf.stringToTerraform(struct!.privateEndpointResourceId),
  }
}


export function accessPointAzureIngressPrivateLinkEndpointToHclTerraform(struct?: AccessPointAzureIngressPrivateLinkEndpointOutputReference | AccessPointAzureIngressPrivateLinkEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    private_endpoint_resource_id: {
      value: cdktf.stringToHclTerraform(struct!.privateEndpointResourceId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointAzureIngressPrivateLinkEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointAzureIngressPrivateLinkEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._privateEndpointResourceId !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateEndpointResourceId = this._privateEndpointResourceId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointAzureIngressPrivateLinkEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._privateEndpointResourceId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._privateEndpointResourceId = value.privateEndpointResourceId;
    }
  }

  // dns_domain - computed: true, optional: false, required: false
  public get dnsDomain() {
    return this.getStringAttribute('dns_domain');
  }

  // private_endpoint_resource_id - computed: false, optional: false, required: true
  private _privateEndpointResourceId?: string; 
  public get privateEndpointResourceId() {
    return this.getStringAttribute('private_endpoint_resource_id');
  }
  public set privateEndpointResourceId(value: string) {
    this._privateEndpointResourceId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateEndpointResourceIdInput() {
    return this._privateEndpointResourceId;
  }

  // private_link_service_alias - computed: true, optional: false, required: false
  public get privateLinkServiceAlias() {
    return this.getStringAttribute('private_link_service_alias');
  }

  // private_link_service_resource_id - computed: true, optional: false, required: false
  public get privateLinkServiceResourceId() {
    return this.getStringAttribute('private_link_service_resource_id');
  }
}
export interface AccessPointEnvironment {
  /**
  * The unique identifier for the environment.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#id AccessPoint#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function accessPointEnvironmentToTerraform(struct?: AccessPointEnvironmentOutputReference | AccessPointEnvironment): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function accessPointEnvironmentToHclTerraform(struct?: AccessPointEnvironmentOutputReference | AccessPointEnvironment): any {
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

export class AccessPointEnvironmentOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointEnvironment | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointEnvironment | undefined) {
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
export interface AccessPointGateway {
  /**
  * The unique identifier for the gateway.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#id AccessPoint#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id: string;
}

export function accessPointGatewayToTerraform(struct?: AccessPointGatewayOutputReference | AccessPointGateway): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    id: cdktf.stringToTerraform(struct!.id),
  }
}


export function accessPointGatewayToHclTerraform(struct?: AccessPointGatewayOutputReference | AccessPointGateway): any {
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

export class AccessPointGatewayOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointGateway | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._id !== undefined) {
      hasAnyValues = true;
      internalValueResult.id = this._id;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointGateway | undefined) {
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
export interface AccessPointGcpEgressPrivateServiceConnectEndpoint {
  /**
  * URI of the service attachment for the published service that the Private Service Connect Endpoint connects to, or "all-google-apis" for global Google APIs
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#private_service_connect_endpoint_target AccessPoint#private_service_connect_endpoint_target}
  */
  readonly privateServiceConnectEndpointTarget: string;
}

export function accessPointGcpEgressPrivateServiceConnectEndpointToTerraform(struct?: AccessPointGcpEgressPrivateServiceConnectEndpointOutputReference | AccessPointGcpEgressPrivateServiceConnectEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    private_service_connect_endpoint_target: cdktf.stringToTerraform(struct!.privateServiceConnectEndpointTarget),
  }
}


export function accessPointGcpEgressPrivateServiceConnectEndpointToHclTerraform(struct?: AccessPointGcpEgressPrivateServiceConnectEndpointOutputReference | AccessPointGcpEgressPrivateServiceConnectEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    private_service_connect_endpoint_target: {
      value: cdktf.stringToHclTerraform(struct!.privateServiceConnectEndpointTarget),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointGcpEgressPrivateServiceConnectEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointGcpEgressPrivateServiceConnectEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._privateServiceConnectEndpointTarget !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateServiceConnectEndpointTarget = this._privateServiceConnectEndpointTarget;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointGcpEgressPrivateServiceConnectEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._privateServiceConnectEndpointTarget = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._privateServiceConnectEndpointTarget = value.privateServiceConnectEndpointTarget;
    }
  }

  // private_service_connect_endpoint_connection_id - computed: true, optional: false, required: false
  public get privateServiceConnectEndpointConnectionId() {
    return this.getStringAttribute('private_service_connect_endpoint_connection_id');
  }

  // private_service_connect_endpoint_ip_address - computed: true, optional: false, required: false
  public get privateServiceConnectEndpointIpAddress() {
    return this.getStringAttribute('private_service_connect_endpoint_ip_address');
  }

  // private_service_connect_endpoint_name - computed: true, optional: false, required: false
  public get privateServiceConnectEndpointName() {
    return this.getStringAttribute('private_service_connect_endpoint_name');
  }

  // private_service_connect_endpoint_target - computed: false, optional: false, required: true
  private _privateServiceConnectEndpointTarget?: string; 
  public get privateServiceConnectEndpointTarget() {
    return this.getStringAttribute('private_service_connect_endpoint_target');
  }
  public set privateServiceConnectEndpointTarget(value: string) {
    this._privateServiceConnectEndpointTarget = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateServiceConnectEndpointTargetInput() {
    return this._privateServiceConnectEndpointTarget;
  }
}
export interface AccessPointGcpIngressPrivateServiceConnectEndpoint {
  /**
  * The ID of the Private Service Connect connection. Must be quoted in HCL to avoid numeric precision loss, for example, `private_service_connect_connection_id = "116002050319319045"`.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#private_service_connect_connection_id AccessPoint#private_service_connect_connection_id}
  */
  readonly privateServiceConnectConnectionId: string;
}

export function accessPointGcpIngressPrivateServiceConnectEndpointToTerraform(struct?: AccessPointGcpIngressPrivateServiceConnectEndpointOutputReference | AccessPointGcpIngressPrivateServiceConnectEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    private_service_connect_connection_id: cdktf.stringToTerraform(struct!.privateServiceConnectConnectionId),
  }
}


export function accessPointGcpIngressPrivateServiceConnectEndpointToHclTerraform(struct?: AccessPointGcpIngressPrivateServiceConnectEndpointOutputReference | AccessPointGcpIngressPrivateServiceConnectEndpoint): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    private_service_connect_connection_id: {
      value: cdktf.stringToHclTerraform(struct!.privateServiceConnectConnectionId),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointGcpIngressPrivateServiceConnectEndpointOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): AccessPointGcpIngressPrivateServiceConnectEndpoint | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._privateServiceConnectConnectionId !== undefined) {
      hasAnyValues = true;
      internalValueResult.privateServiceConnectConnectionId = this._privateServiceConnectConnectionId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointGcpIngressPrivateServiceConnectEndpoint | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._privateServiceConnectConnectionId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._privateServiceConnectConnectionId = value.privateServiceConnectConnectionId;
    }
  }

  // dns_domain - computed: true, optional: false, required: false
  public get dnsDomain() {
    return this.getStringAttribute('dns_domain');
  }

  // private_service_connect_connection_id - computed: false, optional: false, required: true
  private _privateServiceConnectConnectionId?: string; 
  public get privateServiceConnectConnectionId() {
    return this.getStringAttribute('private_service_connect_connection_id');
  }
  public set privateServiceConnectConnectionId(value: string) {
    this._privateServiceConnectConnectionId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get privateServiceConnectConnectionIdInput() {
    return this._privateServiceConnectConnectionId;
  }

  // private_service_connect_service_attachment - computed: true, optional: false, required: false
  public get privateServiceConnectServiceAttachment() {
    return this.getStringAttribute('private_service_connect_service_attachment');
  }
}
export interface AccessPointTimeouts {
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#create AccessPoint#create}
  */
  readonly create?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#delete AccessPoint#delete}
  */
  readonly delete?: string;
}

export function accessPointTimeoutsToTerraform(struct?: AccessPointTimeouts | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    create: cdktf.stringToTerraform(struct!.create),
    delete: cdktf.stringToTerraform(struct!.delete),
  }
}


export function accessPointTimeoutsToHclTerraform(struct?: AccessPointTimeouts | cdktf.IResolvable): any {
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
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class AccessPointTimeoutsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): AccessPointTimeouts | cdktf.IResolvable | undefined {
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
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: AccessPointTimeouts | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._create = undefined;
      this._delete = undefined;
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
}

/**
* Represents a {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point confluent_access_point}
*/
export class AccessPoint extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "confluent_access_point";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a AccessPoint resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the AccessPoint to import
  * @param importFromId The id of the existing AccessPoint that should be imported. Refer to the {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the AccessPoint to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "confluent_access_point", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/confluentinc/confluent/2.83.4/docs/resources/access_point confluent_access_point} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options AccessPointConfig
  */
  public constructor(scope: Construct, id: string, config: AccessPointConfig) {
    super(scope, id, {
      terraformResourceType: 'confluent_access_point',
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
    this._awsEgressPrivateLinkEndpoint.internalValue = config.awsEgressPrivateLinkEndpoint;
    this._awsIngressPrivateLinkEndpoint.internalValue = config.awsIngressPrivateLinkEndpoint;
    this._awsPrivateNetworkInterface.internalValue = config.awsPrivateNetworkInterface;
    this._azureEgressPrivateLinkEndpoint.internalValue = config.azureEgressPrivateLinkEndpoint;
    this._azureIngressPrivateLinkEndpoint.internalValue = config.azureIngressPrivateLinkEndpoint;
    this._environment.internalValue = config.environment;
    this._gateway.internalValue = config.gateway;
    this._gcpEgressPrivateServiceConnectEndpoint.internalValue = config.gcpEgressPrivateServiceConnectEndpoint;
    this._gcpIngressPrivateServiceConnectEndpoint.internalValue = config.gcpIngressPrivateServiceConnectEndpoint;
    this._timeouts.internalValue = config.timeouts;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // display_name - computed: true, optional: true, required: false
  private _displayName?: string; 
  public get displayName() {
    return this.getStringAttribute('display_name');
  }
  public set displayName(value: string) {
    this._displayName = value;
  }
  public resetDisplayName() {
    this._displayName = undefined;
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

  // aws_egress_private_link_endpoint - computed: false, optional: true, required: false
  private _awsEgressPrivateLinkEndpoint = new AccessPointAwsEgressPrivateLinkEndpointOutputReference(this, "aws_egress_private_link_endpoint");
  public get awsEgressPrivateLinkEndpoint() {
    return this._awsEgressPrivateLinkEndpoint;
  }
  public putAwsEgressPrivateLinkEndpoint(value: AccessPointAwsEgressPrivateLinkEndpoint) {
    this._awsEgressPrivateLinkEndpoint.internalValue = value;
  }
  public resetAwsEgressPrivateLinkEndpoint() {
    this._awsEgressPrivateLinkEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsEgressPrivateLinkEndpointInput() {
    return this._awsEgressPrivateLinkEndpoint.internalValue;
  }

  // aws_ingress_private_link_endpoint - computed: false, optional: true, required: false
  private _awsIngressPrivateLinkEndpoint = new AccessPointAwsIngressPrivateLinkEndpointOutputReference(this, "aws_ingress_private_link_endpoint");
  public get awsIngressPrivateLinkEndpoint() {
    return this._awsIngressPrivateLinkEndpoint;
  }
  public putAwsIngressPrivateLinkEndpoint(value: AccessPointAwsIngressPrivateLinkEndpoint) {
    this._awsIngressPrivateLinkEndpoint.internalValue = value;
  }
  public resetAwsIngressPrivateLinkEndpoint() {
    this._awsIngressPrivateLinkEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsIngressPrivateLinkEndpointInput() {
    return this._awsIngressPrivateLinkEndpoint.internalValue;
  }

  // aws_private_network_interface - computed: false, optional: true, required: false
  private _awsPrivateNetworkInterface = new AccessPointAwsPrivateNetworkInterfaceOutputReference(this, "aws_private_network_interface");
  public get awsPrivateNetworkInterface() {
    return this._awsPrivateNetworkInterface;
  }
  public putAwsPrivateNetworkInterface(value: AccessPointAwsPrivateNetworkInterface) {
    this._awsPrivateNetworkInterface.internalValue = value;
  }
  public resetAwsPrivateNetworkInterface() {
    this._awsPrivateNetworkInterface.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get awsPrivateNetworkInterfaceInput() {
    return this._awsPrivateNetworkInterface.internalValue;
  }

  // azure_egress_private_link_endpoint - computed: false, optional: true, required: false
  private _azureEgressPrivateLinkEndpoint = new AccessPointAzureEgressPrivateLinkEndpointOutputReference(this, "azure_egress_private_link_endpoint");
  public get azureEgressPrivateLinkEndpoint() {
    return this._azureEgressPrivateLinkEndpoint;
  }
  public putAzureEgressPrivateLinkEndpoint(value: AccessPointAzureEgressPrivateLinkEndpoint) {
    this._azureEgressPrivateLinkEndpoint.internalValue = value;
  }
  public resetAzureEgressPrivateLinkEndpoint() {
    this._azureEgressPrivateLinkEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureEgressPrivateLinkEndpointInput() {
    return this._azureEgressPrivateLinkEndpoint.internalValue;
  }

  // azure_ingress_private_link_endpoint - computed: false, optional: true, required: false
  private _azureIngressPrivateLinkEndpoint = new AccessPointAzureIngressPrivateLinkEndpointOutputReference(this, "azure_ingress_private_link_endpoint");
  public get azureIngressPrivateLinkEndpoint() {
    return this._azureIngressPrivateLinkEndpoint;
  }
  public putAzureIngressPrivateLinkEndpoint(value: AccessPointAzureIngressPrivateLinkEndpoint) {
    this._azureIngressPrivateLinkEndpoint.internalValue = value;
  }
  public resetAzureIngressPrivateLinkEndpoint() {
    this._azureIngressPrivateLinkEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get azureIngressPrivateLinkEndpointInput() {
    return this._azureIngressPrivateLinkEndpoint.internalValue;
  }

  // environment - computed: false, optional: false, required: true
  private _environment = new AccessPointEnvironmentOutputReference(this, "environment");
  public get environment() {
    return this._environment;
  }
  public putEnvironment(value: AccessPointEnvironment) {
    this._environment.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get environmentInput() {
    return this._environment.internalValue;
  }

  // gateway - computed: false, optional: false, required: true
  private _gateway = new AccessPointGatewayOutputReference(this, "gateway");
  public get gateway() {
    return this._gateway;
  }
  public putGateway(value: AccessPointGateway) {
    this._gateway.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get gatewayInput() {
    return this._gateway.internalValue;
  }

  // gcp_egress_private_service_connect_endpoint - computed: false, optional: true, required: false
  private _gcpEgressPrivateServiceConnectEndpoint = new AccessPointGcpEgressPrivateServiceConnectEndpointOutputReference(this, "gcp_egress_private_service_connect_endpoint");
  public get gcpEgressPrivateServiceConnectEndpoint() {
    return this._gcpEgressPrivateServiceConnectEndpoint;
  }
  public putGcpEgressPrivateServiceConnectEndpoint(value: AccessPointGcpEgressPrivateServiceConnectEndpoint) {
    this._gcpEgressPrivateServiceConnectEndpoint.internalValue = value;
  }
  public resetGcpEgressPrivateServiceConnectEndpoint() {
    this._gcpEgressPrivateServiceConnectEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpEgressPrivateServiceConnectEndpointInput() {
    return this._gcpEgressPrivateServiceConnectEndpoint.internalValue;
  }

  // gcp_ingress_private_service_connect_endpoint - computed: false, optional: true, required: false
  private _gcpIngressPrivateServiceConnectEndpoint = new AccessPointGcpIngressPrivateServiceConnectEndpointOutputReference(this, "gcp_ingress_private_service_connect_endpoint");
  public get gcpIngressPrivateServiceConnectEndpoint() {
    return this._gcpIngressPrivateServiceConnectEndpoint;
  }
  public putGcpIngressPrivateServiceConnectEndpoint(value: AccessPointGcpIngressPrivateServiceConnectEndpoint) {
    this._gcpIngressPrivateServiceConnectEndpoint.internalValue = value;
  }
  public resetGcpIngressPrivateServiceConnectEndpoint() {
    this._gcpIngressPrivateServiceConnectEndpoint.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get gcpIngressPrivateServiceConnectEndpointInput() {
    return this._gcpIngressPrivateServiceConnectEndpoint.internalValue;
  }

  // timeouts - computed: false, optional: true, required: false
  private _timeouts = new AccessPointTimeoutsOutputReference(this, "timeouts");
  public get timeouts() {
    return this._timeouts;
  }
  public putTimeouts(value: AccessPointTimeouts) {
    this._timeouts.internalValue = value;
  }
  public resetTimeouts() {
    this._timeouts.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get timeoutsInput() {
    return this._timeouts.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      display_name: cdktf.stringToTerraform(this._displayName),
      id: cdktf.stringToTerraform(this._id),
      aws_egress_private_link_endpoint: accessPointAwsEgressPrivateLinkEndpointToTerraform(this._awsEgressPrivateLinkEndpoint.internalValue),
      aws_ingress_private_link_endpoint: accessPointAwsIngressPrivateLinkEndpointToTerraform(this._awsIngressPrivateLinkEndpoint.internalValue),
      aws_private_network_interface: accessPointAwsPrivateNetworkInterfaceToTerraform(this._awsPrivateNetworkInterface.internalValue),
      azure_egress_private_link_endpoint: accessPointAzureEgressPrivateLinkEndpointToTerraform(this._azureEgressPrivateLinkEndpoint.internalValue),
      azure_ingress_private_link_endpoint: accessPointAzureIngressPrivateLinkEndpointToTerraform(this._azureIngressPrivateLinkEndpoint.internalValue),
      environment: accessPointEnvironmentToTerraform(this._environment.internalValue),
      gateway: accessPointGatewayToTerraform(this._gateway.internalValue),
      gcp_egress_private_service_connect_endpoint: accessPointGcpEgressPrivateServiceConnectEndpointToTerraform(this._gcpEgressPrivateServiceConnectEndpoint.internalValue),
      gcp_ingress_private_service_connect_endpoint: accessPointGcpIngressPrivateServiceConnectEndpointToTerraform(this._gcpIngressPrivateServiceConnectEndpoint.internalValue),
      timeouts: accessPointTimeoutsToTerraform(this._timeouts.internalValue),
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
      aws_egress_private_link_endpoint: {
        value: accessPointAwsEgressPrivateLinkEndpointToHclTerraform(this._awsEgressPrivateLinkEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointAwsEgressPrivateLinkEndpointList",
      },
      aws_ingress_private_link_endpoint: {
        value: accessPointAwsIngressPrivateLinkEndpointToHclTerraform(this._awsIngressPrivateLinkEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointAwsIngressPrivateLinkEndpointList",
      },
      aws_private_network_interface: {
        value: accessPointAwsPrivateNetworkInterfaceToHclTerraform(this._awsPrivateNetworkInterface.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointAwsPrivateNetworkInterfaceList",
      },
      azure_egress_private_link_endpoint: {
        value: accessPointAzureEgressPrivateLinkEndpointToHclTerraform(this._azureEgressPrivateLinkEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointAzureEgressPrivateLinkEndpointList",
      },
      azure_ingress_private_link_endpoint: {
        value: accessPointAzureIngressPrivateLinkEndpointToHclTerraform(this._azureIngressPrivateLinkEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointAzureIngressPrivateLinkEndpointList",
      },
      environment: {
        value: accessPointEnvironmentToHclTerraform(this._environment.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointEnvironmentList",
      },
      gateway: {
        value: accessPointGatewayToHclTerraform(this._gateway.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointGatewayList",
      },
      gcp_egress_private_service_connect_endpoint: {
        value: accessPointGcpEgressPrivateServiceConnectEndpointToHclTerraform(this._gcpEgressPrivateServiceConnectEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointGcpEgressPrivateServiceConnectEndpointList",
      },
      gcp_ingress_private_service_connect_endpoint: {
        value: accessPointGcpIngressPrivateServiceConnectEndpointToHclTerraform(this._gcpIngressPrivateServiceConnectEndpoint.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "AccessPointGcpIngressPrivateServiceConnectEndpointList",
      },
      timeouts: {
        value: accessPointTimeoutsToHclTerraform(this._timeouts.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "AccessPointTimeouts",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
