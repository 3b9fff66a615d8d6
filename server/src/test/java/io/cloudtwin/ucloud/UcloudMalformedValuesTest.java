package io.cloudtwin.ucloud;

import static io.cloudtwin.ucloud.UcloudApi.action;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.List;

import cn.ucloud.common.annotation.UCloudParam;
import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.request.Request;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupRequest;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupResponse;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupRuleRequest;
import io.cloudtwin.ucloud.UcloudApi.CreateSecGroupRuleResponse;
import io.cloudtwin.ucloud.UcloudApi.CreateUHostInstanceRequest;
import io.cloudtwin.ucloud.UcloudApi.DescribeSecGroupRequest;
import io.cloudtwin.ucloud.UcloudApi.DescribeSecGroupResponse;
import io.cloudtwin.ucloud.UcloudApi.RuleInfo;

/**
 * Malformed values real clients were seen to get stored (issue 24), through UCloud's Java SDK: UpdateSecGroupRule
 * with an IPRange that is no address or block, or an empty ProtocolType or RuleAction; CreateUHostInstance with an
 * empty Disks.0.Type. Each refused with the parameter error (RetCode 230) and nothing changed.
 */
class UcloudMalformedValuesTest extends ServerTestBase {
    static final String REGION = "cn-bj2";
    static final String ZONE = "cn-bj2-02";

    private DefaultClient client;

    /** UpdateSecGroupRule with one rule, as the SDKs send it. */
    static class UpdateSecGroupRuleRequest extends Request {
        @UCloudParam("SecGroupId") String secGroupId;
        @UCloudParam("Rule.0.RuleId") String ruleId0;
        @UCloudParam("Rule.0.Direction") String direction0;
        @UCloudParam("Rule.0.IPRange") String ipRange0;
        @UCloudParam("Rule.0.Priority") Integer priority0;
        @UCloudParam("Rule.0.ProtocolType") String protocol0;
        @UCloudParam("Rule.0.DstPort") String dstPort0;
        @UCloudParam("Rule.0.RuleAction") String action0;
        @UCloudParam("Rule.0.Remark") String remark0;
    }

    @BeforeEach
    void client() {
        Config config = new Config();
        config.setBaseUrl(baseUrl());
        config.setRegion(REGION);
        config.setMaxRetries(0);
        client = new DefaultClient(config, new Credential(UCLOUD_PUBLIC, UCLOUD_PRIVATE));
    }

    private int refused(Request r) {
        RetCodeException e = catchThrowableOfType(RetCodeException.class, () -> client.invoke(r, Response.class));
        assertThat(e).as("expected a refusal of %s", r.getAction()).isNotNull();
        return e.getRetCode();
    }

    private String group() throws Exception {
        CreateSecGroupRequest r = action(new CreateSecGroupRequest(), "CreateSecGroup");
        r.vpcId = UcloudApi.vpc(client, "10.40.0.0/16");
        r.name = "g";
        return ((CreateSecGroupResponse) client.invoke(r, CreateSecGroupResponse.class)).secGroupId;
    }

    private List<RuleInfo> rules(String group) throws Exception {
        DescribeSecGroupRequest r = action(new DescribeSecGroupRequest(), "DescribeSecGroup");
        r.secGroupIds = List.of(group);
        return ((DescribeSecGroupResponse) client.invoke(r, DescribeSecGroupResponse.class)).dataSet.get(0).rules;
    }

    @Test
    void updateSecGroupRuleRefusesAMalformedIpRangeOrAnEmptyProtocolOrAction() throws Exception {
        String group = group();
        CreateSecGroupRuleRequest create = action(new CreateSecGroupRuleRequest(), "CreateSecGroupRule");
        create.secGroupId = group;
        create.direction0 = "Ingress";
        create.ipRange0 = "10.0.0.0/16";
        create.priority0 = 50;
        create.protocol0 = "TCP";
        create.dstPort0 = "22";
        create.action0 = "Accept";
        create.remark0 = "ssh";
        String ruleId = ((CreateSecGroupRuleResponse) client.invoke(create, CreateSecGroupRuleResponse.class)).ruleIds.get(0);

        for (String range : List.of("999.1.1.1/16", "abc", "10.0.0.0/33", "10.0.0.0/16,10.1.0.0/16", "' OR 1=1 --", "🔥")) {
            UpdateSecGroupRuleRequest u = update(group, ruleId);
            u.ipRange0 = range;
            assertThat(refused(u)).as(range).isEqualTo(230);
        }
        UpdateSecGroupRuleRequest noProtocol = update(group, ruleId);
        noProtocol.protocol0 = "";
        assertThat(refused(noProtocol)).isEqualTo(230);
        UpdateSecGroupRuleRequest noAction = update(group, ruleId);
        noAction.action0 = "";
        assertThat(refused(noAction)).isEqualTo(230);

        assertThat(rules(group)).singleElement().satisfies(rule -> {
            assertThat(rule.ipRange).isEqualTo("10.0.0.0/16");
            assertThat(rule.protocolType).isEqualTo("TCP");
            assertThat(rule.ruleAction).isEqualTo("Accept");
        });

        CreateSecGroupRuleRequest bad = action(new CreateSecGroupRuleRequest(), "CreateSecGroupRule");
        bad.secGroupId = group;
        bad.direction0 = "Ingress";
        bad.ipRange0 = "999.1.1.1/16";
        bad.priority0 = 50;
        bad.protocol0 = "TCP";
        bad.dstPort0 = "22";
        bad.action0 = "Accept";
        bad.remark0 = "";
        assertThat(refused(bad)).isEqualTo(230);
        assertThat(rules(group)).hasSize(1);
    }

    private static UpdateSecGroupRuleRequest update(String group, String ruleId) {
        UpdateSecGroupRuleRequest u = action(new UpdateSecGroupRuleRequest(), "UpdateSecGroupRule");
        u.secGroupId = group;
        u.ruleId0 = ruleId;
        u.direction0 = "Ingress";
        u.ipRange0 = "10.0.0.0/16";
        u.priority0 = 50;
        u.protocol0 = "TCP";
        u.dstPort0 = "22";
        u.action0 = "Accept";
        u.remark0 = "ssh";
        return u;
    }

    @Test
    void createUHostInstanceRefusesAnEmptyDiskType() {
        CreateUHostInstanceRequest r = action(new CreateUHostInstanceRequest(), "CreateUHostInstance");
        r.zone = ZONE;
        r.imageId = "uimage-centos7";
        r.loginMode = "Password";
        r.password = Base64.getEncoder().encodeToString("s3cret!".getBytes());
        r.disk0IsBoot = "True";
        r.disk0Type = "";
        r.disk0Size = 20;
        assertThat(refused(r)).isEqualTo(230);
        assertThat(hostsOf()).isZero();
    }

    private int hostsOf() {
        return jdbc.sql("SELECT COUNT(*) FROM instance").query(Integer.class).single();
    }
}
