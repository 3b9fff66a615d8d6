package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteInstanceRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerResponseBody;
import com.aliyun.slb20140515.models.DeleteLoadBalancerRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeLoadBalancersRequest;
import com.aliyun.slb20140515.models.ListTagResourcesRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerDeleteProtectionRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerNameRequest;
import com.aliyun.slb20140515.models.TagResourcesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.AcsRequest;
import com.aliyuncs.AcsResponse;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.CommonResponse;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import com.aliyuncs.slb.model.v20140515.AddBackendServersRequest;
import com.aliyuncs.slb.model.v20140515.AddBackendServersResponse;
import com.aliyuncs.slb.model.v20140515.DeleteLoadBalancerListenerRequest;
import com.aliyuncs.slb.model.v20140515.DescribeLoadBalancerAttributeResponse;
import com.aliyuncs.slb.model.v20140515.RemoveBackendServersRequest;
import com.aliyuncs.slb.model.v20140515.SetBackendServersRequest;
import com.aliyuncs.slb.model.v20140515.StartLoadBalancerListenerRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.core.Cidr;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_slb_load_balancer, alicloud_slb_listener and alicloud_slb_attachment, through the clients the
 * provider uses for each: the tea client for the load balancer (create -> wait active -> TagResources instance ->
 * DescribeLoadBalancerAttribute + ListTagResources -> SetLoadBalancerName -> delete -> wait for
 * InvalidLoadBalancerId.NotFound), CommonRequest GET for the listener's create, describe and set (wait stopped ->
 * start -> wait running), the classic typed requests for the backend servers (Add, then Set with the provider's
 * single-quoted JSON; Remove). The races: a backend added while its instance is deleted, two listeners on one port.
 */
class SlbScenarioTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private IAcsClient classic;
    private Client slb;
    private com.aliyun.ecs20140526.Client ecs;

    @BeforeEach
    void clients() throws Exception {
        classic = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        Config config = new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2");
        slb = new Client(config);
        ecs = new com.aliyun.ecs20140526.Client(config);
    }

    private <T extends AcsResponse> T call(AcsRequest<T> request) throws ClientException {
        request.setSysEndpoint(endpoint());
        request.setSysProtocol(ProtocolType.HTTP);
        return classic.getAcsResponse(request);
    }

    /** The provider's BuildSlbCommonRequest: a GET CommonRequest of SLB 2014-05-15 (HTTPS there; HTTP here). */
    private JsonNode common(String action, String... kv) throws Exception {
        CommonRequest r = new CommonRequest();
        r.setSysDomain(endpoint());
        r.setSysProtocol(ProtocolType.HTTP);
        r.setSysMethod(MethodType.GET);
        r.setSysVersion("2014-05-15");
        r.setSysAction(action);
        r.putQueryParameter("RegionId", REGION);
        for (int i = 0; i < kv.length; i += 2) r.putQueryParameter(kv[i], kv[i + 1]);
        CommonResponse response = classic.getCommonResponse(r);
        return JSON.readTree(response.getData());
    }

    private static TeaException teaError(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e;
    }

    /** A VPC 10.50.0.0/16 with a vSwitch 10.50.1.0/24: [vpc, vswitch]. */
    private String[] network() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.50.0.0/16");
        String vpcId = call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.50.1.0/24");
        s.setZoneId(REGION + "-h");
        return new String[] {vpcId, call(s).getVSwitchId()};
    }

    private String instance(String[] net) throws Exception {
        String group = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(net[0]))
                .getBody().getSecurityGroupId();
        return ecs.runInstances(new RunInstancesRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group).setVSwitchId(net[1])).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    /** The provider's CreateLoadBalancer: every parameter it always sends, in a vSwitch (intranet). */
    private CreateLoadBalancerResponseBody intranet(String[] net, String token) throws Exception {
        return slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION).setClientToken(token)
                .setAddressIPVersion("ipv4").setAddressType("intranet").setBandwidth(1).setDeleteProtection("off")
                .setInternetChargeType("paybytraffic").setLoadBalancerName("tf-slb").setLoadBalancerSpec("slb.s1.small")
                .setVpcId(net[0]).setVSwitchId(net[1])).getBody();
    }

    private DescribeLoadBalancerAttributeResponseBody read(String id) throws Exception {
        return slb.describeLoadBalancerAttribute(new DescribeLoadBalancerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(id)).getBody();
    }

    private DescribeLoadBalancerAttributeResponse classicRead(String id) throws ClientException {
        var d = new com.aliyuncs.slb.model.v20140515.DescribeLoadBalancerAttributeRequest();
        d.setLoadBalancerId(id);
        return call(d);
    }

    private void tcpListener(String lb, int port) throws Exception {
        common("CreateLoadBalancerTCPListener", "LoadBalancerId", lb, "ListenerPort", String.valueOf(port),
                "BackendServerPort", "8080", "Bandwidth", "-1", "AclStatus", "off", "Scheduler", "wrr");
    }

    @Test
    void terraformLoadBalancerListenerAndAttachment() throws Exception {
        String[] net = network();
        String server = instance(net);
        var created = intranet(net, "TF-CreateLoadBalancer-1-a");
        String id = created.getLoadBalancerId();
        assertThat(id).startsWith("lb-");
        assertThat(Cidr.parse("10.50.1.0/24").contains(Cidr.address(created.getAddress()))).isTrue();
        assertThat(created.getNetworkType()).isEqualTo("vpc");
        assertThat(intranet(net, "TF-CreateLoadBalancer-1-a").getLoadBalancerId()).as("ClientToken").isEqualTo(id);

        // wait active, tags, read
        assertThat(read(id).getLoadBalancerStatus()).isEqualTo("active");
        slb.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("instance")
                .setResourceId(List.of(id)).setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag()
                        .setKey("env").setValue("test"))));
        var attribute = read(id);
        assertThat(attribute.getVSwitchId()).isEqualTo(net[1]);
        assertThat(attribute.getVpcId()).isEqualTo(net[0]);
        assertThat(attribute.getAddressType()).isEqualTo("intranet");
        assertThat(attribute.getLoadBalancerSpec()).isEqualTo("slb.s1.small");
        assertThat(attribute.getDeleteProtection()).isEqualTo("off");
        assertThat(attribute.getMasterZoneId()).isEqualTo(REGION + "-h");
        assertThat(slb.listTagResources(new ListTagResourcesRequest().setRegionId(REGION).setResourceType("instance")
                .setResourceId(List.of(id))).getBody().getTagResources().getTagResource())
                .singleElement().satisfies(t -> assertThat(t.getTagKey() + "=" + t.getTagValue()).isEqualTo("env=test"));
        slb.setLoadBalancerName(new SetLoadBalancerNameRequest().setRegionId(REGION).setLoadBalancerId(id)
                .setLoadBalancerName("tf-slb-renamed"));
        assertThat(read(id).getLoadBalancerName()).isEqualTo("tf-slb-renamed");

        // listener: create (stopped), start (running), set, read through the LB's ports
        tcpListener(id, 80);
        JsonNode listener = common("DescribeLoadBalancerTCPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "80");
        assertThat(listener.path("Status").asString()).isEqualTo("stopped");
        assertThat(listener.path("ListenerPort").isNumber()).isTrue();
        assertThat(listener.path("BackendServerPort").asInt()).isEqualTo(8080);
        var start = new StartLoadBalancerListenerRequest();
        start.setLoadBalancerId(id);
        start.setListenerPort(80);
        start.setListenerProtocol("tcp");
        call(start);
        common("SetLoadBalancerTCPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "80", "Scheduler", "wlc",
                "HealthCheckType", "http", "HealthCheckURI", "/health", "HealthyThreshold", "4",
                "EstablishedTimeout", "600", "PersistenceTimeout", "0", "Description", "web");
        listener = common("DescribeLoadBalancerTCPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "80");
        assertThat(listener.path("Status").asString()).isEqualTo("running");
        assertThat(listener.path("Scheduler").asString()).isEqualTo("wlc");
        assertThat(listener.path("HealthCheckType").asString()).isEqualTo("http");
        assertThat(listener.path("HealthCheckURI").asString()).isEqualTo("/health");
        assertThat(listener.path("HealthyThreshold").asInt()).isEqualTo(4);
        assertThat(listener.path("UnhealthyThreshold").asInt()).as("the default").isEqualTo(3);
        assertThat(listener.path("EstablishedTimeout").asInt()).isEqualTo(600);
        assertThat(listener.path("Description").asString()).isEqualTo("web");
        assertThat(classicRead(id).getListenerPortsAndProtocol()).singleElement().satisfies(p -> {
            assertThat(p.getListenerPort()).isEqualTo(80);
            assertThat(p.getListenerProtocol()).isEqualTo("tcp");
        });
        assertThat(code(() -> common("CreateLoadBalancerHTTPListener", "LoadBalancerId", id, "ListenerPort", "80",
                "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off")))
                .as("HTTP shares TCP's ports").isEqualTo("InvalidParameter.ListenerPortConflict");
        common("CreateLoadBalancerUDPListener", "LoadBalancerId", id, "ListenerPort", "80", "BackendServerPort", "53",
                "Bandwidth", "-1");
        assertThat(common("DescribeLoadBalancerListeners", "LoadBalancerId.1", id).path("Listeners")).hasSize(2);

        // attachment: Add, then Set with the whole list (the provider's single-quoted JSON), read, Remove
        var add = new AddBackendServersRequest();
        add.setLoadBalancerId(id);
        add.setBackendServers("[{'ServerId':'" + server + "','Weight':'100', 'Type': 'ecs'}]");
        AddBackendServersResponse added = call(add);
        assertThat(added.getLoadBalancerId()).isEqualTo(id);
        var set = new SetBackendServersRequest();
        set.setLoadBalancerId(id);
        set.setBackendServers("[{'ServerId':'" + server + "','Weight':'50', 'Type': 'ecs'}]");
        call(set);
        assertThat(classicRead(id).getBackendServers()).singleElement().satisfies(b -> {
            assertThat(b.getServerId()).isEqualTo(server);
            assertThat(b.getWeight()).isEqualTo(50);
            assertThat(b.getType()).isEqualTo("ecs");
        });
        var unknown = new AddBackendServersRequest();
        unknown.setLoadBalancerId(id);
        unknown.setBackendServers("[{\"ServerId\":\"i-nothere\",\"Weight\":100}]");
        assertThat(code(() -> call(unknown))).isEqualTo("InvalidServerId.NotFound");
        var remove = new RemoveBackendServersRequest();
        remove.setLoadBalancerId(id);
        remove.setBackendServers("[{'ServerId':'" + server + "'}]");
        call(remove);
        assertThat(classicRead(id).getBackendServers()).isEmpty();

        // listener delete -> describe: not found
        var deleteListener = new DeleteLoadBalancerListenerRequest();
        deleteListener.setLoadBalancerId(id);
        deleteListener.setListenerPort(80);
        deleteListener.setListenerProtocol("tcp");
        call(deleteListener);
        assertThat(code(() -> common("DescribeLoadBalancerTCPListenerAttribute", "LoadBalancerId", id,
                "ListenerPort", "80"))).isEqualTo("ListenerNotFound");

        // delete: refused while protected; then gone, its listeners and backends with it
        slb.setLoadBalancerDeleteProtection(new SetLoadBalancerDeleteProtectionRequest().setRegionId(REGION)
                .setLoadBalancerId(id).setDeleteProtection("on"));
        assertThat(teaError(() -> slb.deleteLoadBalancer(new DeleteLoadBalancerRequest().setRegionId(REGION)
                .setLoadBalancerId(id))).getCode()).isEqualTo("OperationDenied.DeleteProtectionIsOn");
        slb.setLoadBalancerDeleteProtection(new SetLoadBalancerDeleteProtectionRequest().setRegionId(REGION)
                .setLoadBalancerId(id).setDeleteProtection("off"));
        slb.deleteLoadBalancer(new DeleteLoadBalancerRequest().setRegionId(REGION).setLoadBalancerId(id));
        TeaException gone = teaError(() -> read(id));
        assertThat(gone.getCode()).isEqualTo("InvalidLoadBalancerId.NotFound");
        assertThat(gone.getStatusCode()).isEqualTo(404);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lb_listener").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM lb_member").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_tag WHERE resource_id = :id").param("id", id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anInternetLoadBalancerWithoutVSwitchStandsInNoVpc() throws Exception {
        var created = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setAddressType("internet").setLoadBalancerName("public")).getBody();
        assertThat(created.getNetworkType()).isEqualTo("classic");
        assertThat(Cidr.parse("198.18.0.0/15").contains(Cidr.address(created.getAddress()))).isTrue();
        var listed = slb.describeLoadBalancers(new DescribeLoadBalancersRequest().setRegionId(REGION)
                .setAddress(created.getAddress())).getBody();
        assertThat(listed.getTotalCount()).isEqualTo(1);
        assertThat(listed.getLoadBalancers().getLoadBalancer()).singleElement()
                .satisfies(lb -> assertThat(lb.getVpcId()).isEmpty());
        assertThat(slb.describeLoadBalancers(new DescribeLoadBalancersRequest().setRegionId(REGION)
                .setAddressType("intranet")).getBody().getTotalCount()).isZero();
        assertThat(teaError(() -> slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setAddressType("intranet"))).getCode()).isEqualTo("MissingParam.VSwitchId");
    }

    @Test
    void aBackendAddedWhileItsInstanceIsDeletedNeverDangles() throws Exception {
        String[] net = network();
        String id = intranet(net, null).getLoadBalancerId();
        for (int round = 0; round < 3; round++) {
            String server = instance(net);
            var add = new AddBackendServersRequest();
            add.setLoadBalancerId(id);
            add.setBackendServers("[{'ServerId':'" + server + "','Weight':'100'}]");
            List<Future<Object>> results = List.of(racing().submit(() -> call(add)),
                    racing().submit(() -> ecs.deleteInstance(new DeleteInstanceRequest().setInstanceId(server).setForce(true))));
            for (Future<Object> f : results) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(ClientException.class);
                    assertThat(((ClientException) e.getCause()).getErrCode()).isEqualTo("InvalidServerId.NotFound");
                }
            }
            assertThat(classicRead(id).getBackendServers()).as("the deleted instance is no backend").isEmpty();
        }
    }

    @Test
    void twoListenersOnOnePortOneWins() throws Exception {
        String[] net = network();
        String id = intranet(net, null).getLoadBalancerId();
        List<Future<JsonNode>> results = List.of(racing().submit(() -> common("CreateLoadBalancerTCPListener",
                "LoadBalancerId", id, "ListenerPort", "443", "BackendServerPort", "443", "Bandwidth", "-1")),
                racing().submit(() ->
                common("CreateLoadBalancerHTTPListener", "LoadBalancerId", id, "ListenerPort", "443",
                        "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off")));
        int won = 0;
        for (Future<JsonNode> f : results) {
            try {
                f.get();
                won++;
            } catch (ExecutionException e) {
                assertThat(((ClientException) e.getCause()).getErrCode()).isEqualTo("InvalidParameter.ListenerPortConflict");
            }
        }
        assertThat(won).isEqualTo(1);
        assertThat(classicRead(id).getListenerPortsAndProtocol()).hasSize(1);
    }

    @Test
    void theStateDocumentCarriesLoadBalancersListenersAndBackends() throws Exception {
        String[] net = network();
        String server = instance(net);
        String id = intranet(net, null).getLoadBalancerId();
        tcpListener(id, 8000);
        common("SetLoadBalancerTCPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "8000",
                "HealthyThreshold", "7");
        var add = new AddBackendServersRequest();
        add.setLoadBalancerId(id);
        add.setBackendServers("[{\"ServerId\":\"" + server + "\",\"Weight\":\"30\"}]");
        call(add);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(JSON.readTree(exported).get("loadBalancers")).hasSize(1);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(teaError(() -> read(id)).getCode()).isEqualTo("InvalidLoadBalancerId.NotFound");
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        var again = classicRead(id);
        assertThat(again.getBackendServers()).singleElement().satisfies(b -> assertThat(b.getWeight()).isEqualTo(30));
        assertThat(common("DescribeLoadBalancerTCPListenerAttribute", "LoadBalancerId", id, "ListenerPort", "8000")
                .path("HealthyThreshold").asInt()).isEqualTo(7);
    }

    /** Conformance recipes: each SLB action's answers held to the metadata, the fuzz thrown at each. */
    public static class Recipe implements Recipes.RecipeBook {
        /** [load balancer, instance] of a new intranet load balancer in a new vSwitch, with an instance there. */
        static String[] setup(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.60.0.0/16").path("VpcId").asString();
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.60.1.0/24",
                    "ZoneId", REGION + "-h").path("VSwitchId").asString();
            String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId", vpc).path("SecurityGroupId")
                    .asString();
            String instance = api.ecs("RunInstances", "RegionId", REGION, "ZoneId", REGION + "-h", "ImageId",
                    "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large", "SecurityGroupId", group,
                    "VSwitchId", vsw).path("InstanceIdSets").path("InstanceIdSet").get(0).asString();
            String lb = api.slb("CreateLoadBalancer", "RegionId", REGION, "AddressType", "intranet", "VSwitchId", vsw,
                    "LoadBalancerSpec", "slb.s1.small").path("LoadBalancerId").asString();
            return new String[] {lb, instance};
        }

        private static String withListeners(AliyunApi api) {
            String lb = setup(api)[0];
            api.slb("CreateLoadBalancerTCPListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "80",
                    "BackendServerPort", "80", "Bandwidth", "-1");
            api.slb("CreateLoadBalancerUDPListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "53",
                    "BackendServerPort", "53", "Bandwidth", "-1");
            api.slb("CreateLoadBalancerHTTPListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "8080",
                    "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off");
            return lb;
        }

        private static String withBackend(AliyunApi api) {
            String[] s = setup(api);
            api.slb("AddBackendServers", "RegionId", REGION, "LoadBalancerId", s[0], "BackendServers",
                    "[{\"ServerId\":\"" + s[1] + "\",\"Weight\":\"100\"}]");
            return s[0] + "," + s[1];
        }

        private static String[] lbParams(String lb, String... more) {
            String[] out = new String[4 + more.length];
            out[0] = "RegionId";
            out[1] = REGION;
            out[2] = "LoadBalancerId";
            out[3] = lb;
            System.arraycopy(more, 0, out, 4, more.length);
            return out;
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateLoadBalancer", api -> AliyunApi.params("RegionId", REGION, "AddressType", "internet"))
                    .fails("MissingParam.VSwitchId", api -> AliyunApi.params("RegionId", REGION, "AddressType", "intranet"));
            r.slb("DescribeLoadBalancers", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId", setup(api)[0]));
            r.slb("DescribeLoadBalancerAttribute", api -> AliyunApi.params(lbParams(withBackend(api).split(",")[0])))
                    .fails("InvalidLoadBalancerId.NotFound", api -> AliyunApi.params(lbParams("lb-nothere")));
            r.slb("SetLoadBalancerName", api -> AliyunApi.params(lbParams(setup(api)[0], "LoadBalancerName", "n")))
                    .fails("InvalidLoadBalancerId.NotFound", api -> AliyunApi.params(lbParams("lb-nothere",
                            "LoadBalancerName", "n")));
            r.slb("SetLoadBalancerStatus", api -> AliyunApi.params(lbParams(setup(api)[0], "LoadBalancerStatus",
                    "inactive")));
            r.slb("SetLoadBalancerDeleteProtection", api -> AliyunApi.params(lbParams(setup(api)[0],
                    "DeleteProtection", "on")));
            r.slb("ModifyLoadBalancerInstanceSpec", api -> AliyunApi.params(lbParams(setup(api)[0],
                    "LoadBalancerSpec", "slb.s2.small")));
            r.slb("ModifyLoadBalancerInternetSpec", api -> AliyunApi.params(lbParams(setup(api)[0], "Bandwidth", "10",
                    "InternetChargeType", "paybybandwidth")));
            r.slb("DeleteLoadBalancer", api -> AliyunApi.params(lbParams(withListeners(api))))
                    .fails("OperationDenied.DeleteProtectionIsOn", api -> {
                        String lb = setup(api)[0];
                        api.slb("SetLoadBalancerDeleteProtection", lbParams(lb, "DeleteProtection", "on"));
                        return AliyunApi.params(lbParams(lb));
                    });
            r.slb("CreateLoadBalancerTCPListener", api -> AliyunApi.params(lbParams(setup(api)[0], "ListenerPort", "80",
                    "BackendServerPort", "80", "Bandwidth", "-1"))).fails("InvalidParameter.ListenerPortConflict",
                    api -> AliyunApi.params(
                    lbParams(withListeners(api), "ListenerPort", "8080", "BackendServerPort", "80", "Bandwidth", "-1")));
            r.slb("CreateLoadBalancerUDPListener", api -> AliyunApi.params(lbParams(setup(api)[0], "ListenerPort", "80",
                    "BackendServerPort", "80", "Bandwidth", "-1")));
            r.slb("CreateLoadBalancerHTTPListener", api -> AliyunApi.params(lbParams(setup(api)[0], "ListenerPort", "80",
                    "BackendServerPort", "80", "Bandwidth", "-1", "StickySession", "off", "HealthCheck", "off")));
            for (String p : List.of("TCP", "UDP", "HTTP")) {
                String port = p.equals("TCP") ? "80" : p.equals("UDP") ? "53" : "8080";
                r.slb("DescribeLoadBalancer" + p + "ListenerAttribute", api -> AliyunApi.params(lbParams(
                        withListeners(api), "ListenerPort", port))).fails("ListenerNotFound", api -> AliyunApi.params(
                        lbParams(setup(api)[0], "ListenerPort", port)));
                r.slb("SetLoadBalancer" + p + "ListenerAttribute", api -> AliyunApi.params(lbParams(withListeners(api),
                        "ListenerPort", port, "Description", "d")));
            }
            r.slb("StartLoadBalancerListener", api -> AliyunApi.params(lbParams(withListeners(api), "ListenerPort", "80")))
                    .fails("ListenerNotFound", api -> AliyunApi.params(lbParams(setup(api)[0], "ListenerPort", "80")));
            r.slb("StopLoadBalancerListener", api -> AliyunApi.params(lbParams(withListeners(api), "ListenerPort", "80")));
            r.slb("DeleteLoadBalancerListener", api -> AliyunApi.params(lbParams(withListeners(api), "ListenerPort", "80")));
            r.slb("DescribeLoadBalancerListeners", api -> AliyunApi.params("RegionId", REGION, "LoadBalancerId.1",
                    withListeners(api)));
            r.slb("AddBackendServers", api -> {
                String[] s = setup(api);
                return AliyunApi.params(lbParams(s[0], "BackendServers", "[{'ServerId':'" + s[1] + "','Weight':'100'}]"));
            }).fails("InvalidServerId.NotFound", api -> AliyunApi.params(lbParams(setup(api)[0], "BackendServers",
                    "[{\"ServerId\":\"i-nothere\"}]")));
            r.slb("SetBackendServers", api -> {
                String[] s = withBackend(api).split(",");
                return AliyunApi.params(lbParams(s[0], "BackendServers", "[{'ServerId':'" + s[1] + "','Weight':'10'}]"));
            });
            r.slb("RemoveBackendServers", api -> {
                String[] s = withBackend(api).split(",");
                return AliyunApi.params(lbParams(s[0], "BackendServers", "[{'ServerId':'" + s[1] + "'}]"));
            });
            r.slb("TagResources", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "instance",
                    "ResourceId.1", setup(api)[0], "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.slb("UntagResources", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "instance",
                    "ResourceId.1", setup(api)[0], "TagKey.1", "k"));
            r.slb("ListTagResources", api -> AliyunApi.params("RegionId", REGION, "ResourceType", "instance",
                    "ResourceId.1", setup(api)[0]));
            r.slb("DescribeRegions", api -> AliyunApi.params());
            r.slb("DescribeZones", api -> AliyunApi.params("RegionId", REGION));
        }
    }
}
