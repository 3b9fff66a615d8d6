package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.net.StrictClient;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.CreateUHostKeyPairResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeImageResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostKeyPairsResponse;
import io.cloudtwin.ucloud.stack.StackApi.ImportUHostKeyPairsResponse;
import io.cloudtwin.ucloud.stack.StackApi.TerminateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostIdResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;

/**
 * UHost key pairs as ucloud-cli uses them (terraform-provider-ucloud has no key pair resource; the CLI has no key pair
 * command, its help sends users to {@code ucloud api --Action DescribeUHostKeyPairs}): the pair made or imported with
 * {@code ucloud api}, then {@code ucloud uhost create --key-pair-id} (DescribeImage, CreateUHostInstance with
 * LoginMode KeyPair and the CLI's defaults, the poll until Running), {@code ucloud uhost delete} (Stop, the poll until
 * Stopped, Terminate), and the pair deleted. Each answer decoded strictly into the SDK models.
 */
class UhostKeyPairScenarioTest extends ServerTestBase {
    static final String REGION = "cn-bj2";
    static final String ZONE = "cn-bj2-03";
    static final String PROJECT = "org-default";
    /** ssh-keygen -t ed25519; ssh-keygen -l -E md5 prints this fingerprint. */
    static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHCzIhBSEUL8mJSXYnpQJmqgzlxJ/IuCAwWdRT1d9e6s test@cloudtwin";
    static final String ED25519_MD5 = "9a:8f:3f:2f:a9:11:18:4c:03:a3:8f:62:42:f9:7d:04";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StrictClient cli;

    @BeforeEach
    void cli() {
        cli = new StrictClient(baseUrl(), REGION, PROJECT, UCLOUD_PUBLIC, UCLOUD_PRIVATE);
    }

    private <T extends Response> T call(Class<T> type, String action, Object... kv) throws Exception {
        return cli.call(new SdkCall(action, kv), type);
    }

    private RetCodeException refused(int retCode, String action, Object... kv) {
        return cli.refused(new SdkCall(action, kv), retCode);
    }

    /** ucloud uhost create --cpu 4 --memory-gb 8 --image-id X --key-pair-id K: what the CLI sends, in its order. */
    private String uhostCreate(StrictClient client, String keyPairId) throws Exception {
        DescribeImageResponse image = client.call(new SdkCall("DescribeImage", "ImageId", "uimage-c79x64", "Zone", ZONE,
                "Limit", 50), DescribeImageResponse.class);
        assertThat(image.imageSet).singleElement().satisfies(i -> assertThat(i.features).contains("HotPlug"));
        CreateUHostInstanceResponse created = client.call(new SdkCall("CreateUHostInstance", "Zone", ZONE, "CPU", 4,
                "Memory", 8192, "ImageId", "uimage-c79x64", "LoginMode", "KeyPair", "KeyPairId", keyPairId,
                "Name", "UHost", "Tag", "Default", "ChargeType", "Month", "Quantity", 1, "MachineType", "O", "GPU", 0,
                "NetCapability", "Normal", "HotplugFeature", true,
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20, "Disks.0.BackupType", "NONE",
                "Disks.1.IsBoot", "False", "Disks.1.Type", "CLOUD_SSD", "Disks.1.Size", 20, "Disks.1.BackupType", "NONE"),
                CreateUHostInstanceResponse.class);
        assertThat(created.uhostIds).hasSize(1);
        return created.uhostIds.get(0);
    }

    /** The CLI's poller: DescribeUHostInstance (UHostIds.0, Zone) until the state, an empty set meaning "not yet". */
    private UHostInstanceSet pollUntil(String host, String state) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<UHostInstanceSet> set = call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance",
                    "UHostIds.0", host, "Zone", ZONE).uhostSet;
            if (!set.isEmpty() && set.get(0).state.equals(state)) return set.get(0);
            Thread.sleep(50);
        }
        throw new AssertionError(host + " never became " + state);
    }

    private List<UHostInstanceSet> describeHost(String host) throws Exception {
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", host).uhostSet;
    }

    @Test
    void cliQuickStartWithAKeyPair() throws Exception {
        // ucloud api --Action CreateUHostKeyPair --KeyPairName cli-key
        CreateUHostKeyPairResponse made = call(CreateUHostKeyPairResponse.class, "CreateUHostKeyPair",
                "KeyPairName", "cli-key");
        String pair = made.keyPair.keyPairId;
        assertThat(pair).matches("uhostkp-[a-z0-9]{8}");
        assertThat(made.keyPair.keyPairName).isEqualTo("cli-key");
        assertThat(made.keyPair.projectId).isEqualTo(PROJECT);
        assertThat(made.keyPair.privateKeyBody).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(made.keyPair.keyPairFingerPrint).matches("([0-9a-f]{2}:){15}[0-9a-f]{2}");
        assertThat(made.keyPair.createTime).isPositive();

        // ucloud api --Action DescribeUHostKeyPairs: the private key is never given again
        DescribeUHostKeyPairsResponse listed = call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs");
        assertThat(listed.totalCount).isEqualTo(1);
        assertThat(listed.keyPairs).singleElement().satisfies(k -> {
            assertThat(k.keyPairId).isEqualTo(pair);
            assertThat(k.keyPairFingerPrint).isEqualTo(made.keyPair.keyPairFingerPrint);
            assertThat(k.createTime).isEqualTo(made.keyPair.createTime);
        });

        // ucloud uhost create --key-pair-id: a transition delay makes the poller see Initializing first
        admin("PUT", "/_cloudtwin/transitions", "{\"delayMs\":300}");
        String host = uhostCreate(cli, pair);
        assertThat(describeHost(host).get(0).state).isEqualTo("Initializing");
        UHostInstanceSet running = pollUntil(host, "Running");
        assertThat(running.keyPair.keyPairId).isEqualTo(pair);
        assertThat(running.keyPair.keyPairState).isEqualTo("Normal");

        // ucloud uhost delete: Describe, Stop (Running), poll with the UHostId of the Stop answer, Terminate
        assertThat(describeHost(host)).singleElement().satisfies(h -> assertThat(h.state).isEqualTo("Running"));
        String stopped = call(UHostIdResponse.class, "StopUHostInstance", "UHostId", host).uhostId;
        assertThat(stopped).isEqualTo(host);
        pollUntil(stopped, "Stopped");
        TerminateUHostInstanceResponse t = call(TerminateUHostInstanceResponse.class, "TerminateUHostInstance",
                "UHostId", host, "Destroy", 0, "ReleaseEIP", true, "ReleaseUDisk", true);
        assertThat(t.uhostId).isEqualTo(host);
        assertThat(describeHost(host)).as("gone: RetCode 0 and an empty UHostSet").isEmpty();

        // ucloud api --Action DeleteUHostKeyPairs --KeyPairIds.0: gone from the listing
        call(Response.class, "DeleteUHostKeyPairs", "KeyPairIds.0", pair);
        assertThat(call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs").keyPairs).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM key_pair").query(Integer.class).single()).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instance").query(Integer.class).single()).isZero();
    }

    @Test
    void importedKeysAndTheRules() throws Exception {
        ImportUHostKeyPairsResponse imported = call(ImportUHostKeyPairsResponse.class, "ImportUHostKeyPairs",
                "KeyPairName", "laptop", "PublicKeyBody", ED25519);
        assertThat(imported.keyPairFingerPrint).as("as ssh-keygen -l -E md5 prints it").isEqualTo(ED25519_MD5);
        assertThat(imported.keyPairName).isEqualTo("laptop");

        // names are unique in a region and project; another project may reuse one
        refused(230, "ImportUHostKeyPairs", "KeyPairName", "laptop", "PublicKeyBody", ED25519);
        call(ImportUHostKeyPairsResponse.class, "ImportUHostKeyPairs", "KeyPairName", "laptop", "PublicKeyBody", ED25519,
                "ProjectId", "org-second");
        refused(230, "ImportUHostKeyPairs", "KeyPairName", "broken", "PublicKeyBody", "ssh-rsa not-base64");
        refused(230, "CreateUHostKeyPair", "KeyPairName", "x".repeat(64));
        refused(220, "CreateUHostKeyPair");

        // filters and paging: by name, by fingerprint, Offset/Limit, and the documented maximum Limit
        for (int i = 0; i < 4; i++) call(CreateUHostKeyPairResponse.class, "CreateUHostKeyPair", "KeyPairName", "k" + i);
        assertThat(call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs", "KeyPairName", "k2").keyPairs)
                .extracting(k -> k.keyPairName).containsExactly("k2");
        assertThat(call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs", "KeyPairFingerPrint",
                ED25519_MD5).keyPairs).extracting(k -> k.keyPairId).containsExactly(imported.keyPairId);
        DescribeUHostKeyPairsResponse page = call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs",
                "Offset", 1, "Limit", 2);
        assertThat(page.totalCount).isEqualTo(5);
        assertThat(page.keyPairs).extracting(k -> k.keyPairName).containsExactly("k0", "k1");
        refused(230, "DescribeUHostKeyPairs", "Limit", 101);

        // a host cannot log in with a pair that does not exist: refused, nothing created
        refused(230, "CreateUHostInstance", "Zone", ZONE, "ImageId", "uimage-c79x64", "LoginMode", "KeyPair",
                "KeyPairId", "uhostkp-nothere0", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20);
        refused(220, "CreateUHostInstance", "Zone", ZONE, "ImageId", "uimage-c79x64", "LoginMode", "KeyPair",
                "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM instance").query(Integer.class).single()).isZero();

        // a pair of another project does not exist here
        String other = call(ImportUHostKeyPairsResponse.class, "ImportUHostKeyPairs", "KeyPairName", "elsewhere",
                "PublicKeyBody", ED25519, "ProjectId", "org-second").keyPairId;
        refused(230, "CreateUHostInstance", "Zone", ZONE, "ImageId", "uimage-c79x64", "LoginMode", "KeyPair",
                "KeyPairId", other, "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20);

        // UCloud lets a pair go while hosts log in with it: they report it Deleted (UHostKeyPair.KeyPairState)
        String host = uhostCreate(cli, imported.keyPairId);
        call(Response.class, "DeleteUHostKeyPairs", "KeyPairIds.0", imported.keyPairId, "KeyPairIds.1", "uhostkp-nothere0");
        assertThat(describeHost(host).get(0).keyPair.keyPairState).isEqualTo("Deleted");

        // ResetUHostInstancePassword switches a stopped host to another pair
        String k0 = call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs", "KeyPairName", "k0")
                .keyPairs.get(0).keyPairId;
        call(UHostIdResponse.class, "StopUHostInstance", "UHostId", host);
        call(UHostIdResponse.class, "ResetUHostInstancePassword", "UHostId", host, "LoginMode", "KeyPair", "KeyPairId", k0);
        assertThat(describeHost(host).get(0).keyPair.keyPairId).isEqualTo(k0);
        assertThat(describeHost(host).get(0).keyPair.keyPairState).isEqualTo("Normal");
        refused(230, "ResetUHostInstancePassword", "UHostId", host, "LoginMode", "KeyPair", "KeyPairId", imported.keyPairId);
        call(UHostIdResponse.class, "ResetUHostInstancePassword", "UHostId", host, "Password", "bmV3cGFzcw==");
        assertThat(describeHost(host).get(0).keyPair).as("a password host reports no key pair").isNull();
    }

    @Test
    void twoPairsOfOneNameRaceAndExactlyOneIsMade() throws Exception {
        StrictClient second = new StrictClient(baseUrl(), REGION, PROJECT, UCLOUD_PUBLIC, UCLOUD_PRIVATE);
        for (int round = 0; round < 10; round++) {
            String name = "race-" + round;
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> done = new ArrayList<>();
            for (StrictClient c : List.of(cli, second)) {
                done.add(racing().submit(() -> {
                    start.await();
                    try {
                        c.call(new SdkCall("CreateUHostKeyPair", "KeyPairName", name), CreateUHostKeyPairResponse.class);
                        return 0;
                    } catch (RetCodeException e) {
                        return e.getRetCode();
                    }
                }));
            }
            start.countDown();
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : done) codes.add(f.get());
            assertThat(codes).as("round %d", round).containsExactlyInAnyOrder(0, 230);
            assertThat(call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs", "KeyPairName", name).keyPairs)
                    .hasSize(1);
        }
    }

    @Test
    void keyPairsAndTheHostsUsingThemSurviveAStateRoundTrip() throws Exception {
        String pair = call(ImportUHostKeyPairsResponse.class, "ImportUHostKeyPairs", "KeyPairName", "seeded",
                "PublicKeyBody", ED25519).keyPairId;
        String gone = call(CreateUHostKeyPairResponse.class, "CreateUHostKeyPair", "KeyPairName", "gone").keyPair.keyPairId;
        String host = uhostCreate(cli, pair);
        String orphan = uhostCreate(cli, gone);
        call(Response.class, "DeleteUHostKeyPairs", "KeyPairIds.0", gone);

        JsonNode exported = JSON.readTree(admin("GET", "/_cloudtwin/state", null).body());
        assertThat(exported.get("keyPairs")).singleElement().satisfies(k -> {
            assertThat(k.get("id").asString()).isEqualTo(pair);
            assertThat(k.get("cloud").asString()).isEqualTo("ucloud");
            assertThat(k.get("publicKey").asString()).startsWith("ssh-ed25519 ");
        });
        Map<String, String> pairOf = new HashMap<>();
        exported.get("instances").forEach(i -> pairOf.put(i.get("id").asString(), i.get("uhost").get("keyPairId").asString()));
        assertThat(pairOf).containsEntry(host, pair).containsEntry(orphan, gone);

        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", JSON.writeValueAsString(exported)).statusCode()).isEqualTo(200);
        assertThat(call(DescribeUHostKeyPairsResponse.class, "DescribeUHostKeyPairs").keyPairs).singleElement()
                .satisfies(k -> {
                    assertThat(k.keyPairId).isEqualTo(pair);
                    assertThat(k.keyPairFingerPrint).isEqualTo(ED25519_MD5);
                });
        assertThat(describeHost(host).get(0).keyPair.keyPairState).isEqualTo("Normal");
        assertThat(describeHost(orphan).get(0).keyPair.keyPairState).isEqualTo("Deleted");
        assertThat(JSON.readTree(admin("GET", "/_cloudtwin/state", null).body()).get("keyPairs"))
                .isEqualTo(exported.get("keyPairs"));
    }
}
