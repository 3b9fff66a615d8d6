package io.cloudtwin.dialect.ucloud.ulb;

import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.balancing.ForwardingRuleService;
import io.cloudtwin.core.balancing.LoadBalancerService.BackendView;
import io.cloudtwin.core.balancing.LoadBalancerService.ListenerView;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.ulb.api.CreatePolicyRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.CreatePolicyResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.DeletePolicyRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.PolicyBackendSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBPolicySet;
import io.cloudtwin.dialect.ucloud.ulb.api.UlbApi;
import io.cloudtwin.dialect.ucloud.ulb.api.UpdatePolicyRequest;

/**
 * ULB content forwarding policies (terraform-provider-ucloud's ucloud_lb_rule, ucloud-cli's ulb policy): a Domain or
 * Path match on an HTTP or HTTPS VServer sends to some of its backends; read back from DescribeVServer's PolicySet.
 */
@Component
record Policies(ForwardingRuleService rules) implements UlbApi.CreatePolicy, UlbApi.UpdatePolicy, UlbApi.DeletePolicy {
    /** PolicyId: this prefix and 8 lower-case letters and digits. */
    private static final String ID_PREFIX = "policy-";
    private static final Set<String> TYPES = Set.of("Domain", "Path");
    private static final Set<String> MODES = Set.of("Regular", "Wildcard");

    @Override
    public CreatePolicyResponse createPolicy(UcloudCall call, CreatePolicyRequest r) {
        var made = rules.create(call.scope(), r.ulbId(), r.vServerId(), Ids.random(ID_PREFIX, 8),
                new ForwardingRuleService.NewRule(type(call, r.type() == null ? "Domain" : r.type()),
                        match(call, r.match()), mode(call, r.domainMatchMode()), r.policyPriority(), r.backendId()));
        return new CreatePolicyResponse().setPolicyId(made.id());
    }

    @Override
    public void updatePolicy(UcloudCall call, UpdatePolicyRequest r) {
        if (r.policyId() == null || r.policyId().isEmpty()) throw call.missing("PolicyId");
        rules.update(call.scope(), r.ulbId(), r.vServerId(), r.policyId(), new ForwardingRuleService.NewRule(
                r.type() == null ? null : type(call, r.type()), match(call, r.match()), mode(call, r.domainMatchMode()),
                r.policyPriority(), r.backendId().isEmpty() ? null : r.backendId()));
    }

    @Override
    public void deletePolicy(UcloudCall call, DeletePolicyRequest r) {
        rules.delete(call.scope(), r.policyId());
    }

    /** A policy as a VServer's PolicySet gives it, its backends described from the VServer's. */
    static ULBPolicySet policy(ForwardingRuleService.RuleView v, ListenerView listener) {
        var backends = listener.backends().stream().filter(b -> v.backendIds().contains(b.backend().id()))
                .map(Policies::backend).toList();
        return new ULBPolicySet().setPolicyId(v.rule().id()).setPolicyType("Custom").setType(v.rule().matchType())
                .setMatch(v.rule().matchText()).setDomainMatchMode(v.rule().matchMode())
                .setPolicyPriority(v.rule().priority()).setVServerId(v.rule().listenerId())
                .setTotalCount(backends.size()).setBackendSet(backends);
    }

    private static PolicyBackendSet backend(BackendView v) {
        Instance i = v.instance();
        return new PolicyBackendSet().setBackendId(v.backend().id()).setResourceType("UHost")
                .setResourceName(i == null ? "" : i.name()).setObjectId(v.backend().instanceId()).setSubResourceId("")
                .setSubResourceName("").setSubResourceType("").setPort(v.backend().port())
                .setPrivateIP(i == null ? "" : UcloudFormats.address(i));
    }

    private static String type(UcloudCall call, String type) {
        if (!TYPES.contains(type)) throw call.invalid("Type");
        return type;
    }

    private static String match(UcloudCall call, String match) {
        if (match == null || match.isBlank()) throw call.error(UcloudRetCode.POLICY_MATCH_EMPTY, "Match");
        if (match.length() > 1024) throw call.invalid("Match");
        return match;
    }

    private static String mode(UcloudCall call, String mode) {
        if (mode != null && !mode.isEmpty() && !MODES.contains(mode)) throw call.invalid("DomainMatchMode");
        return mode;
    }
}
