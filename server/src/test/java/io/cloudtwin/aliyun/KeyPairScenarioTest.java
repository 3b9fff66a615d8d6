package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AttachKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeleteKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeInstancesRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsResponseBody.DescribeKeyPairsResponseBodyKeyPairsKeyPair;
import com.aliyun.ecs20140526.models.DetachKeyPairRequest;
import com.aliyun.ecs20140526.models.ImportKeyPairRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_key_pair and alicloud_ecs_key_pair_attachment, in the provider's order and with its
 * parameters, through the tea client it uses: create (or import) -> DescribeKeyPairs by name -> attach (InstanceIds as
 * a JSON array) -> DescribeInstances by KeyPairName and InstanceIds -> detach -> DeleteKeyPairs (KeyPairNames as a JSON
 * array) -> DescribeKeyPairs empty, "gone". And the rules: names unique, an attached pair cannot be deleted, an
 * imported key's fingerprint is the one ssh-keygen prints, delete and attach racing for one pair never both win.
 */
class KeyPairScenarioTest extends ServerTestBase {
    /** ssh-keygen -t ed25519; ssh-keygen -l -E md5 prints 9a:8f:3f:2f:a9:11:18:4c:03:a3:8f:62:42:f9:7d:04. */
    static final String ED25519 = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHCzIhBSEUL8mJSXYnpQJmqgzlxJ/IuCAwWdRT1d9e6s test@cloudtwin";
    static final String ED25519_MD5 = "9a:8f:3f:2f:a9:11:18:4c:03:a3:8f:62:42:f9:7d:04";
    /** One RSA key as ssh-keygen writes it (OpenSSH) and exports it (ssh-keygen -e -m PKCS8): the same fingerprint. */
    static final String RSA_OPENSSH = "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC1LgaPZ45OX5ZdfTBBoan7cpbo8rT5eXdGfKQH2l4amCU5DbFLpDGznso8m/VcUNS5mif5bFYmW7Mbh6zzMm5uW4k3dcBsUHU9Y1WLc8YgHiS1DyRncPExwAPzfNMmW3rZOjRqPbkp6Cx7r6E5kYj/Ax3wTQjuM/RdD9tmu2sOHql+kHikEGuB+HFyzlpMJB7ZUi7q24SNLKoVuyAO80AKdzc62exRZSx4mubtqZXB+HZosIjzeFiQ6SXnkmin/ddiqsSMMXlk3K/QedjwT+IZuyDiy3HCRsRxg/nmaKVnJIEL51SqtgSIT4nX+rxn0KHxjBuK+FsZOBBJxvLk/ctN";
    static final String RSA_PEM = """
            -----BEGIN PUBLIC KEY-----
            MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAtS4Gj2eOTl+WXX0wQaGp
            +3KW6PK0+Xl3RnykB9peGpglOQ2xS6Qxs57KPJv1XFDUuZon+WxWJluzG4es8zJu
            bluJN3XAbFB1PWNVi3PGIB4ktQ8kZ3DxMcAD83zTJlt62To0aj25Kegse6+hOZGI
            /wMd8E0I7jP0XQ/bZrtrDh6pfpB4pBBrgfhxcs5aTCQe2VIu6tuEjSyqFbsgDvNA
            Cnc3OtnsUWUseJrm7amVwfh2aLCI83hYkOkl55Jop/3XYqrEjDF5ZNyv0HnY8E/i
            Gbsg4stxwkbEcYP55milZySBC+dUqrYEiE+J1/q8Z9Ch8YwbivhbGTgQScby5P3L
            TQIDAQAB
            -----END PUBLIC KEY-----
            """;
    static final String RSA_MD5 = "37:32:ca:0d:59:fc:4c:19:ce:2e:e2:64:b6:58:76:90";

    private Client client;

    @BeforeEach
    void client() throws Exception {
        client = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private String instance() throws Exception {
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        return client.runInstances(new RunInstancesRequest().setRegionId(REGION)
                        .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                        .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
    }

    private List<DescribeKeyPairsResponseBodyKeyPairsKeyPair> describe(String name) throws Exception {
        return client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setKeyPairName(name))
                .getBody().getKeyPairs().getKeyPair();
    }

    private List<String> usingPair(String name, String instance) throws Exception {
        return client.describeInstances(new DescribeInstancesRequest().setRegionId(REGION).setKeyPairName(name)
                        .setInstanceIds("[\"" + instance + "\"]").setMaxResults(50)).getBody().getInstances().getInstance()
                .stream().filter(i -> name.equals(i.getKeyPairName())).map(i -> i.getInstanceId()).toList();
    }

    private String code(Callable<?> call) {
        TeaException e = catchThrowableOfType(TeaException.class, call::call);
        assertThat(e).as("expected an error").isNotNull();
        return e.getCode();
    }

    @Test
    void createdPairLifecycleTheProvidersWay() throws Exception {
        var created = client.createKeyPair(new CreateKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-key")
                .setTag(List.of(new CreateKeyPairRequest.CreateKeyPairRequestTag().setKey("env").setValue("dev")))).getBody();
        assertThat(created.getKeyPairName()).isEqualTo("tf-key");
        assertThat(created.getPrivateKeyBody()).startsWith("-----BEGIN RSA PRIVATE KEY-----");
        assertThat(created.getKeyPairFingerPrint()).isEqualTo(fingerprintOf(created.getPrivateKeyBody()));

        var read = describe("tf-key");
        assertThat(read).singleElement().satisfies(k -> {
            assertThat(k.getKeyPairFingerPrint()).isEqualTo(created.getKeyPairFingerPrint());
            assertThat(k.getCreationTime()).endsWith("Z");
            assertThat(k.getTags().getTag()).singleElement().satisfies(t -> assertThat(t.getTagKey()).isEqualTo("env"));
        });
        assertThat(code(() -> client.createKeyPair(new CreateKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-key"))))
                .isEqualTo("KeyPair.AlreadyExist");

        // alicloud_ecs_key_pair_attachment
        String instance = instance();
        var attached = client.attachKeyPair(new AttachKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-key")
                .setInstanceIds("[\"" + instance + "\"]")).getBody();
        assertThat(attached.getFailCount()).isEqualTo("0");
        assertThat(attached.getResults().getResult()).singleElement().satisfies(r -> assertThat(r.getSuccess()).isEqualTo("true"));
        assertThat(usingPair("tf-key", instance)).containsExactly(instance);
        assertThat(code(() -> client.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(REGION)
                .setKeyPairNames("[\"tf-key\"]")))).isEqualTo("InvalidParameter.KeypairAlreadyAttachedInstance");

        client.detachKeyPair(new DetachKeyPairRequest().setRegionId(REGION).setKeyPairName("tf-key")
                .setInstanceIds("[\"" + instance + "\"]"));
        assertThat(usingPair("tf-key", instance)).isEmpty();

        client.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(REGION).setKeyPairNames("[\"tf-key\"]"));
        assertThat(describe("tf-key")).as("gone: an empty list").isEmpty();
    }

    @Test
    void importedKeysHaveTheFingerprintSshKeygenPrints() throws Exception {
        assertThat(client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("ed")
                .setPublicKeyBody(ED25519)).getBody().getKeyPairFingerPrint()).isEqualTo(ED25519_MD5);
        assertThat(client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("rsa-openssh")
                .setPublicKeyBody(RSA_OPENSSH)).getBody().getKeyPairFingerPrint()).isEqualTo(RSA_MD5);
        assertThat(client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("rsa-pem")
                .setPublicKeyBody(RSA_PEM)).getBody().getKeyPairFingerPrint()).isEqualTo(RSA_MD5);
        assertThat(code(() -> client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("bad")
                .setPublicKeyBody("ssh-rsa not-base64!")))).isEqualTo("InvalidPublicKeyBody.Malformed");
        assertThat(code(() -> client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("1-bad")
                .setPublicKeyBody(ED25519)))).isEqualTo("InvalidKeyPairName.Malformed");

        var byFingerprint = client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION)
                .setKeyPairFingerPrint(RSA_MD5)).getBody().getKeyPairs().getKeyPair();
        assertThat(byFingerprint).extracting(k -> k.getKeyPairName()).containsExactly("rsa-openssh", "rsa-pem");
        assertThat(describe("rsa-*")).hasSize(2);
        var withKey = client.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setKeyPairName("ed")
                .setIncludePublicKey(true)).getBody().getKeyPairs().getKeyPair();
        assertThat(withKey.get(0).getPublicKey()).isEqualTo(ED25519.substring(0, ED25519.lastIndexOf(' ')));
    }

    @Test
    void runInstancesWithAKeyPairName() throws Exception {
        client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("login").setPublicKeyBody(ED25519));
        String group = client.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        String id = client.runInstances(new RunInstancesRequest().setRegionId(REGION).setKeyPairName("login")
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group)).getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        assertThat(usingPair("login", id)).containsExactly(id);
        var before = storeSnapshot();
        assertThat(code(() -> client.runInstances(new RunInstancesRequest().setRegionId(REGION).setKeyPairName("nope")
                .setImageId("aliyun_3_x64_20G_alibase_20240819.vhd").setInstanceType("ecs.g6.large")
                .setSecurityGroupId(group)))).isEqualTo("InvalidKeyPairName.NotFound");
        assertThat(storeSnapshot()).as("no instance made for an unknown key pair").isEqualTo(before);
    }

    /** The state document carries key pairs (public key, the instances using them) and brings them back. */
    @Test
    void keyPairsSurviveAnExportAndImport() throws Exception {
        client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName("kept").setPublicKeyBody(RSA_PEM));
        String instance = instance();
        client.attachKeyPair(new AttachKeyPairRequest().setRegionId(REGION).setKeyPairName("kept")
                .setInstanceIds("[\"" + instance + "\"]"));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("\"keyPairs\"").contains("\"kept\"").doesNotContain("PRIVATE KEY");
        assertThat(admin("POST", "/_cloudtwin/reset", "{}").statusCode()).isEqualTo(200);
        assertThat(describe("kept")).isEmpty();
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(describe("kept")).singleElement().satisfies(k -> assertThat(k.getKeyPairFingerPrint()).isEqualTo(RSA_MD5));
        assertThat(usingPair("kept", instance)).containsExactly(instance);
    }

    /** DeleteKeyPairs and AttachKeyPair racing for one pair: one wins, in the transaction, never both. */
    @Test
    void deleteAndAttachNeverBothWin() throws Exception {
        String instance = instance();
        for (int round = 0; round < 20; round++) {
            String name = "race-" + round;
            client.importKeyPair(new ImportKeyPairRequest().setRegionId(REGION).setKeyPairName(name).setPublicKeyBody(ED25519));
            Future<String> attach = racing().submit(() -> {
                try {
                    return client.attachKeyPair(new AttachKeyPairRequest().setRegionId(REGION).setKeyPairName(name)
                            .setInstanceIds("[\"" + instance + "\"]")).getBody().getFailCount().equals("0") ? "ok" : "failed";
                } catch (TeaException e) {
                    return e.getCode();
                }
            });
            Future<String> delete = racing().submit(() -> {
                try {
                    client.deleteKeyPairs(new DeleteKeyPairsRequest().setRegionId(REGION).setKeyPairNames("[\"" + name + "\"]"));
                    return "ok";
                } catch (TeaException e) {
                    return e.getCode();
                }
            });
            String a = attach.get();
            String d = delete.get();
            boolean exists = !describe(name).isEmpty();
            List<String> outcome = new ArrayList<>(List.of(a, d));
            if (a.equals("ok")) {
                assertThat(d).as("round %d: %s", round, outcome).isEqualTo("InvalidParameter.KeypairAlreadyAttachedInstance");
                assertThat(exists).isTrue();
                assertThat(usingPair(name, instance)).containsExactly(instance);
                client.detachKeyPair(new DetachKeyPairRequest().setRegionId(REGION).setKeyPairName(name)
                        .setInstanceIds("[\"" + instance + "\"]"));
            } else {
                assertThat(a).as("round %d: %s", round, outcome).isEqualTo("InvalidKeyPairName.NotFound");
                assertThat(d).isEqualTo("ok");
                assertThat(exists).isFalse();
            }
        }
    }

    /** The public key's MD5 fingerprint, rebuilt from the PKCS#1 private key the cloud answered. */
    private static String fingerprintOf(String pkcs1Pem) throws Exception {
        byte[] der = Base64.getMimeDecoder().decode(pkcs1Pem.replaceAll("-----[A-Z ]+-----", ""));
        // RSAPrivateKey ::= SEQUENCE { version, n, e, d, p, q, dp, dq, qinv }
        java.math.BigInteger[] v = new java.math.BigInteger[9];
        int[] p = {0};
        readHeader(der, p);
        for (int i = 0; i < 9; i++) {
            int len = readHeader(der, p);
            v[i] = new java.math.BigInteger(java.util.Arrays.copyOfRange(der, p[0], p[0] + len));
            p[0] += len;
        }
        var key = (RSAPrivateCrtKey) KeyFactory.getInstance("RSA").generatePrivate(
                new RSAPrivateCrtKeySpec(v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]));
        var out = new java.io.ByteArrayOutputStream();
        var data = new java.io.DataOutputStream(out);
        byte[] type = "ssh-rsa".getBytes();
        data.writeInt(type.length);
        data.write(type);
        for (var x : new java.math.BigInteger[] {key.getPublicExponent(), key.getModulus()}) {
            byte[] b = x.toByteArray();
            data.writeInt(b.length);
            data.write(b);
        }
        return java.util.HexFormat.ofDelimiter(":").formatHex(
                java.security.MessageDigest.getInstance("MD5").digest(out.toByteArray()));
    }

    private static int readHeader(byte[] der, int[] p) {
        p[0]++;
        int len = der[p[0]++] & 0xff;
        if (len > 0x80) {
            int n = len - 0x80;
            len = 0;
            for (int i = 0; i < n; i++) len = (len << 8) | (der[p[0]++] & 0xff);
        }
        return len;
    }

    /** The conformance recipes of the key-pair actions. */
    public static class Recipe implements Recipes.RecipeBook {
        @Override
        public void register(Recipes r) {
            r.ecs("CreateKeyPair", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", unique()))
                    .fails("InvalidKeyPairName.Malformed", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", "1x"));
            r.ecs("ImportKeyPair", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", unique(),
                            "PublicKeyBody", ED25519))
                    .fails("InvalidPublicKeyBody.Malformed", api -> AliyunApi.params("RegionId", REGION,
                            "KeyPairName", unique(), "PublicKeyBody", "ssh-rsa x"));
            r.ecs("DescribeKeyPairs", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", pair(api)));
            r.ecs("DeleteKeyPairs", api -> AliyunApi.params("RegionId", REGION, "KeyPairNames", "[\"" + pair(api) + "\"]"));
            r.ecs("AttachKeyPair", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", pair(api),
                            "InstanceIds", "[\"" + api.instance(api.group()) + "\"]"))
                    .fails("InvalidKeyPairName.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "KeyPairName", "kp-missing", "InstanceIds", "[\"" + api.instance(api.group()) + "\"]"));
            r.ecs("DetachKeyPair", api -> AliyunApi.params("RegionId", REGION, "KeyPairName", pair(api),
                    "InstanceIds", "[\"" + api.instance(api.group()) + "\"]"));
        }

        private static String unique() {
            return "kp-" + java.util.UUID.randomUUID().toString().substring(0, 8);
        }

        private static String pair(AliyunApi api) {
            String name = unique();
            api.ecs("ImportKeyPair", "RegionId", REGION, "KeyPairName", name, "PublicKeyBody", ED25519);
            return name;
        }
    }
}
