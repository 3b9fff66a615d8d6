package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.mirror.TrafficMirrorFilter;
import io.cloudtwin.core.mirror.TrafficMirrorRule;
import io.cloudtwin.core.mirror.TrafficMirrorService;
import io.cloudtwin.core.mirror.TrafficMirrorSession;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.TrafficMirrorRuleAnswer;
import io.cloudtwin.dialect.aliyun.api.TrafficMirrorRuleFields;
import io.cloudtwin.dialect.aliyun.vpc.api.AddSourcesToTrafficMirrorSessionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorFilterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorFilterResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorFilterRulesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorFilterRulesResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorSessionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateTrafficMirrorSessionResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteTrafficMirrorFilterRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteTrafficMirrorFilterRulesRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteTrafficMirrorSessionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTrafficMirrorFiltersRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTrafficMirrorFiltersResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTrafficMirrorSessionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListTrafficMirrorSessionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.RemoveSourcesFromTrafficMirrorSessionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateTrafficMirrorFilterAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateTrafficMirrorFilterRuleAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdateTrafficMirrorSessionAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Traffic mirroring (alicloud_vpc_traffic_mirror_filter, its ingress and egress rules,
 * alicloud_vpc_traffic_mirror_session): filters with rules, and sessions copying their sources' traffic (attached network interfaces) through a filter to a
 * network interface or an SLB instance. Every filter, rule and session is Created at once; nothing is copied.
 */
@Component
record TrafficMirrors(TrafficMirrorService mirrors, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateTrafficMirrorFilter, VpcApi.ListTrafficMirrorFilters,
        VpcApi.UpdateTrafficMirrorFilterAttribute, VpcApi.DeleteTrafficMirrorFilter,
        VpcApi.CreateTrafficMirrorFilterRules, VpcApi.UpdateTrafficMirrorFilterRuleAttribute,
        VpcApi.DeleteTrafficMirrorFilterRules, VpcApi.CreateTrafficMirrorSession, VpcApi.ListTrafficMirrorSessions,
        VpcApi.UpdateTrafficMirrorSessionAttribute, VpcApi.DeleteTrafficMirrorSession,
        VpcApi.AddSourcesToTrafficMirrorSession, VpcApi.RemoveSourcesFromTrafficMirrorSession {
    /** The state every filter, rule and session answers: each is made at once. */
    private static final String CREATED = "Created";
    private static final Set<String> ACTIONS = Set.of("accept", "drop");
    private static final Set<String> PROTOCOLS = Set.of("ALL", "ICMP", "TCP", "UDP");
    private static final int MAX_VNI = 16_777_215;
    private static final int MAX_PACKET_LENGTH = 9_600;

    @Override
    public CreateTrafficMirrorFilterResponse createTrafficMirrorFilter(AliyunCall call,
                                                                       CreateTrafficMirrorFilterRequest r) {
        var scope = call.scope();
        var spec = new TrafficMirrorService.NewFilter(text(call, "TrafficMirrorFilterName", r.trafficMirrorFilterName(),
                128), text(call, "TrafficMirrorFilterDescription", r.trafficMirrorFilterDescription(), 256),
                rules(call, r.ingressRules()), rules(call, r.egressRules()));
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.TRAFFIC_MIRROR_FILTER,
                group, () -> mirrors.createFilter(scope, Ids.random("tmf-", 20), spec, tagged, TrafficMirrors::ruleId)
                        .id()));
        return new CreateTrafficMirrorFilterResponse().setTrafficMirrorFilterId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    private static String ruleId() {
        return Ids.random("tmr-", 20);
    }

    /**
     * The rules of a request: Action accept or drop and Protocol ALL, ICMP, TCP or UDP (any case), blocks (absent:
     * 0.0.0.0/0), port ranges "from/to" of 1-65535 or -1/-1 (absent, or a protocol without ports: every port), Priority
     * 1-10 (0 or absent: the lowest free), IpVersion IPv4 (absent: IPv4; the provider never sends it).
     */
    private static List<TrafficMirrorService.NewRule> rules(AliyunCall call,
                                                            List<? extends TrafficMirrorRuleFields> given) {
        if (given == null) return List.of();
        return given.stream().map(a -> {
            if (!blank(a.ipVersion()) && !a.ipVersion().equalsIgnoreCase("IPv4")) {
                throw call.firstError("IpVersion", "UnsupportedFeature.IpVersion");
            }
            int priority = a.priority() == null ? 0 : a.priority();
            if (priority < 0 || priority > TrafficMirrorService.RULES_PER_DIRECTION) throw call.invalid("Priority");
            return new TrafficMirrorService.NewRule(priority, action(call, a.action()), protocol(call, a.protocol()),
                    cidr(call, a.sourceCidrBlock(), "IllegalParamFormat.SrcCidrBlock"),
                    cidr(call, a.destinationCidrBlock(), "IllegalParamFormat.DstCidrBlock"),
                    ports(call, a.sourcePortRange(), "SourcePortRange"), ports(call, a.destinationPortRange(),
                    "DestinationPortRange"));
        }).toList();
    }

    private static String action(AliyunCall call, String action) {
        if (blank(action) || !ACTIONS.contains(action.toLowerCase(Locale.ROOT))) throw call.invalid("Action");
        return action.toLowerCase(Locale.ROOT);
    }

    private static String protocol(AliyunCall call, String protocol) {
        if (blank(protocol) || !PROTOCOLS.contains(protocol.toUpperCase(Locale.ROOT))) throw call.invalid("Protocol");
        return protocol.toUpperCase(Locale.ROOT);
    }

    /** A rule's block: absent is every address; malformed, the action's CIDR error (code, else IllegalParam.CidrBlock). */
    private static String cidr(AliyunCall call, String block, String code) {
        if (blank(block)) return "0.0.0.0/0";
        try {
            return Cidr.parse(block).toString();
        } catch (IllegalArgumentException e) {
            throw call.firstError(block, code, "IllegalParam.CidrBlock");
        }
    }

    /** A port range "from/to" (the core's one port parser: 1-65535, from at most to) or -1/-1; absent: null. */
    private static String ports(AliyunCall call, String range, String parameter) {
        if (blank(range)) return null;
        if (range.equals(TrafficMirrorService.EVERY_PORT)) return range;
        try {
            int[] ports = Cidr.ports(range, "/");
            if (range.contains("/")) return ports[0] + "/" + ports[1];
        } catch (IllegalArgumentException e) {
            // refused below
        }
        throw call.invalid(parameter);
    }

    /** A name or description: at most max characters, not a URL; absent or empty: "". */
    private static String text(AliyunCall call, String parameter, String value, int max) {
        if (blank(value)) return "";
        if (value.length() > max || AliyunFormats.url(value)) {
            throw call.invalid(parameter);
        }
        return value;
    }

    @Override
    public ListTrafficMirrorFiltersResponse listTrafficMirrorFilters(AliyunCall call,
                                                                     ListTrafficMirrorFiltersRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.TRAFFIC_MIRROR_FILTER,
                r.trafficMirrorFilterIds(), r.tags(), r.resourceGroupId());
        var query = new TrafficMirrorService.FilterQuery(wanted.orElse(List.of()),
                blank(r.trafficMirrorFilterName()) ? null : r.trafficMirrorFilterName());
        var out = new ListTrafficMirrorFiltersResponse();
        List<TrafficMirrorFilter> shown = call.listed(out, call.paging(10), wanted.isEmpty(),
                mirrors.filters(scope, query));
        List<String> ids = shown.stream().map(TrafficMirrorFilter::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        var rules = mirrors.rulesOf(ids);
        return out.setCount(shown.size()).setTrafficMirrorFilters(AliyunFormats.each(shown,
                ListTrafficMirrorFiltersResponse.TrafficMirrorFilters::new, (item, f) -> {
                    List<TrafficMirrorRule> of = rules.getOrDefault(f.id(), List.of());
                    item.setTrafficMirrorFilterId(f.id()).setTrafficMirrorFilterName(f.name())
                            .setTrafficMirrorFilterDescription(f.description()).setTrafficMirrorFilterStatus(CREATED)
                            .setCreationTime(AliyunFormats.time(f.createdAt())).setResourceGroupId(grouped.get(f.id()))
                            .setTags(AliyunFormats.keyValueTags(tagged.get(f.id()),
                                    ListTrafficMirrorFiltersResponse.Tags::new))
                            .setIngressRules(AliyunFormats.each(direction(of, TrafficMirrorService.INGRESS),
                                    ListTrafficMirrorFiltersResponse.IngressRules::new, TrafficMirrors::rule))
                            .setEgressRules(AliyunFormats.each(direction(of, TrafficMirrorService.EGRESS),
                                    ListTrafficMirrorFiltersResponse.EgressRules::new, TrafficMirrors::rule));
                }));
    }

    /** A rule as ListTrafficMirrorFilters answers it, naming its filter (where the rule resources look for it). */
    private static void rule(TrafficMirrorRuleAnswer out, TrafficMirrorRule x) {
        out.setTrafficMirrorFilterRuleId(x.id()).setTrafficMirrorFilterId(x.filterId()).setTrafficDirection(x.direction())
                .setPriority(x.priority()).setAction(x.action()).setProtocol(x.protocol())
                .setSourceCidrBlock(x.sourceCidr()).setDestinationCidrBlock(x.destinationCidr())
                .setSourcePortRange(x.sourcePortRange()).setDestinationPortRange(x.destinationPortRange())
                .setTrafficMirrorFilterRuleStatus(CREATED);
    }

    private static List<TrafficMirrorRule> direction(List<TrafficMirrorRule> rules, String direction) {
        return rules.stream().filter(x -> x.direction().equals(direction)).toList();
    }

    @Override
    public void updateTrafficMirrorFilterAttribute(AliyunCall call, UpdateTrafficMirrorFilterAttributeRequest r) {
        String name = r.trafficMirrorFilterName() == null ? null
                : text(call, "TrafficMirrorFilterName", r.trafficMirrorFilterName(), 128);
        String description = r.trafficMirrorFilterDescription() == null ? null
                : text(call, "TrafficMirrorFilterDescription", r.trafficMirrorFilterDescription(), 256);
        mirrors.updateFilter(call.scope(), r.trafficMirrorFilterId(), name, description);
    }

    @Override
    public void deleteTrafficMirrorFilter(AliyunCall call, DeleteTrafficMirrorFilterRequest r) {
        mirrors.deleteFilter(call.scope(), r.trafficMirrorFilterId());
    }

    @Override
    public CreateTrafficMirrorFilterRulesResponse createTrafficMirrorFilterRules(AliyunCall call,
            CreateTrafficMirrorFilterRulesRequest r) {
        var scope = call.scope();
        var ingress = rules(call, r.ingressRules());
        var egress = rules(call, r.egressRules());
        var made = mirrors.addRules(scope, r.trafficMirrorFilterId(), ingress, egress, TrafficMirrors::ruleId);
        return new CreateTrafficMirrorFilterRulesResponse()
                .setIngressRules(AliyunFormats.each(made.ingress(),
                        CreateTrafficMirrorFilterRulesResponse.IngressRules::new, (item, id) -> item.setInstanceId(id)))
                .setEgressRules(AliyunFormats.each(made.egress(),
                        CreateTrafficMirrorFilterRulesResponse.EgressRules::new, (item, id) -> item.setInstanceId(id)));
    }

    @Override
    public void updateTrafficMirrorFilterRuleAttribute(AliyunCall call,
            UpdateTrafficMirrorFilterRuleAttributeRequest r) {
        Integer priority = r.priority();
        if (priority != null && (priority < 1 || priority > TrafficMirrorService.RULES_PER_DIRECTION)) {
            throw call.invalid("Priority");
        }
        var change = new TrafficMirrorService.RuleChange(priority,
                r.ruleAction() == null ? null : action(call, r.ruleAction()),
                r.protocol() == null ? null : protocol(call, r.protocol()),
                r.sourceCidrBlock() == null ? null : cidr(call, r.sourceCidrBlock(), "IllegalParam.CidrBlock"),
                r.destinationCidrBlock() == null ? null
                        : cidr(call, r.destinationCidrBlock(), "IllegalParam.CidrBlock"),
                ports(call, r.sourcePortRange(), "SourcePortRange"),
                ports(call, r.destinationPortRange(), "DestinationPortRange"));
        mirrors.updateRule(call.scope(), r.trafficMirrorFilterRuleId(), change);
    }

    @Override
    public void deleteTrafficMirrorFilterRules(AliyunCall call, DeleteTrafficMirrorFilterRulesRequest r) {
        mirrors.deleteRules(call.scope(), r.trafficMirrorFilterId(), r.trafficMirrorFilterRuleIds());
    }

    @Override
    public CreateTrafficMirrorSessionResponse createTrafficMirrorSession(AliyunCall call,
                                                                         CreateTrafficMirrorSessionRequest r) {
        var scope = call.scope();
        var spec = new TrafficMirrorService.NewSession(text(call, "TrafficMirrorSessionName",
                r.trafficMirrorSessionName(), 128), text(call, "TrafficMirrorSessionDescription",
                r.trafficMirrorSessionDescription(), 256), r.trafficMirrorFilterId(), r.trafficMirrorTargetId(),
                r.trafficMirrorTargetType(), r.priority(), vni(call, r.virtualNetworkId()),
                packetLength(call, r.packetLength()), r.enabled(), r.trafficMirrorSourceIds());
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.TRAFFIC_MIRROR_SESSION,
                group, () -> mirrors.createSession(scope, Ids.random("tms-", 20), spec, tagged).id()));
        return new CreateTrafficMirrorSessionResponse().setTrafficMirrorSessionId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    private static Integer vni(AliyunCall call, Integer vni) {
        if (vni != null && (vni < 0 || vni > MAX_VNI)) throw call.invalid("VirtualNetworkId");
        return vni;
    }

    private static Integer packetLength(AliyunCall call, Integer length) {
        if (length != null && (length < 1 || length > MAX_PACKET_LENGTH)) throw call.invalid("PacketLength");
        return length;
    }

    @Override
    public ListTrafficMirrorSessionsResponse listTrafficMirrorSessions(AliyunCall call,
                                                                       ListTrafficMirrorSessionsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.TRAFFIC_MIRROR_SESSION,
                r.trafficMirrorSessionIds(), r.tags(), r.resourceGroupId())
                .flatMap(ids -> mirrors.narrowed(ids, r.trafficMirrorSourceId()));
        var query = new TrafficMirrorService.SessionQuery(wanted.orElse(List.of()),
                blank(r.trafficMirrorSessionName()) ? null : r.trafficMirrorSessionName(),
                blank(r.trafficMirrorFilterId()) ? null : r.trafficMirrorFilterId(),
                blank(r.trafficMirrorTargetId()) ? null : r.trafficMirrorTargetId(), r.virtualNetworkId(),
                r.priority(), r.enabled());
        var out = new ListTrafficMirrorSessionsResponse();
        List<TrafficMirrorSession> shown = call.listed(out, call.paging(10), wanted.isEmpty(),
                mirrors.sessions(scope, query));
        List<String> ids = shown.stream().map(TrafficMirrorSession::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        Map<String, List<String>> sources = mirrors.sourcesOf(ids);
        return out.setTrafficMirrorSessions(AliyunFormats.each(shown,
                ListTrafficMirrorSessionsResponse.TrafficMirrorSessions::new, (item, s) -> item
                        .setTrafficMirrorSessionId(s.id()).setTrafficMirrorSessionName(s.name())
                        .setTrafficMirrorSessionDescription(s.description()).setTrafficMirrorFilterId(s.filterId())
                        .setTrafficMirrorTargetId(s.targetId()).setTrafficMirrorTargetType(s.targetType())
                        .setPriority(s.priority()).setVirtualNetworkId(s.virtualNetworkId())
                        .setPacketLength(s.packetLength()).setEnabled(s.enabled())
                        .setTrafficMirrorSourceIds(sources.getOrDefault(s.id(), List.of()))
                        .setTrafficMirrorSessionStatus(CREATED).setTrafficMirrorSessionBusinessStatus("Normal")
                        .setCreationTime(AliyunFormats.time(s.createdAt())).setResourceGroupId(grouped.get(s.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(s.id()),
                                ListTrafficMirrorSessionsResponse.Tags::new))));
    }

    @Override
    public void updateTrafficMirrorSessionAttribute(AliyunCall call, UpdateTrafficMirrorSessionAttributeRequest r) {
        var change = new TrafficMirrorService.SessionChange(r.trafficMirrorSessionName() == null ? null
                : text(call, "TrafficMirrorSessionName", r.trafficMirrorSessionName(), 128),
                r.trafficMirrorSessionDescription() == null ? null
                        : text(call, "TrafficMirrorSessionDescription", r.trafficMirrorSessionDescription(), 256),
                blank(r.trafficMirrorFilterId()) ? null : r.trafficMirrorFilterId(),
                blank(r.trafficMirrorTargetId()) ? null : r.trafficMirrorTargetId(),
                blank(r.trafficMirrorTargetType()) ? null : r.trafficMirrorTargetType(), r.priority(),
                vni(call, r.virtualNetworkId()), r.enabled());
        mirrors.updateSession(call.scope(), r.trafficMirrorSessionId(), change);
    }

    @Override
    public void deleteTrafficMirrorSession(AliyunCall call, DeleteTrafficMirrorSessionRequest r) {
        mirrors.deleteSession(call.scope(), r.trafficMirrorSessionId());
    }

    @Override
    public void addSourcesToTrafficMirrorSession(AliyunCall call, AddSourcesToTrafficMirrorSessionRequest r) {
        mirrors.addSources(call.scope(), r.trafficMirrorSessionId(), r.trafficMirrorSourceIds());
    }

    @Override
    public void removeSourcesFromTrafficMirrorSession(AliyunCall call, RemoveSourcesFromTrafficMirrorSessionRequest r) {
        mirrors.removeSources(call.scope(), r.trafficMirrorSessionId(), r.trafficMirrorSourceIds());
    }
}
