// The tutorial stack through Alibaba Cloud's own Node.js SDKs, decoded by their models: the tea clients of
// @alicloud/ecs20140526 and @alicloud/vpc20160428 (V3 signature by default, then v2), and the classic pop-core RPC
// client for SLB. Every step must answer as the cloud would; exits 1 on the first surprise.
// CLOUDTWIN_ENDPOINT: host:port of the server's HTTP port (default 127.0.0.1:8080).
const assert = require('node:assert/strict');
const Ecs = require('@alicloud/ecs20140526');
const Vpc = require('@alicloud/vpc20160428');
const { $OpenApiUtil } = require('@alicloud/openapi-core');
const { RPCClient } = require('@alicloud/pop-core');

const ENDPOINT = process.env.CLOUDTWIN_ENDPOINT || '127.0.0.1:8080';
const KEY = { accessKeyId: 'cloudtwin-demo', accessKeySecret: 'cloudtwin-demo-secret' };
const R = 'cn-hangzhou';
const ZONE = 'cn-hangzhou-h';
const IMAGE = 'aliyun_3_x64_20G_alibase_20240819.vhd';

function tea(Client, signatureAlgorithm) {
  const config = { ...KEY, endpoint: ENDPOINT, protocol: 'HTTP', regionId: R };
  if (signatureAlgorithm) config.signatureAlgorithm = signatureAlgorithm;
  return new Client(new $OpenApiUtil.Config(config));
}

async function refused(call, code, status) {
  try {
    await call();
  } catch (e) {
    assert.equal(e.code, code, e.message);
    if (status) assert.equal(e.statusCode, status, e.message);
    return;
  }
  assert.fail('expected ' + code);
}

async function stack(signature) {
  const ecs = tea(Ecs.default, signature);
  const vpc = tea(Vpc.default, signature);
  const name = 'node-' + (signature || 'v3');

  // the data sources of the provider's front-page example
  const zones = (await ecs.describeZones(new Ecs.DescribeZonesRequest({ regionId: R }))).body.zones.zone;
  assert.ok(zones.some(z => z.zoneId === ZONE));
  const resources = (await ecs.describeAvailableResource(new Ecs.DescribeAvailableResourceRequest({
    regionId: R, destinationResource: 'InstanceType', instanceChargeType: 'PostPaid' }))).body;
  assert.ok(resources.availableZones.availableZone.length > 0);
  const images = (await ecs.describeImages(new Ecs.DescribeImagesRequest({ regionId: R, imageOwnerAlias: 'system',
    pageSize: 100 }))).body;
  assert.ok(images.images.image.some(i => i.imageId === IMAGE));
  assert.equal(typeof images.totalCount, 'number');

  // network, group, key pair, instance with a data disk
  const v = (await vpc.createVpc(new Vpc.CreateVpcRequest({ regionId: R, cidrBlock: '172.16.0.0/12', vpcName: name }))).body;
  assert.match(v.vpcId, /^vpc-/);
  assert.match(v.routeTableId, /^vtb-/);
  const vsw = (await vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId: R, vpcId: v.vpcId, zoneId: ZONE,
    cidrBlock: '172.16.0.0/21' }))).body.vSwitchId;
  const sw = (await vpc.describeVSwitchAttributes(new Vpc.DescribeVSwitchAttributesRequest({ regionId: R,
    vSwitchId: vsw }))).body;
  assert.equal(sw.status, 'Available');
  assert.equal(sw.availableIpAddressCount, 2044);
  const sg = (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId: R, vpcId: v.vpcId,
    securityGroupName: name }))).body.securityGroupId;
  await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId: R, securityGroupId: sg,
    permissions: [new Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'tcp', portRange: '22/22',
      sourceCidrIp: '0.0.0.0/0', policy: 'accept', priority: '1' })] }));
  const rules = (await ecs.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({
    regionId: R, securityGroupId: sg }))).body.permissions.permission;
  assert.deepEqual(rules.map(p => [p.ipProtocol, p.portRange, p.sourceCidrIp]), [['TCP', '22/22', '0.0.0.0/0']]);
  const key = (await ecs.createKeyPair(new Ecs.CreateKeyPairRequest({ regionId: R, keyPairName: name }))).body;
  assert.match(key.privateKeyBody, /BEGIN RSA PRIVATE KEY/);
  assert.match(key.keyPairFingerPrint, /^[0-9a-f]{2}(:[0-9a-f]{2}){15}$/);
  const id = (await ecs.runInstances(new Ecs.RunInstancesRequest({ regionId: R, imageId: IMAGE,
    instanceType: 'ecs.g6.large', securityGroupId: sg, vSwitchId: vsw, keyPairName: name,
    dataDisk: [new Ecs.RunInstancesRequestDataDisk({ size: 40, category: 'cloud_essd' })],
    tag: [new Ecs.RunInstancesRequestTag({ key: 'env', value: 'dev' })] }))).body.instanceIdSets.instanceIdSet[0];
  assert.match(id, /^i-/);
  const instance = (await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: R,
    instanceIds: JSON.stringify([id]) }))).body.instances.instance[0];
  assert.equal(instance.status, 'Running');
  assert.equal(instance.keyPairName, name);
  assert.equal(instance.cpu, 2);
  assert.deepEqual(instance.tags.tag.map(t => [t.tagKey, t.tagValue]), [['env', 'dev']]);
  assert.equal(instance.vpcAttributes.vSwitchId, vsw);
  const disks = (await ecs.describeDisks(new Ecs.DescribeDisksRequest({ regionId: R, instanceId: id }))).body.disks.disk;
  assert.deepEqual(disks.map(d => d.type).sort(), ['data', 'system']);
  assert.ok(disks.every(d => d.status === 'In_use'));
  await refused(() => ecs.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId: R, securityGroupId: sg })),
    'DependencyViolation', 403);

  // an EIP on the instance, a NAT gateway, the VPC's route tables
  const eip = (await vpc.allocateEipAddress(new Vpc.AllocateEipAddressRequest({ regionId: R, bandwidth: '5',
    internetChargeType: 'PayByTraffic' }))).body;
  await vpc.associateEipAddress(new Vpc.AssociateEipAddressRequest({ regionId: R, allocationId: eip.allocationId,
    instanceId: id }));
  const bound = (await vpc.describeEipAddresses(new Vpc.DescribeEipAddressesRequest({ regionId: R,
    allocationId: eip.allocationId }))).body.eipAddresses.eipAddress[0];
  assert.equal(bound.status, 'InUse');
  assert.equal(bound.instanceId, id);
  assert.equal(bound.ipAddress, eip.eipAddress);
  await refused(() => vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ regionId: R,
    allocationId: eip.allocationId })), 'IncorrectEipStatus');
  const nat = (await vpc.createNatGateway(new Vpc.CreateNatGatewayRequest({ regionId: R, vpcId: v.vpcId,
    vSwitchId: vsw, natType: 'Enhanced' }))).body;
  assert.match(nat.natGatewayId, /^ngw-/);
  assert.equal(nat.snatTableIds.snatTableId.length, 1);
  const gateways = (await vpc.describeNatGateways(new Vpc.DescribeNatGatewaysRequest({ regionId: R,
    natGatewayId: nat.natGatewayId }))).body.natGateways.natGateway;
  assert.equal(gateways[0].status, 'Available');
  const tables = (await vpc.describeRouteTableList(new Vpc.DescribeRouteTableListRequest({ regionId: R,
    vpcId: v.vpcId }))).body.routerTableList.routerTableListType;
  assert.deepEqual(tables.map(t => t.routeTableType), ['System']);

  // destroy, and the reads that decide "gone"
  await vpc.unassociateEipAddress(new Vpc.UnassociateEipAddressRequest({ regionId: R, allocationId: eip.allocationId,
    instanceId: id }));
  await vpc.releaseEipAddress(new Vpc.ReleaseEipAddressRequest({ regionId: R, allocationId: eip.allocationId }));
  await vpc.deleteNatGateway(new Vpc.DeleteNatGatewayRequest({ regionId: R, natGatewayId: nat.natGatewayId }));
  await ecs.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: id, force: true }));
  assert.equal((await ecs.describeInstances(new Ecs.DescribeInstancesRequest({ regionId: R,
    instanceIds: JSON.stringify([id]) }))).body.instances.instance.length, 0);
  await refused(() => ecs.describeInstanceAttribute(new Ecs.DescribeInstanceAttributeRequest({ instanceId: id })),
    'InvalidInstanceId.NotFound', 404);
  await ecs.deleteKeyPairs(new Ecs.DeleteKeyPairsRequest({ regionId: R, keyPairNames: JSON.stringify([name]) }));
  await ecs.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId: R, securityGroupId: sg }));
  await vpc.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId: R, vSwitchId: vsw }));
  await vpc.deleteVpc(new Vpc.DeleteVpcRequest({ regionId: R, vpcId: v.vpcId }));
  // the provider's read of a VPC and a vSwitch: gone is a 200 with an empty id
  assert.equal((await vpc.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({ regionId: R,
    vpcId: v.vpcId }))).body.vpcId, '');
  assert.equal((await vpc.describeVSwitchAttributes(new Vpc.DescribeVSwitchAttributesRequest({ regionId: R,
    vSwitchId: vsw }))).body.vSwitchId, '');
}

async function classicSlb() {
  const client = version => new RPCClient({ ...KEY, endpoint: 'http://' + ENDPOINT, apiVersion: version });
  const vpc = client('2016-04-28');
  const slb = client('2014-05-15');
  const v = await vpc.request('CreateVpc', { RegionId: R, CidrBlock: '10.0.0.0/16' }, { method: 'POST' });
  const sw = await vpc.request('CreateVSwitch', { RegionId: R, VpcId: v.VpcId, ZoneId: ZONE, CidrBlock: '10.0.1.0/24' });
  const lb = await slb.request('CreateLoadBalancer', { RegionId: R, VpcId: v.VpcId, VSwitchId: sw.VSwitchId,
    AddressType: 'intranet', LoadBalancerSpec: 'slb.s1.small', LoadBalancerName: 'web' }, { method: 'POST' });
  assert.match(lb.LoadBalancerId, /^lb-/);
  assert.match(lb.Address, /^10\.0\.1\./);
  await slb.request('CreateLoadBalancerHTTPListener', { RegionId: R, LoadBalancerId: lb.LoadBalancerId,
    ListenerPort: 80, BackendServerPort: 8080, Bandwidth: -1, StickySession: 'off', HealthCheck: 'off' });
  await slb.request('StartLoadBalancerListener', { RegionId: R, LoadBalancerId: lb.LoadBalancerId, ListenerPort: 80 });
  const listener = await slb.request('DescribeLoadBalancerHTTPListenerAttribute', { RegionId: R,
    LoadBalancerId: lb.LoadBalancerId, ListenerPort: 80 });
  assert.equal(listener.Status, 'running');
  assert.equal(listener.BackendServerPort, 8080);
  const read = await slb.request('DescribeLoadBalancerAttribute', { RegionId: R, LoadBalancerId: lb.LoadBalancerId });
  assert.equal(read.LoadBalancerStatus, 'active');
  assert.deepEqual(read.ListenerPorts.ListenerPort, [80]);
  try {
    await slb.request('CreateLoadBalancerTCPListener', { RegionId: R, LoadBalancerId: lb.LoadBalancerId,
      ListenerPort: 80, BackendServerPort: 80, Bandwidth: -1 });
    assert.fail('a second listener on port 80');
  } catch (e) {
    assert.match(e.code, /ListenerPortConflict/, e.message);
  }
  await slb.request('DeleteLoadBalancer', { RegionId: R, LoadBalancerId: lb.LoadBalancerId });
  const left = await slb.request('DescribeLoadBalancers', { RegionId: R, LoadBalancerId: lb.LoadBalancerId });
  assert.equal(left.TotalCount, 0);
  await vpc.request('DeleteVSwitch', { RegionId: R, VSwitchId: sw.VSwitchId });
  await vpc.request('DeleteVpc', { RegionId: R, VpcId: v.VpcId });
}

(async () => {
  for (const signature of [undefined, 'v2']) {
    await stack(signature);
    console.log('tea clients, signature ' + (signature || 'default (V3)') + ': the stack answered as expected');
  }
  await classicSlb();
  console.log('pop-core RPC client: the load balancer answered as expected');
})().catch(e => {
  console.error(e);
  process.exit(1);
});
