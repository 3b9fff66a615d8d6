package io.cloudtwin.ucloud.stack;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.net.StrictClient;
import io.cloudtwin.ucloud.net.StrictJson.Partial;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeEIPResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUDiskResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.FWIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.SubnetIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.UDiskDataSet;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;
import io.cloudtwin.ucloud.stack.StackApi.VPCIdResponse;

/**
 * What the UCloud stack's scenario tests share: the provider's client (strict decoding, region cn-bj2, the default
 * project), a call, a refusal with its RetCode, and two requests started together for a race.
 */
abstract class StackScenario extends ServerTestBase {
    static final String REGION = "cn-bj2";
    static final String ZONE = "cn-bj2-02";
    static final JsonMapper JSON = JsonMapper.builder().build();

    StrictClient tf;
    ExecutorService pool;

    /** Any answer: a race reads only its RetCode. */
    @Partial
    static class AnyResponse extends Response {}

    @BeforeEach
    void client() {
        tf = new StrictClient(baseUrl(), REGION, "org-default", UCLOUD_PUBLIC, UCLOUD_PRIVATE);
        pool = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    <T extends Response> T call(Class<T> type, String action, Object... kv) throws Exception {
        return tf.call(new SdkCall(action, kv), type);
    }

    /** A host of the zone with a 20 GB cloud SSD boot disk, once it is Running (what most scenarios start from). */
    String runningHost(String zone) throws Exception {
        return awaitRunning(call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", zone, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Disks.0.IsBoot", "true",
                "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0)).uhostId;
    }

    /** A small named host in a subnet of a VPC, once it is Running; its description (its address in IPSet). */
    UHostInstanceSet runningHostIn(String vpc, String subnet, String name) throws Exception {
        return awaitRunning(call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", ZONE, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Name", name, "CPU", 1,
                "Memory", 1024, "VPCId", vpc, "SubnetId", subnet, "Disks.0.IsBoot", "true", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0));
    }

    private UHostInstanceSet awaitRunning(String id) throws Exception {
        for (int i = 0; i < 100; i++) {
            var set = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet;
            if (!set.isEmpty() && set.get(0).state.equals("Running")) return set.get(0);
            Thread.sleep(20);
        }
        throw new AssertionError(id + " never ran");
    }

    /** A VPC with two subnets and a firewall: the network a NAT gateway's scenarios stand in. */
    record TwoSubnets(String vpc, String in, String out, String firewall) {}

    /** VPC 10.b.0.0/16 with subnets 10.b.1.0/24 ("in") and 10.b.2.0/24 ("out"), and a firewall opening port 22. */
    TwoSubnets twoSubnets(int b) throws Exception {
        String vpc = call(VPCIdResponse.class, "CreateVPC", "Name", "vpc-" + b, "Network.0", "10." + b + ".0.0/16")
                .vpcId;
        String in = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".1.0",
                "Netmask", 24, "SubnetName", "in").subnetId;
        String out = call(SubnetIdResponse.class, "CreateSubnet", "VPCId", vpc, "Subnet", "10." + b + ".2.0",
                "Netmask", 24, "SubnetName", "out").subnetId;
        String fw = call(FWIdResponse.class, "CreateFirewall", "Name", "fw-" + b, "Rule.0",
                "TCP|22|0.0.0.0/0|ACCEPT|HIGH").fwId;
        return new TwoSubnets(vpc, in, out, fw);
    }

    /** An EIP's public address, as DescribeEIP answers it. */
    String eipAddress(String eip) throws Exception {
        return call(DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", eip).eipSet.get(0).eipAddr.get(0).ip;
    }

    /** describeDiskById as the provider reads a UDisk: DescribeUDisk by UDiskId only; null when the DataSet is empty. */
    UDiskDataSet describeDisk(String id) throws Exception {
        List<UDiskDataSet> set = call(DescribeUDiskResponse.class, "DescribeUDisk", "UDiskId", id).dataSet;
        return set.isEmpty() ? null : set.get(0);
    }

    RetCodeException refused(int retCode, String action, Object... kv) {
        return tf.refused(new SdkCall(action, kv), retCode);
    }

    /** The model a race's answers are decoded into (they are read for their RetCode only). */
    Class<? extends Response> raceModel() {
        return AnyResponse.class;
    }

    /** 0, or the RetCode of the refusal. */
    int retCode(String action, Object... kv) {
        try {
            tf.call(new SdkCall(action, kv), raceModel());
            return 0;
        } catch (RetCodeException e) {
            return e.getRetCode();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Two calls started together; their RetCodes. */
    int[] race(Callable<Integer> x, Callable<Integer> y) throws Exception {
        CountDownLatch go = new CountDownLatch(1);
        Future<Integer> fx = pool.submit(() -> {
            go.await();
            return x.call();
        });
        Future<Integer> fy = pool.submit(() -> {
            go.await();
            return y.call();
        });
        go.countDown();
        return new int[] {fx.get(), fy.get()};
    }
}
