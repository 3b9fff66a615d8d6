package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostIPSet;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;
import io.cloudtwin.ucloud.stack.StackApi.UnetEIPSet;

/**
 * ucloud-cli's quick start in one command, "ucloud uhost create ... --create-eip-bandwidth-mb 1": CreateUHostInstance
 * with NetworkInterface.0.EIP (Bandwidth, OperatorName, PayMode), then, as products/uhost create.go does, the host's
 * IPSet read until it holds a public address with an IPId; the EIP is an ordinary one (DescribeEIP, unbind, release).
 */
class UhostWithEipScenarioTest extends StackScenario {
    private static final Object[] HOST = {"Zone", ZONE, "ImageId", "uimage-c79x64", "LoginMode", "Password",
        "Password", "cGFzc3dvcmQx", "CPU", 1, "Memory", 1024, "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD",
        "Disks.0.Size", 20};

    private static Object[] host(Object... more) {
        Object[] all = new Object[HOST.length + more.length];
        System.arraycopy(HOST, 0, all, 0, HOST.length);
        System.arraycopy(more, 0, all, HOST.length, more.length);
        return all;
    }

    private UHostInstanceSet describe(String id) throws Exception {
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet.get(0);
    }

    /** The CLI's getEIPByUHostId: the first IPSet element that is not Private and has an IPId. */
    private static UHostIPSet publicIp(UHostInstanceSet h) {
        return h.ipSet.stream().filter(ip -> !ip.type.equals("Private") && ip.ipId != null && !ip.ipId.isEmpty())
                .findFirst().orElse(null);
    }

    private UnetEIPSet eip(String id) throws Exception {
        return call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", id).eipSet.get(0);
    }

    @Test
    void theCliCreatesAHostWithItsOwnEip() throws Exception {
        String id = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", host("Name", "quick",
                "NetworkInterface.0.EIP.Bandwidth", 1, "NetworkInterface.0.EIP.OperatorName", "Bgp",
                "NetworkInterface.0.EIP.PayMode", "Bandwidth")).uhostIds.get(0);
        UHostIPSet ip = publicIp(describe(id));
        assertThat(ip).as("the CLI finds the host's EIP at its first read").isNotNull();
        assertThat(ip.type).isEqualTo("Bgp");
        assertThat(ip.bandwidth).isEqualTo(1);

        UnetEIPSet e = eip(ip.ipId);
        assertThat(e.eipAddr.get(0).ip).isEqualTo(ip.ip);
        assertThat(List.of(e.status, e.payMode, e.name, e.tag, e.resource.resourceType, e.resource.resourceId))
                .containsExactly("used", "Bandwidth", "EIP", "Default", "uhost", id);
        assertThat(e.bandwidth).isEqualTo(1);

        // the EIP is an ordinary one: it can be unbound from the host and released
        call(AnyResponse.class, "UnBindEIP", "EIPId", ip.ipId, "ResourceType", "uhost", "ResourceId", id);
        assertThat(publicIp(describe(id))).isNull();
        call(AnyResponse.class, "ReleaseEIP", "EIPId", ip.ipId);
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", ip.ipId).eipSet).isEmpty();
    }

    @Test
    void eachHostOfOneRequestGetsAnEipOfItsOwn() throws Exception {
        List<String> ids = call(CreateUHostInstanceResponse.class, "CreateUHostInstance", host("MaxCount", 3,
                "NetworkInterface.0.EIP.Bandwidth", 2, "NetworkInterface.0.EIP.PayMode", "Traffic")).uhostIds;
        var eips = new HashSet<String>();
        var addresses = new HashSet<String>();
        for (String id : ids) {
            UHostIPSet ip = publicIp(describe(id));
            assertThat(ip).isNotNull();
            eips.add(ip.ipId);
            addresses.add(ip.ip);
            assertThat(eip(ip.ipId).payMode).isEqualTo("Traffic");
        }
        assertThat(eips).hasSize(3);
        assertThat(addresses).hasSize(3);

        // terminated with ReleaseEIP, a host's EIP goes with it
        String first = ids.get(0);
        String firstEip = publicIp(describe(first)).ipId;
        call(AnyResponse.class, "PoweroffUHostInstance", "UHostId", first);
        call(AnyResponse.class, "TerminateUHostInstance", "UHostId", first, "ReleaseEIP", true);
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", firstEip).eipSet).isEmpty();
    }

    @Test
    void aBadEipRequestCreatesNoHost() throws Exception {
        int hosts = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance").totalCount;
        int eips = call(DescribeEIPResponse.class, "DescribeEIP").totalCount;
        refused(230, "CreateUHostInstance", host("NetworkInterface.0.EIP.Bandwidth", 0));
        refused(230, "CreateUHostInstance", host("NetworkInterface.0.EIP.Bandwidth", 1,
                "NetworkInterface.0.EIP.PayMode", "Free"));
        refused(230, "CreateUHostInstance", host("NetworkInterface.0.EIP.Bandwidth", 1,
                "NetworkInterface.1.EIP.Bandwidth", 1));
        assertThat(call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance").totalCount).isEqualTo(hosts);
        assertThat(call(DescribeEIPResponse.class, "DescribeEIP").totalCount).isEqualTo(eips);
    }
}
