package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.code;
import static org.assertj.core.api.Assertions.assertThat;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.CreateLoadBalancerHTTPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerUDPListenerRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeResponseBody;
import com.aliyun.slb20140515.models.SetLoadBalancerHTTPListenerAttributeRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.teaopenapi.models.Config;
import com.aliyuncs.CommonRequest;
import com.aliyuncs.DefaultAcsClient;
import com.aliyuncs.IAcsClient;
import com.aliyuncs.http.MethodType;
import com.aliyuncs.http.ProtocolType;
import com.aliyuncs.profile.DefaultProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_slb_listener's acl_ids, server_group_id and master_slave_server_group_id name an ACL or a server group of
 * the same load balancer. ACLs and master-slave groups cannot exist here (the SLB actions that make them are not
 * served), and no VServer group named rsp-nothere does (VServerGroupTest makes real ones), so a listener that names
 * one is refused with the action's documented code, and nothing changes; the provider's empty AclId names nothing and
 * passes. An unknown load balancer is reported before what the listener names.
 */
class SlbReferencesTest extends ServerTestBase {
    private Client slb;

    @BeforeEach
    void client() throws Exception {
        slb = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    /** The provider's BuildSlbCommonRequest: a GET CommonRequest of SLB 2014-05-15. */
    private void common(String action, String... kv) throws Exception {
        IAcsClient classic = new DefaultAcsClient(DefaultProfile.getProfile(REGION, AK, SECRET));
        CommonRequest r = new CommonRequest();
        r.setSysDomain(endpoint());
        r.setSysProtocol(ProtocolType.HTTP);
        r.setSysMethod(MethodType.GET);
        r.setSysVersion("2014-05-15");
        r.setSysAction(action);
        r.putQueryParameter("RegionId", REGION);
        for (int i = 0; i < kv.length; i += 2) r.putQueryParameter(kv[i], kv[i + 1]);
        classic.getCommonResponse(r);
    }

    private CreateLoadBalancerTCPListenerRequest tcp(String lb, int port) {
        return new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)
                .setBackendServerPort(80).setBandwidth(-1).setAclStatus("off").setScheduler("wrr");
    }

    private DescribeLoadBalancerTCPListenerAttributeResponseBody read(String lb, int port) throws Exception {
        return slb.describeLoadBalancerTCPListenerAttribute(new DescribeLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)).getBody();
    }

    @Test
    void aListenerNamingAGroupOrAclThatIsNotTheLoadBalancersIsRefused() throws Exception {
        String lb = slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION).setAddressType("internet"))
                .getBody().getLoadBalancerId();

        assertThat(code(() -> slb.createLoadBalancerTCPListener(tcp(lb, 80).setVServerGroupId("rsp-nothere"))))
                .isEqualTo("ResourceNotFound.VServerGroup");
        assertThat(code(() -> slb.createLoadBalancerTCPListener(tcp(lb, 80).setMasterSlaveServerGroupId("rsp-nothere"))))
                .isEqualTo("InvalidParameter");
        assertThat(code(() -> slb.createLoadBalancerTCPListener(tcp(lb, 80).setVServerGroupId("rsp-a")
                .setMasterSlaveServerGroupId("rsp-b")))).isEqualTo("Abs.VServerGroupIdAndMasterSlaveServerGroupId.MissMatch");
        assertThat(code(() -> slb.createLoadBalancerTCPListener(tcp(lb, 80).setAclId("acl-nothere").setAclStatus("on")
                .setAclType("white")))).isEqualTo("AclNotExist");
        assertThat(code(() -> slb.createLoadBalancerUDPListener(new CreateLoadBalancerUDPListenerRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(53).setBackendServerPort(53).setBandwidth(-1)
                .setVServerGroupId("rsp-nothere")))).isEqualTo("ResourceNotFound.VServerGroup");
        // HTTP documents neither not-found code for a server group: InvalidParameter naming it
        assertThat(code(() -> slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(8080).setBandwidth(-1).setStickySession("off")
                .setHealthCheck("off").setVServerGroupId("rsp-nothere")))).isEqualTo("InvalidParameter");
        assertThat(code(() -> slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(8080).setBackendServerPort(80).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("off").setAclId("acl-nothere")))).isEqualTo("AclNotExist");
        assertThat(code(() -> slb.createLoadBalancerTCPListener(tcp("lb-nothere000000000", 80).setAclId("acl-nothere"))))
                .as("the load balancer first").isEqualTo("InvalidLoadBalancerId.NotFound");
        assertThat(slb.describeLoadBalancerAttribute(new DescribeLoadBalancerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb)).getBody().getListenerPortsAndProtocol().getListenerPortAndProtocol())
                .as("the refused ones made nothing").isEmpty();

        // the provider's own create, a CommonRequest GET: AclId "" when no ACLs
        common("CreateLoadBalancerTCPListener", "LoadBalancerId", lb, "ListenerPort", "80", "BackendServerPort", "80",
                "Bandwidth", "-1", "AclStatus", "off", "AclId", "", "Scheduler", "wrr");
        assertThat(read(lb, 80).getAclId()).isEmpty();

        assertThat(code(() -> slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(80).setScheduler("wlc")
                .setVServerGroupId("rsp-nothere")))).isEqualTo("ResourceNotFound.VServerGroup");
        assertThat(code(() -> slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(80).setScheduler("wlc")
                .setAclId("acl-nothere")))).as("Set documents no AclNotExist").isEqualTo("InvalidParameter");
        var unchanged = read(lb, 80);
        assertThat(unchanged.getScheduler()).as("a refused Set changes nothing").isEqualTo("wrr");
        assertThat(unchanged.getVServerGroupId()).isEmpty();
        common("SetLoadBalancerTCPListenerAttribute", "LoadBalancerId", lb, "ListenerPort", "80", "Scheduler", "wlc",
                "AclId", "");
        assertThat(read(lb, 80).getScheduler()).isEqualTo("wlc");

        slb.createLoadBalancerHTTPListener(new CreateLoadBalancerHTTPListenerRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(8080).setBackendServerPort(80).setBandwidth(-1)
                .setStickySession("off").setHealthCheck("off"));
        assertThat(code(() -> slb.setLoadBalancerHTTPListenerAttribute(new SetLoadBalancerHTTPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(8080).setStickySession("off").setHealthCheck("off")
                .setVServerGroupId("rsp-nothere")))).isEqualTo("InvalidParameter");
    }
}
