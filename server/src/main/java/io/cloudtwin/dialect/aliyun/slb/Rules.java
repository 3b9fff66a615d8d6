package io.cloudtwin.dialect.aliyun.slb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.spec.JsonValue;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.ListenerRule;
import io.cloudtwin.core.balancing.ListenerRuleService;
import io.cloudtwin.core.balancing.ListenerSettings;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.api.ListenerRuleAnswer;
import io.cloudtwin.dialect.aliyun.api.RuleAnswer;
import io.cloudtwin.dialect.aliyun.slb.api.CreateRulesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateRulesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteRulesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRuleAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRuleAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRulesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeRulesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetRuleRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import tools.jackson.databind.JsonNode;

/**
 * Forwarding rules of HTTP and HTTPS listeners (rule-): the requests for a Domain and/or a Url go to a VServer group of
 * the load balancer (the core's listener rules, V87). RuleList and RuleIds are strings holding JSON arrays, read as
 * the service reads them (single quotes too: the provider deletes with RuleIds=['rule-...']). A rule's own scheduling,
 * session and health check settings (SetRule with ListenerSync off) are kept under the API's names; what it does not
 * set is answered from its listener.
 */
@Component
record Rules(ListenerRuleService rules, LoadBalancerService lbs)
        implements SlbApi.CreateRules, SlbApi.DescribeRules, SlbApi.DescribeRuleAttribute, SlbApi.SetRule,
        SlbApi.DeleteRules {
    private static final int RULES_A_CALL = 10;
    private static final int MAX_NAME = 40;
    private static final int MAX_URL = 80;
    private static final int MAX_DOMAIN = 80;

    @Override
    public CreateRulesResponse createRules(AliyunCall call, CreateRulesRequest r) {
        Scope scope = call.scope();
        List<ListenerRuleService.NewRule> asked = ruleList(call, r.ruleList());
        Listener l = lbs.listenerAt(scope, r.loadBalancerId(), r.listenerPort(), r.listenerProtocol());
        List<ListenerRule> made = rules.create(scope, r.loadBalancerId(), l.id(), asked);
        return new CreateRulesResponse().setRules(made.stream().map(m -> new CreateRulesResponse.Rule()
                .setRuleId(m.id()).setRuleName(m.name())).toList());
    }

    @Override
    public DescribeRulesResponse describeRules(AliyunCall call, DescribeRulesRequest r) {
        Scope scope = call.scope();
        Listener l = lbs.listenerAt(scope, r.loadBalancerId(), r.listenerPort(), r.listenerProtocol());
        return new DescribeRulesResponse().setRules(rules.ofListener(scope, r.loadBalancerId(), l.id()).stream()
                .map(rule -> answer(new DescribeRulesResponse.Rule(), rule, l)).toList());
    }

    @Override
    public DescribeRuleAttributeResponse describeRuleAttribute(AliyunCall call, DescribeRuleAttributeRequest r) {
        Scope scope = call.scope();
        ListenerRule rule = rules.get(scope, r.ruleId());
        Listener l = lbs.listener(scope, rule.loadBalancerId(), rule.listenerId());
        return answer(new DescribeRuleAttributeResponse(), rule, l).setLoadBalancerId(rule.loadBalancerId())
                .setListenerPort(String.valueOf(l.port()));
    }

    @Override
    public void setRule(AliyunCall call, SetRuleRequest r) {
        if (r.ruleName() != null && r.ruleName().length() > MAX_NAME) throw call.invalid("RuleName");
        Listeners.switches(call, "ListenerSync", r.listenerSync(), "StickySession", r.stickySession(), "HealthCheck",
                r.healthCheck());
        Listeners.scheduler(call, r.scheduler());
        var settings = new Settings().put("ListenerSync", r.listenerSync()).put("Scheduler", r.scheduler())
                .put("StickySession", r.stickySession()).put("StickySessionType", r.stickySessionType())
                .put("Cookie", r.cookie()).put("CookieTimeout", r.cookieTimeout()).put("HealthCheck", r.healthCheck())
                .put("HealthCheckDomain", r.healthCheckDomain()).put("HealthCheckURI", r.healthCheckURI())
                .put("HealthCheckHttpCode", r.healthCheckHttpCode())
                .put("HealthCheckConnectPort", r.healthCheckConnectPort())
                .put("HealthCheckInterval", r.healthCheckInterval()).put("HealthCheckTimeout", r.healthCheckTimeout())
                .put("HealthyThreshold", r.healthyThreshold()).put("UnhealthyThreshold", r.unhealthyThreshold());
        rules.update(call.scope(), r.ruleId(), r.ruleName(), r.vServerGroupId(), settings.map());
    }

    @Override
    public void deleteRules(AliyunCall call, DeleteRulesRequest r) {
        List<String> ids = new ArrayList<>();
        for (JsonNode id : array(call, "RuleIds", r.ruleIds())) {
            if (!id.isString() || id.asString().isBlank()) throw call.invalid("RuleIds");
            ids.add(id.asString());
        }
        rules.delete(call.scope(), ids);
    }

    /**
     * A rule's answer: what it is and sends to, and its settings; those it does not set are its listener's (the
     * API's defaults where the listener has none).
     */
    private static <T extends RuleAnswer> T answer(T out, ListenerRule rule, Listener l) {
        var own = ListenerSettings.parse(rule.settings());
        var s = new Settings(l);
        s.map().put("Scheduler", l.method());
        s.map().put("StickySession", l.persistence());
        s.map().put("Cookie", l.persistenceInfo());
        s.map().put("HealthCheck", l.healthCheck());
        s.map().put("HealthCheckDomain", l.healthDomain());
        s.map().put("HealthCheckURI", l.healthPath());
        s.map().putAll(own);
        out.setRuleId(rule.id()).setRuleName(rule.name()).setDomain(rule.domain()).setUrl(rule.url())
                .setVServerGroupId(rule.serverGroupId()).setListenerSync(s.text("ListenerSync", "on"))
                .setScheduler(s.text("Scheduler", "wrr")).setStickySession(s.text("StickySession", "off"))
                .setStickySessionType(s.text("StickySessionType", "")).setCookie(s.text("Cookie", ""))
                .setCookieTimeout(s.number("CookieTimeout", null)).setHealthCheck(s.text("HealthCheck", "off"))
                .setHealthCheckDomain(s.text("HealthCheckDomain", "")).setHealthCheckURI(s.text("HealthCheckURI", ""))
                .setHealthCheckHttpCode(s.text("HealthCheckHttpCode", "http_2xx"))
                .setHealthCheckConnectPort(s.number("HealthCheckConnectPort", null))
                .setHealthCheckInterval(s.number("HealthCheckInterval", 2))
                .setHealthCheckTimeout(s.number("HealthCheckTimeout", 5))
                .setHealthyThreshold(s.number("HealthyThreshold", 3))
                .setUnhealthyThreshold(s.number("UnhealthyThreshold", 3));
        return out;
    }

    /** The rules as a listener's answer lists them. */
    static <T extends ListenerRuleAnswer> List<T> brief(List<ListenerRule> rules, Supplier<T> item) {
        return rules.stream().map(r -> {
            T out = item.get();
            out.setRuleId(r.id()).setRuleName(r.name()).setDomain(r.domain()).setUrl(r.url())
                    .setVServerGroupId(r.serverGroupId());
            return out;
        }).toList();
    }

    /** The rules of a RuleList, each checked; malformed: InvalidParameter naming it. */
    private static List<ListenerRuleService.NewRule> ruleList(AliyunCall call, String text) {
        JsonNode list = array(call, "RuleList", text);
        List<ListenerRuleService.NewRule> out = new ArrayList<>();
        for (JsonNode item : list) {
            if (!item.isObject()) throw call.invalid("RuleList");
            String name = ServerList.text(call, "RuleList", item, "RuleName");
            if (name == null || name.isEmpty()) throw call.firstError("RuleName", "MissingParameter.RuleName");
            if (name.length() > MAX_NAME) throw call.invalid("RuleList");
            String domain = ServerList.text(call, "RuleList", item, "Domain");
            String url = ServerList.text(call, "RuleList", item, "Url");
            boolean hasDomain = domain != null && !domain.isEmpty();
            boolean hasUrl = url != null && !url.isEmpty();
            if (!hasDomain && !hasUrl) throw call.invalid("RuleList");
            if (hasDomain && (domain.length() > MAX_DOMAIN || domain.contains(" "))) throw call.invalid("RuleList");
            if (hasUrl && (!url.startsWith("/") || url.equals("/") || url.length() > MAX_URL)) {
                throw call.invalid("RuleList");
            }
            String group = ServerList.text(call, "RuleList", item, "VServerGroupId");
            if (group == null || group.isEmpty()) throw call.invalid("RuleList");
            out.add(new ListenerRuleService.NewRule(null, name, hasDomain ? domain : "", hasUrl ? url : "", group));
        }
        return out;
    }

    /** A JSON array of 1 to 10 items in a string parameter; malformed or empty: InvalidParameter naming it. */
    private static JsonNode array(AliyunCall call, String param, String text) {
        JsonNode array = JsonValue.parseLenient(text);
        if (array == null || !array.isArray() || array.isEmpty() || array.size() > RULES_A_CALL) {
            throw call.invalid(param);
        }
        return array;
    }
}
