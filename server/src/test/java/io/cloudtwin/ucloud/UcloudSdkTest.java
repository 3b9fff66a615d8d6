package io.cloudtwin.ucloud;

import static io.cloudtwin.ucloud.UcloudApi.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.ucloud.UcloudAuthenticator;
import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.UcloudApi.*;

/** The UHost/VPC security-group workflow and every DisassociateSecGroup rule through the real UCloud Java client. */
class UcloudSdkTest extends ServerTestBase {
    static final String REGION = "cn-bj2";
    static final String ZONE = "cn-bj2-02";
    private final Map<DefaultClient, String> vpcs = new HashMap<>();

    private DefaultClient client;

    @BeforeEach
    void client() {
        client = client(UCLOUD_PUBLIC, UCLOUD_PRIVATE, null);
    }

    private DefaultClient client(String publicKey, String privateKey, String project) {
        Config config = new Config();
        config.setBaseUrl(baseUrl());
        config.setRegion(REGION);
        if (project != null) config.setProjectId(project);
        config.setMaxRetries(0);
        return new DefaultClient(config, new Credential(publicKey, privateKey));
    }

    @SuppressWarnings("unchecked")
    private <T extends Response> T call(DefaultClient c, Request r, Class<T> type) throws Exception {
        T resp = (T) c.invoke(r, type);
        assertThat(resp.getRetCode()).isZero();
        assertThat(resp.getAction()).isEqualTo(r.getAction() + "Response");
        return resp;
    }

    /**
     * The common client writes the Signature into the request object and, on a second invoke, signs it along with
     * the rest, which the real cloud refuses as well: a reused request must drop its old signature first.
     */
    private static <T extends Request> T again(T r) {
        r.setSignature(null);
        return r;
    }

    private <T extends Response> T call(Request r, Class<T> type) throws Exception {
        return call(client, r, type);
    }

    private RetCodeException refused(DefaultClient c, Request r) {
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> c.invoke(r, Response.class));
        assertThat(e).as("expected a non-zero RetCode for %s", r.getAction()).isNotNull();
        return e;
    }

    private String createGroup(DefaultClient c, String name) throws Exception {
        CreateSecGroupRequest r = action(new CreateSecGroupRequest(), "CreateSecGroup");
        if (!vpcs.containsKey(c)) vpcs.put(c, UcloudApi.vpc(c, "10.40.0.0/16"));
        r.vpcId = vpcs.get(c);
        r.name = name;
        return call(c, r, CreateSecGroupResponse.class).secGroupId;
    }

    private String createHost(String... groups) throws Exception {
        CreateUHostInstanceRequest r = action(new CreateUHostInstanceRequest(), "CreateUHostInstance");
        r.zone = ZONE;
        r.imageId = "uimage-centos7";
        r.loginMode = "Password";
        r.password = Base64.getEncoder().encodeToString("s3cret!".getBytes());
        r.disk0IsBoot = "True";
        r.disk0Type = "CLOUD_SSD";
        r.disk0Size = 20;
        r.securityMode = "SecGroup";
        r.group0 = groups[0];
        r.priority0 = 1;
        if (groups.length > 1) {
            r.group1 = groups[1];
            r.priority1 = 2;
        }
        List<String> ids = call(r, CreateUHostInstanceResponse.class).uhostIds;
        assertThat(ids).hasSize(1);
        return ids.get(0);
    }

    private void disassociate(List<String> groups, List<String> resources, Boolean force) throws Exception {
        call(disassociateRequest(groups, resources, force), Response.class);
    }

    private DisassociateSecGroupRequest disassociateRequest(List<String> groups, List<String> resources, Boolean force) {
        DisassociateSecGroupRequest r = action(new DisassociateSecGroupRequest(), "DisassociateSecGroup");
        r.secGroupIds = groups;
        r.resourceIds = resources;
        r.force = force;
        return r;
    }

    private Map<String, Integer> boundGroups(String host) throws Exception {
        DescribeResourceSecGroupRequest r = action(new DescribeResourceSecGroupRequest(), "DescribeResourceSecGroup");
        r.resourceType = "uhost";
        r.resourceIds = List.of(host);
        var data = call(r, DescribeResourceSecGroupResponse.class).dataSet;
        assertThat(data).hasSize(1);
        Map<String, Integer> out = new LinkedHashMap<>();
        data.get(0).groups.forEach(g -> out.put(g.secGroupId, g.priority));
        assertThat(data.get(0).count).isEqualTo(out.size());
        return out;
    }

    private String state(String host) throws Exception {
        DescribeUHostInstanceRequest r = action(new DescribeUHostInstanceRequest(), "DescribeUHostInstance");
        r.uhostIds = List.of(host);
        var set = call(r, DescribeUHostInstanceResponse.class).uhostSet;
        assertThat(set).hasSize(1);
        return set.get(0).state;
    }

    private UHostIdRequest hostRequest(String action, String host) {
        UHostIdRequest r = action(new UHostIdRequest(), action);
        r.uhostId = host;
        return r;
    }

    @Test
    void signatureTestVectorsFromTheSpec() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Action", "DescribeUHostInstance");
        p.put("Region", "cn-bj2");
        p.put("Limit", "10");
        p.put("PublicKey", "ucloudsomeone@example.com1296235120854146120");
        assertThat(UcloudAuthenticator.sign(p, "46f09bb9fab4f12dfc160dae12273d5332b5debe"))
                .isEqualTo("cba5cf5ec4d4233d206b1b54951e3787350a642f");
        Map<String, String> q = new LinkedHashMap<>();
        q.put("ResourceId.1", "uhost-cccc3333");
        q.put("Action", "DisassociateSecGroup");
        q.put("Force", "true");
        q.put("ResourceId.0", "uhost-bbbb2222");
        q.put("PublicKey", "pub-key");
        q.put("Region", "cn-bj2");
        q.put("SecGroupId.0", "secgroup-aaaa1111");
        q.put("Signature", "ignored");
        assertThat(UcloudAuthenticator.sign(q, "priv-key")).isEqualTo("016a25de0246ac96e2ad5c1933611196d2a1d317");
    }

    @Test
    void wholeWorkflowEndsWithForcedDisassociateBeforeTerminate() throws Exception {
        String web = createGroup(client, "web");
        String db = createGroup(client, "db");
        String host = createHost(web);
        assertThat(state(host)).isEqualTo("Running");
        assertThat(boundGroups(host)).containsExactly(Map.entry(web, 1));

        AssociateSecGroupRequest assoc = action(new AssociateSecGroupRequest(), "AssociateSecGroup");
        assoc.resourceIds = List.of(host);
        assoc.group0 = db;
        assoc.priority0 = 3;
        call(assoc, Response.class);
        assertThat(boundGroups(host)).containsExactly(Map.entry(web, 1), Map.entry(db, 3));
        assoc.priority0 = 5; // re-binding changes the priority
        call(again(assoc), Response.class);
        assertThat(boundGroups(host)).containsEntry(db, 5);

        DescribeSecGroupResourceRequest members = action(new DescribeSecGroupResourceRequest(), "DescribeSecGroupResource");
        members.secGroupId = db;
        var resources = call(members, DescribeSecGroupResourceResponse.class);
        assertThat(resources.totalCount).isEqualTo(1);
        assertThat(resources.dataSet.get(0).resourceId).isEqualTo(host);
        assertThat(resources.dataSet.get(0).resourceType).isEqualTo("uhost");

        disassociate(List.of(db), List.of(host), null);
        assertThat(boundGroups(host)).containsOnlyKeys(web);

        // only resources, without Force: the host would keep no group, so nothing changes
        var before = storeSnapshot();
        RetCodeException last = refused(client, disassociateRequest(null, List.of(host), null));
        assertThat(last.getRetCode()).isEqualTo(230);
        assertThat(last.getMessage()).contains("must keep at least one security group");
        assertThat(storeSnapshot()).isEqualTo(before);

        // a running host cannot be terminated
        assertThat(refused(client, hostRequest("TerminateUHostInstance", host)).getRetCode()).isEqualTo(8010);
        assertThat(call(hostRequest("StopUHostInstance", host), UHostIdResponse.class).uhostId).isEqualTo(host);
        assertThat(state(host)).isEqualTo("Stopped");
        assertThat(refused(client, hostRequest("StopUHostInstance", host)).getRetCode()).isEqualTo(8905);

        // Force: used before deleting a resource
        disassociate(null, List.of(host), true);
        assertThat(boundGroups(host)).isEmpty();
        call(hostRequest("TerminateUHostInstance", host), Response.class);
        assertThat(refused(client, hostRequest("StartUHostInstance", host)).getRetCode()).isEqualTo(8039);

        DeleteSecGroupRequest delete = action(new DeleteSecGroupRequest(), "DeleteSecGroup");
        delete.secGroupIds = List.of(web, db);
        call(delete, Response.class);
        DescribeSecGroupRequest describe = action(new DescribeSecGroupRequest(), "DescribeSecGroup");
        assertThat(call(describe, DescribeSecGroupResponse.class).dataSet).isEmpty();
    }

    @Test
    void onlyGroupsUnbindsEveryResourceOfThoseGroups() throws Exception {
        String a = createGroup(client, "a");
        String b = createGroup(client, "b");
        String c = createGroup(client, "c");
        String h1 = createHost(a, b);
        String h2 = createHost(a, c);
        String h3 = createHost(b, c);
        disassociate(List.of(a), null, null);
        assertThat(boundGroups(h1)).containsOnlyKeys(b);
        assertThat(boundGroups(h2)).containsOnlyKeys(c);
        assertThat(boundGroups(h3)).containsOnlyKeys(b, c);

        // b is now h1's only group: unbinding b everywhere is refused as a whole, h3 keeps b as well
        var before = storeSnapshot();
        RetCodeException e = refused(client, disassociateRequest(List.of(b), null, false));
        assertThat(e.getMessage()).contains(h1);
        assertThat(storeSnapshot()).isEqualTo(before);

        // several groups and one resource
        disassociate(List.of(b, c), List.of(h3), true);
        assertThat(boundGroups(h3)).isEmpty();
        assertThat(boundGroups(h1)).containsOnlyKeys(b);
    }

    @Test
    void onlyResourcesUnbindsEveryGroupOfThoseResources() throws Exception {
        String a = createGroup(client, "a");
        String b = createGroup(client, "b");
        String h1 = createHost(a, b);
        String h2 = createHost(a, b);
        String h3 = createHost(a);
        disassociate(null, List.of(h1, h2), true);
        assertThat(boundGroups(h1)).isEmpty();
        assertThat(boundGroups(h2)).isEmpty();
        assertThat(boundGroups(h3)).containsOnlyKeys(a);
        // one group and several resources: the pairs only
        AssociateSecGroupRequest assoc = action(new AssociateSecGroupRequest(), "AssociateSecGroup");
        assoc.resourceIds = List.of(h1, h2, h3);
        assoc.group0 = b;
        assoc.priority0 = 2;
        call(assoc, Response.class);
        disassociate(List.of(b), List.of(h3), null);
        assertThat(boundGroups(h3)).containsOnlyKeys(a);
        assertThat(boundGroups(h1)).containsOnlyKeys(b);
        assertThat(boundGroups(h2)).containsOnlyKeys(b);
        // one group, several resources, one of which would be left with none: nothing changes
        var before = storeSnapshot();
        assertThat(refused(client, disassociateRequest(List.of(b), List.of(h1, h3), null)).getMessage()).contains(h1);
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void parameterErrors() throws Exception {
        String a = createGroup(client, "a");
        String b = createGroup(client, "b");
        String h1 = createHost(a, b);
        String h2 = createHost(a, b);
        var before = storeSnapshot();
        assertThat(refused(client, disassociateRequest(null, null, true)).getRetCode()).isEqualTo(220);
        assertThat(refused(client, disassociateRequest(List.of(a, b), List.of(h1, h2), true)).getRetCode()).isEqualTo(230);
        RetCodeException unknownGroup = refused(client, disassociateRequest(List.of("secgroup-nope0000"), null, true));
        assertThat(unknownGroup.getRetCode()).isEqualTo(230);
        assertThat(unknownGroup.getMessage()).contains("secgroup-nope0000");
        assertThat(refused(client, disassociateRequest(List.of(a), List.of("uhost-nope0000"), true)).getRetCode())
                .isEqualTo(230);
        AssociateSecGroupRequest both = action(new AssociateSecGroupRequest(), "AssociateSecGroup");
        both.resourceIds = List.of(h1, h2);
        both.group0 = a;
        both.priority0 = 1;
        both.group1 = b;
        both.priority1 = 2;
        assertThat(refused(client, both).getRetCode()).isEqualTo(230);
        AssociateSecGroupRequest badPriority = action(new AssociateSecGroupRequest(), "AssociateSecGroup");
        badPriority.resourceIds = List.of(h1);
        badPriority.group0 = a;
        badPriority.priority0 = 9;
        assertThat(refused(client, badPriority).getRetCode()).isEqualTo(230);
        assertThat(refused(client, action(new Request(), "LaunchRockets")).getRetCode()).isEqualTo(161);
        assertThat(storeSnapshot()).isEqualTo(before);
    }

    @Test
    void accountsAndProjectsAreIsolated() throws Exception {
        String a = createGroup(client, "a");
        String b = createGroup(client, "b");
        String host = createHost(a, b);
        var before = storeSnapshot();
        DefaultClient other = client("other-public", "other-private", null);
        assertThat(refused(other, disassociateRequest(List.of(a), null, true)).getRetCode()).isEqualTo(230);
        DefaultClient second = client(UCLOUD_PUBLIC, UCLOUD_PRIVATE, "org-second");
        assertThat(refused(second, disassociateRequest(null, List.of(host), true)).getRetCode()).isEqualTo(230);
        assertThat(refused(client(UCLOUD_PUBLIC, UCLOUD_PRIVATE, "org-nope"), disassociateRequest(List.of(a), null, true))
                .getRetCode()).isEqualTo(292);
        assertThat(refused(client(UCLOUD_PUBLIC, "wrong-private", null), disassociateRequest(List.of(a), null, true))
                .getRetCode()).isEqualTo(171);
        assertThat(refused(client("nobody", "x", null), disassociateRequest(List.of(a), null, true)).getRetCode())
                .isEqualTo(172);
        assertThat(storeSnapshot()).isEqualTo(before);
        // the second project has its own groups
        String own = createGroup(second, "own");
        DescribeSecGroupRequest describe = action(new DescribeSecGroupRequest(), "DescribeSecGroup");
        assertThat(call(second, describe, DescribeSecGroupResponse.class).dataSet)
                .extracting(g -> g.secGroupId).containsExactly(own);
    }

    @Test
    void rulesAndUpdates() throws Exception {
        String g = createGroup(client, "web");
        CreateSecGroupRuleRequest rules = action(new CreateSecGroupRuleRequest(), "CreateSecGroupRule");
        rules.secGroupId = g;
        rules.direction0 = "Ingress";
        rules.ipRange0 = "0.0.0.0/0";
        rules.priority0 = 10;
        rules.protocol0 = "TCP";
        rules.dstPort0 = "80,443,8000-8080";
        rules.action0 = "Accept";
        rules.remark0 = "web";
        rules.direction1 = "Egress";
        rules.ipRange1 = "0.0.0.0/0";
        rules.priority1 = 200;
        rules.protocol1 = "ALL";
        rules.dstPort1 = "";
        rules.action1 = "Drop";
        rules.remark1 = "";
        List<String> ids = call(rules, CreateSecGroupRuleResponse.class).ruleIds;
        assertThat(ids).hasSize(2);

        UpdateSecGroupRequest update = action(new UpdateSecGroupRequest(), "UpdateSecGroup");
        update.secGroupId = g;
        update.name = "frontend";
        update.remark = "public";
        call(update, Response.class);

        DescribeSecGroupRequest describe = action(new DescribeSecGroupRequest(), "DescribeSecGroup");
        describe.secGroupIds = List.of(g);
        SecGroupInfo info = call(describe, DescribeSecGroupResponse.class).dataSet.get(0);
        assertThat(info.name).isEqualTo("frontend");
        assertThat(info.remark).isEqualTo("public");
        assertThat(info.vpcId).isEqualTo(vpcs.get(client));
        assertThat(info.rules).extracting(r -> r.dstPort).containsExactlyInAnyOrder("80,443,8000-8080", "");

        var before = storeSnapshot();
        rules.dstPort0 = "70000";
        assertThat(refused(client, again(rules)).getRetCode()).isEqualTo(230);
        DeleteSecGroupRuleRequest unknown = action(new DeleteSecGroupRuleRequest(), "DeleteSecGroupRule");
        unknown.secGroupId = g;
        unknown.ruleIds = List.of(ids.get(0), "no-such-rule");
        assertThat(refused(client, unknown).getRetCode()).isEqualTo(230);
        assertThat(storeSnapshot()).isEqualTo(before);

        DeleteSecGroupRuleRequest delete = action(new DeleteSecGroupRuleRequest(), "DeleteSecGroupRule");
        delete.secGroupId = g;
        delete.ruleIds = List.of(ids.get(0));
        call(delete, Response.class);
        assertThat(call(again(describe), DescribeSecGroupResponse.class).dataSet.get(0).rules)
                .extracting(r -> r.ruleId).containsExactly(ids.get(1));
    }

    @Test
    void boundGroupCannotBeDeleted() throws Exception {
        String g = createGroup(client, "web");
        createHost(g);
        DeleteSecGroupRequest delete = action(new DeleteSecGroupRequest(), "DeleteSecGroup");
        delete.secGroupIds = List.of(g);
        var before = storeSnapshot();
        RetCodeException e = refused(client, delete);
        assertThat(e.getMessage()).contains("still bound");
        assertThat(storeSnapshot()).isEqualTo(before);
    }
}
