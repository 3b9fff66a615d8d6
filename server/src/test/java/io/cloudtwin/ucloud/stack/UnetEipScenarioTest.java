package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.ucloud.stack.StackApi.AllocateEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeULBResponse;
import io.cloudtwin.ucloud.stack.StackApi.GetEIPPayModeResponse;
import io.cloudtwin.ucloud.stack.StackApi.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.UnetEIPSet;

/**
 * ucloud_eip and ucloud_eip_association as terraform-provider-ucloud (v1.39.2, resource_ucloud_eip*.go,
 * service_ucloud_unet.go) drives them, through the real UCloud Java client: AllocateEIP with the provider's values
 * (OperatorName Bgp, ChargeType Month, PayMode Bandwidth), the waiter on DescribeEIP (EIPIds.0) until free, the updates
 * (ModifyEIPBandwidth, SetEIPPayMode, UpdateEIPAttribute), BindEIP with the ResourceType taken from the id's prefix and
 * its wait for used, UnBindEIP, and the release loop that ends on an empty EIPSet. Then the rules, their races and the
 * state round trip.
 */
class UnetEipScenarioTest extends StackScenario {
    /** ucloud_eip create: AllocateEIP as the provider sends it; exactly one EIPSet element. */
    private String allocate(String name) throws Exception {
        AllocateEIPResponse r = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "ChargeType",
                "Month", "PayMode", "Bandwidth", "Bandwidth", 2, "Quantity", 1, "Name", name, "Tag", "Default");
        assertThat(r.eipSet).hasSize(1);
        return r.eipSet.get(0).eipId;
    }

    /** describeEIPById: null when the EIPSet is empty (gone). */
    private UnetEIPSet describe(String id) throws Exception {
        List<UnetEIPSet> set = call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", id).eipSet;
        return set.isEmpty() ? null : set.get(0);
    }

    @Test
    void terraformEipAndItsAssociations() throws Exception {
        String host = runningHost(ZONE);
        AllocateEIPResponse made = call(AllocateEIPResponse.class, "AllocateEIP", "OperatorName", "Bgp", "ChargeType",
                "Month", "PayMode", "Bandwidth", "Bandwidth", 2, "Quantity", 1, "Name", "tf-eip", "Tag", "Default",
                "Remark", "web");
        String eip = made.eipSet.get(0).eipId;
        assertThat(eip).matches("eip-[a-z0-9]{8}");
        String ip = made.eipSet.get(0).eipAddr.get(0).ip;
        assertThat(ip).startsWith("198.1");
        UnetEIPSet read = describe(eip);
        assertThat(read.status).isEqualTo("free");
        assertThat(read.bandwidth).isEqualTo(2);
        assertThat(read.chargeType).isEqualTo("Month");
        assertThat(read.payMode).isEqualTo("Bandwidth");
        assertThat(read.name).isEqualTo("tf-eip");
        assertThat(read.tag).isEqualTo("Default");
        assertThat(read.remark).isEqualTo("web");
        assertThat(read.createTime).isPositive();
        assertThat(read.eipAddr).singleElement().satisfies(a -> {
            assertThat(a.ip).isEqualTo(ip);
            assertThat(a.operatorName.toLowerCase()).as("internet_type reads it lower-cased").isEqualTo("bgp");
        });

        // updates: each followed by the waiter (free or used)
        call(Response.class, "ModifyEIPBandwidth", "EIPId", eip, "Bandwidth", 5);
        call(Response.class, "SetEIPPayMode", "EIPId", eip, "PayMode", "Traffic", "Bandwidth", 5);
        // the baremetal resource reads the pay mode back with GetEIPPayMode (EIPId.N)
        var modes = call(GetEIPPayModeResponse.class, "GetEIPPayMode", "EIPId.0", eip).eipPayMode;
        assertThat(modes).singleElement().satisfies(m -> assertThat(m.eipId + " " + m.eipPayMode)
                .isEqualTo(eip + " Traffic"));
        refused(4210, "GetEIPPayMode", "EIPId.0", eip, "EIPId.1", "eip-missing");
        call(Response.class, "UpdateEIPAttribute", "EIPId", eip, "Name", "tf-eip-2", "Tag", "web", "Remark", "r2");
        assertThat(describe(eip)).satisfies(e -> {
            assertThat(e.bandwidth).isEqualTo(5);
            assertThat(e.payMode).isEqualTo("Traffic");
            assertThat(e.name + " " + e.tag + " " + e.remark).isEqualTo("tf-eip-2 web r2");
        });

        // ucloud_eip_association with a host: BindEIP (ResourceType from the id's prefix), wait for used, read
        call(Response.class, "BindEIP", "EIPId", eip, "ResourceId", host, "ResourceType", "uhost");
        UnetEIPSet used = describe(eip);
        assertThat(used.status).isEqualTo("used");
        assertThat(used.resource.resourceId).isEqualTo(host);
        assertThat(used.resource.deprecatedResourceId).as("ucloud_eip's resource.id").isEqualTo(host);
        assertThat(used.resource.resourceType).isEqualTo("uhost");
        assertThat(used.resource.resourceName).isNotEmpty();
        // ucloud_instance reads its public_ip from the host's IPSet: an element of Type BGP
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host).uhostSet
                .get(0).ipSet).as(tf.lastBody()).filteredOn(i -> i.type.equals("BGP")).extracting(i -> i.ip).containsExactly(ip);

        // the rules: a bound EIP is not released (4212) nor bound elsewhere (4212); a host holds one (4154)
        refused(4212, "ReleaseEIP", "EIPId", eip);
        String other = runningHost(ZONE);
        refused(4212, "BindEIP", "EIPId", eip, "ResourceId", other, "ResourceType", "uhost");
        String second = allocate("second");
        refused(4154, "BindEIP", "EIPId", second, "ResourceId", host, "ResourceType", "uhost");
        refused(4218, "BindEIP", "EIPId", second, "ResourceId", "natgw-nothere0", "ResourceType", "natgw");
        refused(4218, "BindEIP", "EIPId", second, "ResourceId", "uhost-nothere0", "ResourceType", "uhost");
        refused(4210, "BindEIP", "EIPId", "eip-nothere0", "ResourceId", host, "ResourceType", "uhost");
        refused(4232, "AllocateEIP", "OperatorName", "Bgp", "Bandwidth", 2, "Count", 11);
        refused(230, "AllocateEIP", "OperatorName", "Bgp", "Bandwidth", 0);
        // PayMode ShareBandwidth names the share bandwidth (ShareBandwidthScenarioTest)
        refused(220, "AllocateEIP", "OperatorName", "Bgp", "Bandwidth", 0, "PayMode", "ShareBandwidth");

        // ucloud_eip_association destroy: DescribeEIP, UnBindEIP, DescribeEIP (free)
        call(Response.class, "UnBindEIP", "EIPId", eip, "ResourceId", host, "ResourceType", "uhost");
        assertThat(describe(eip).status).isEqualTo("free");
        assertThat(describe(eip).resource.resourceId).isEmpty();
        assertThat(describe(eip).resource.deprecatedResourceId).isEmpty();
        refused(4203, "UnBindEIP", "EIPId", eip, "ResourceId", host, "ResourceType", "uhost");

        // a ULB takes one too, and DescribeULB shows it in IPSet
        String lb = call(CreateULBResponse.class, "CreateULB", "ULBName", "tf-lb", "OuterMode", "Yes").ulbId;
        call(Response.class, "BindEIP", "EIPId", eip, "ResourceId", lb, "ResourceType", "ulb");
        assertThat(describe(eip).resource.resourceType).isEqualTo("ulb");
        assertThat(call(DescribeULBResponse.class, "DescribeULB", "ULBId", lb).dataSet.get(0).ipSet)
                .singleElement().satisfies(s -> {
                    assertThat(s.eipId).isEqualTo(eip);
                    assertThat(s.eip).isEqualTo(ip);
                });
        refused(4203, "UnBindEIP", "EIPId", eip, "ResourceId", lb, "ResourceType", "uhost");
        // deleting the ULB frees its EIP
        call(Response.class, "DeleteULB", "ULBId", lb);
        assertThat(describe(eip).status).isEqualTo("free");

        // ucloud_eip destroy: ReleaseEIP, then DescribeEIP: an empty EIPSet is gone
        call(Response.class, "ReleaseEIP", "EIPId", eip);
        assertThat(describe(eip)).isNull();
        refused(4210, "ReleaseEIP", "EIPId", eip);

        // a host's termination frees its EIP
        call(Response.class, "BindEIP", "EIPId", second, "ResourceId", other, "ResourceType", "uhost");
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", other);
        call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance", "UHostId", other);
        assertThat(describe(second).status).isEqualTo("free");

        // listing: filters and paging
        String third = allocate("third");
        DescribeEIPResponse all = call(DescribeEIPResponse.class, "DescribeEIP");
        assertThat(all.totalCount).isEqualTo(2);
        assertThat(all.unbindCount).isEqualTo(2);
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "Offset", 1, "Limit", 1).eipSet)
                .extracting(e -> e.eipId).containsExactly(third);
        String thirdIp = describe(third).eipAddr.get(0).ip;
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "IPs.0", thirdIp).eipSet)
                .extracting(e -> e.eipId).containsExactly(third);
        assertThat(describe("eip-nothere0")).as("gone: RetCode 0 and an empty EIPSet").isNull();
    }

    @Test
    void oneEipBoundTwiceAtOnceGoesToOneHost() throws Exception {
        String a = runningHost(ZONE);
        String b = runningHost(ZONE);
        for (int round = 0; round < 8; round++) {
            String eip = allocate("race-" + round);
            int[] codes = race(() -> retCode("BindEIP", "EIPId", eip, "ResourceId", a, "ResourceType", "uhost"),
                    () -> retCode("BindEIP", "EIPId", eip, "ResourceId", b, "ResourceType", "uhost"));
            assertThat(codes).containsExactlyInAnyOrder(0, 4212);
            assertThat(describe(eip).resource.resourceId).isEqualTo(codes[0] == 0 ? a : b);
            call(Response.class, "UnBindEIP", "EIPId", eip, "ResourceId", codes[0] == 0 ? a : b, "ResourceType",
                    "uhost");
        }
    }

    @Test
    void twoEipsForOneHostAtOnceOnlyOneIsBound() throws Exception {
        String a = runningHost(ZONE);
        for (int round = 0; round < 8; round++) {
            String x = allocate("x-" + round);
            String y = allocate("y-" + round);
            int[] codes = race(() -> retCode("BindEIP", "EIPId", x, "ResourceId", a, "ResourceType", "uhost"),
                    () -> retCode("BindEIP", "EIPId", y, "ResourceId", a, "ResourceType", "uhost"));
            assertThat(codes).containsExactlyInAnyOrder(0, 4154);
            String bound = codes[0] == 0 ? x : y;
            assertThat(describe(bound).status).isEqualTo("used");
            assertThat(describe(codes[0] == 0 ? y : x).status).isEqualTo("free");
            call(Response.class, "UnBindEIP", "EIPId", bound, "ResourceId", a, "ResourceType", "uhost");
        }
    }

    @Test
    void anEipBoundWhileReleasedIsEitherBoundOrGone() throws Exception {
        String a = runningHost(ZONE);
        for (int round = 0; round < 8; round++) {
            String eip = allocate("r-" + round);
            int[] codes = race(() -> retCode("BindEIP", "EIPId", eip, "ResourceId", a, "ResourceType", "uhost"),
                    () -> retCode("ReleaseEIP", "EIPId", eip));
            if (codes[0] == 0) {
                assertThat(codes[1]).isEqualTo(4212);
                assertThat(describe(eip).status).isEqualTo("used");
                call(Response.class, "UnBindEIP", "EIPId", eip, "ResourceId", a, "ResourceType", "uhost");
            } else {
                assertThat(codes).containsExactly(4210, 0);
                assertThat(describe(eip)).isNull();
            }
        }
    }

    /** ModifyEIPWeight (0..100, 50 until set) as DescribeEIP's Weight; EIPs, bindings and weights in the state. */
    @Test
    void eipsBoundToHostsAndLoadBalancersSurviveAStateRoundTrip() throws Exception {
        String host = runningHost(ZONE);
        String lb = call(CreateULBResponse.class, "CreateULB", "ULBName", "lb", "OuterMode", "Yes").ulbId;
        String onHost = allocate("on-host");
        String onLb = allocate("on-lb");
        call(Response.class, "BindEIP", "EIPId", onHost, "ResourceId", host, "ResourceType", "uhost");
        call(Response.class, "BindEIP", "EIPId", onLb, "ResourceId", lb, "ResourceType", "ulb");
        assertThat(describe(onLb).weight).as("until set").isEqualTo(50);
        call(Response.class, "ModifyEIPWeight", "EIPId", onLb, "Weight", 80);
        call(Response.class, "ModifyEIPWeight", "EIPId", onHost, "Weight", 0);
        refused(230, "ModifyEIPWeight", "EIPId", onHost, "Weight", 101);
        refused(230, "ModifyEIPWeight", "EIPId", onHost, "Weight", -1);
        refused(4210, "ModifyEIPWeight", "EIPId", "eip-missing0", "Weight", 10);
        assertThat(describe(onHost).weight).isZero();
        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(describe(onHost).resource.resourceId).isEqualTo(host);
        assertThat(describe(onLb).resource.resourceId).isEqualTo(lb);
        assertThat(describe(onLb).weight + " " + describe(onHost).weight).as("weights come back").isEqualTo("80 0");
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("eips"))
                .isEqualTo(exported.get("eips"));
    }
}
