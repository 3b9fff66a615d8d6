package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;

/**
 * ModifyUHostIP, the console's "change the private IP" (after the guest's own configuration, the host stopped): a free
 * address of the host's own subnet, the old one free again for another host. Refused: a running host (8010), a
 * PreviousIpAddress that is not the host's, an address outside the subnet or another host's (230), an unknown host.
 */
class UhostModifyIpScenarioTest extends StackScenario {
    private String privateIp(String host) throws Exception {
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host).uhostSet.get(0)
                .ipSet.stream().filter(s -> s.type.equals("Private")).findFirst().orElseThrow().ip;
    }

    private Object[] modify(String host, String present, String... previous) {
        return previous.length == 0 ? new Object[] {"Zone", ZONE, "UHostId", host, "PresentIpAddress", present}
                : new Object[] {"Zone", ZONE, "UHostId", host, "PresentIpAddress", present, "PreviousIpAddress",
                previous[0]};
    }

    @Test
    void aStoppedHostTakesAnotherAddressOfItsSubnet() throws Exception {
        TwoSubnets net = twoSubnets(41);
        String host = runningHostIn(net.vpc(), net.in(), "readdressed").uhostId;
        String neighbour = runningHostIn(net.vpc(), net.in(), "neighbour").uhostId;
        String before = privateIp(host);

        refused(8010, "ModifyUHostIP", modify(host, "10.41.1.77"));
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", host);
        refused(230, "ModifyUHostIP", modify(host, "10.41.1.77", "10.41.1.99"));
        refused(230, "ModifyUHostIP", modify(host, "10.41.2.77"));
        refused(230, "ModifyUHostIP", modify(host, privateIp(neighbour)));
        refused(8039, "ModifyUHostIP", modify("uhost-missing", "10.41.1.78"));
        assertThat(privateIp(host)).isEqualTo(before);

        assertThat(call(UHostIdResponse.class, "ModifyUHostIP", modify(host, "10.41.1.77", before)).uhostId)
                .isEqualTo(host);
        assertThat(privateIp(host)).isEqualTo("10.41.1.77");

        // the old address is free: another host of the subnet takes it
        String next = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "VPCId", net.vpc(), "SubnetId",
                net.in(), "PrivateIp.0", before, "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", 20).uhostIds.get(0);
        assertThat(privateIp(next)).isEqualTo(before);
    }

    /** A host a state document placed in no subnet has no block to take an address from: 230, not a missing subnet. */
    @Test
    void aHostInNoSubnetTakesNoAddress() throws Exception {
        String doc = "{\"instances\":[{\"cloud\":\"ucloud\",\"account\":\"1000000000000001\",\"region\":\"cn-bj2\","
                + "\"project\":\"org-default\",\"zone\":\"cn-bj2-02\",\"id\":\"uhost-nonet01\",\"name\":\"unplaced\","
                + "\"status\":\"Stopped\"}]}";
        assertThat(admin("POST", "/_cloudtwin/state", doc).statusCode()).isEqualTo(200);
        assertThat(refused(230, "ModifyUHostIP", modify("uhost-nonet01", "10.41.1.90")).getMessage())
                .contains("10.41.1.90");
    }
}
