package io.cloudtwin.dialect.aliyun.slb;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.balancing.Member;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.BackendServerAnswer;
import io.cloudtwin.dialect.aliyun.slb.api.AddBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.AddBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.RemoveBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetBackendServersRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetBackendServersResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The default server pool of a load balancer (BackendServers): ECS instances (Type ecs, the default) or ENIs (eni) of
 * its VPC (any of the region for one in no VPC), each with a weight of 0 to 100 (default 100). BackendServers is a
 * string holding a JSON array, read as the service reads it: single quotes (the old SDK samples', the Terraform
 * provider's) as well as double, Weight a number or a string; at most 20 servers a request.
 */
@Component
record BackendServers(LoadBalancerService lbs)
        implements SlbApi.AddBackendServers, SlbApi.SetBackendServers, SlbApi.RemoveBackendServers {
    private static final JsonMapper LENIENT = JsonMapper.builder().enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
            .enable(JsonReadFeature.ALLOW_UNQUOTED_PROPERTY_NAMES).build();
    private static final int MAX_SERVERS = 20;

    /** The servers a BackendServers parameter names; malformed: InvalidParameter naming it. */
    private static List<LoadBalancerService.NewMember> servers(AliyunCall call, String text) {
        JsonNode array;
        try {
            array = LENIENT.readTree(text == null ? "" : text);
        } catch (JacksonException e) {
            throw call.invalid("BackendServers");
        }
        if (array == null || !array.isArray() || array.isEmpty()) throw call.invalid("BackendServers");
        if (array.size() > MAX_SERVERS) throw call.firstError("BackendServers", "TooManyBackendServers");
        List<LoadBalancerService.NewMember> out = new ArrayList<>();
        for (JsonNode item : array) {
            if (!item.isObject()) throw call.invalid("BackendServers");
            String id = text(item, "ServerId");
            if (id == null || id.isEmpty()) throw call.invalid("BackendServers");
            String type = text(item, "Type");
            if (type == null || type.isEmpty()) type = Member.INSTANCE;
            if (!type.equals(Member.INSTANCE) && !type.equals(Member.INTERFACE)) throw call.invalid("BackendServers");
            String weightText = text(item, "Weight");
            int weight = 100;
            if (weightText != null && !weightText.isEmpty()) {
                try {
                    weight = Integer.parseInt(weightText.trim());
                } catch (NumberFormatException e) {
                    throw call.invalid("BackendServers");
                }
                if (weight < 0 || weight > 100) throw call.invalid("BackendServers");
            }
            String description = text(item, "Description");
            if (description != null && description.length() > 80) throw call.invalid("BackendServers");
            out.add(new LoadBalancerService.NewMember(null, id, type, weight, description));
        }
        return out;
    }

    private static String text(JsonNode item, String field) {
        JsonNode v = item.get(field);
        if (v == null || v.isNull()) return null;
        if (v.isContainer()) return "\u0000";
        return v.asString();
    }

    @Override
    @Coverage("instances (Type ecs) or ENIs (eni) of the load balancer's VPC, Weight 0-100 (default 100); a member "
            + "already gets the new weight; single-quoted JSON accepted; all in one transaction")
    public AddBackendServersResponse addBackendServers(AliyunCall call, AddBackendServersRequest r) {
        List<Member> members = lbs.addMembers(call.regionalScope(), r.loadBalancerId(), servers(call, r.backendServers()));
        return new AddBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members(members, AddBackendServersResponse.BackendServer::new));
    }

    @Override
    @Coverage("the weights of members; a server that is no member: InvalidServerId.NotFound")
    public SetBackendServersResponse setBackendServers(AliyunCall call, SetBackendServersRequest r) {
        List<Member> members = lbs.setMembers(call.regionalScope(), r.loadBalancerId(), servers(call, r.backendServers()));
        return new SetBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members(members, SetBackendServersResponse.BackendServer::new));
    }

    /** The members as Add and Set answer them (Weight as text). */
    private static <T extends BackendServerAnswer> List<T> members(List<Member> members, Supplier<T> item) {
        return AliyunFormats.each(members, item, (t, m) -> t.setServerId(m.serverId())
                .setWeight(String.valueOf(m.weight())).setType(m.serverType()).setDescription(m.description()));
    }

    @Override
    @Coverage("takes servers out of the pool (a server that is no member is passed over); answers the servers left")
    public RemoveBackendServersResponse removeBackendServers(AliyunCall call, RemoveBackendServersRequest r) {
        List<String> ids = servers(call, r.backendServers()).stream().map(LoadBalancerService.NewMember::serverId).toList();
        List<Member> members = lbs.removeMembers(call.regionalScope(), r.loadBalancerId(), ids);
        return new RemoveBackendServersResponse().setLoadBalancerId(r.loadBalancerId())
                .setBackendServers(members.stream().map(m -> new RemoveBackendServersResponse.BackendServer()
                        .setServerId(m.serverId()).setWeight(m.weight()).setType(m.serverType())
                        .setDescription(m.description())).toList());
    }
}
