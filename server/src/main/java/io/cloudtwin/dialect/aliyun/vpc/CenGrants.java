package io.cloudtwin.dialect.aliyun.vpc;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Page;
import io.cloudtwin.core.network.CenGrant;
import io.cloudtwin.core.network.CenGrantService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeGrantRulesToCenRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeGrantRulesToCenResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.GrantInstanceToCenRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.RevokeInstanceFromCenRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * A VPC's grants to cloud enterprise networks of other accounts (alicloud_cen_instance_grant): GrantInstanceToCen,
 * read back with DescribeGrantRulesToCen (the provider looks for its CenId among the rules), RevokeInstanceFromCen.
 * InstanceType VPC only: virtual border routers and cloud connect networks are not modelled.
 */
@Component
record CenGrants(CenGrantService grants) implements VpcApi.GrantInstanceToCen, VpcApi.RevokeInstanceFromCen,
        VpcApi.DescribeGrantRulesToCen {
    private static final String VPC = "VPC";

    @Override
    public void grantInstanceToCen(AliyunCall call, GrantInstanceToCenRequest r) {
        if ("VBR".equals(r.instanceType())) throw call.error("InvalidVbr.NotFound");
        if (!wellFormedCen(r.cenId())) throw call.error("IllegalParam.CenInstanceId", r.cenId());
        grants.grant(call.scope(), vpc(call, r.instanceType(), r.instanceId()), r.cenId(), r.cenOwnerId());
    }

    @Override
    public void revokeInstanceFromCen(AliyunCall call, RevokeInstanceFromCenRequest r) {
        // the action documents no code of its own for a malformed CenId
        if (!wellFormedCen(r.cenId())) throw call.invalid("CenId");
        grants.revoke(call.scope(), vpc(call, r.instanceType(), r.instanceId()), r.cenId(), r.cenOwnerId());
    }

    /** InstanceId and InstanceType (VPC; another type has no grants here) -> the VPC's grants, oldest first, paged. */
    @Override
    public DescribeGrantRulesToCenResponse describeGrantRulesToCen(AliyunCall call, DescribeGrantRulesToCenRequest r) {
        var paging = call.paging(10);
        Page<CenGrant> page = !VPC.equals(r.instanceType()) ? new Page<>(List.of(), 0)
                : grants.grantsOf(call.scope(), r.instanceId(), paging.offset(), paging.limit());
        return call.paged(new DescribeGrantRulesToCenResponse().setCenGrantRules(AliyunFormats.each(page.items(),
                DescribeGrantRulesToCenResponse.CbnGrantRule::new, (rule, g) -> rule.setCenInstanceId(g.cenId())
                        .setCenOwnerId(g.cenOwnerId()).setCreationTime(AliyunFormats.time(g.createdAt())))),
                paging, page.total());
    }

    /** The VPC an InstanceType VPC names (VBR and CCN name nothing here; another type: InstanceType.Invalid). */
    private static String vpc(AliyunCall call, String type, String id) {
        if (VPC.equals(type)) return id;
        if ("VBR".equals(type) || "CCN".equals(type)) throw call.error("InvalidInstanceId.NotFound");
        throw call.error("InstanceType.Invalid");
    }

    /** A CEN's id: cen- and 1 to 60 more characters. */
    private static boolean wellFormedCen(String cenId) {
        return cenId.startsWith("cen-") && cenId.length() > 4 && cenId.length() <= 64;
    }
}
