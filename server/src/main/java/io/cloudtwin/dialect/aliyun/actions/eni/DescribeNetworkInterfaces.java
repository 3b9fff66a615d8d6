package io.cloudtwin.dialect.aliyun.actions.eni;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.InterfaceService;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceLifecycle;
import io.cloudtwin.core.TagService;
import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** Primary interfaces of the region's instances and secondary ones; filters NetworkInterfaceId.N, InstanceId, VpcId, VSwitchId, SecurityGroupId, Type, Status, PrimaryIpAddress, NetworkInterfaceName, Tag.N; pages. */
@Component
public class DescribeNetworkInterfaces implements AliyunAction {
    private final InterfaceService interfaces;
    private final InstanceService instances;
    private final InstanceLifecycle lifecycle;
    private final TagService tags;

    public DescribeNetworkInterfaces(InterfaceService interfaces, InstanceService instances, InstanceLifecycle lifecycle, TagService tags) {
        this.interfaces = interfaces;
        this.instances = instances;
        this.lifecycle = lifecycle;
        this.tags = tags;
    }

    @Override
    public String name() {
        return "DescribeNetworkInterfaces";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        try {
            var scope = r.regionalScope();
            var paging = r.paging(10);
            List<Map<String, Object>> all = new java.util.ArrayList<>();
            for (var i : instances.list(scope, io.cloudtwin.store.InstanceStore.Filter.none(), 0, Integer.MAX_VALUE).items()) {
                all.add(Interfaces.primary(i, null));
            }
            var rows = interfaces.list(scope);
            var groups = interfaces.groupsOf(rows.stream().map(io.cloudtwin.store.InterfaceStore.Row::id).toList());
            for (var row : rows) all.add(Interfaces.secondary(row, groups.get(row.id()), null));
            var tagged = tags.of(all.stream().map(m -> (String) m.get("InstanceId")).filter(s -> !s.isEmpty()).toList());
            var eniTags = tags.of(rows.stream().map(io.cloudtwin.store.InterfaceStore.Row::id).toList());
            for (var m : all) {
                boolean isPrimary = "Primary".equals(m.get("Type"));
                m.put("Tags", io.cloudtwin.dialect.aliyun.AliyunNetworkViews.ecsTags(isPrimary
                        ? tagged.get(m.get("InstanceId")) : eniTags.get(m.get("NetworkInterfaceId"))));
            }
            List<String> ids = r.list("NetworkInterfaceId");
            Map<String, String> tagFilter = r.tags("Tag");
            List<Map<String, Object>> kept = all.stream()
                    .filter(m -> ids.isEmpty() || ids.contains(m.get("NetworkInterfaceId")))
                    .filter(m -> matches(r, "InstanceId", m) && matches(r, "VpcId", m) && matches(r, "VSwitchId", m)
                            && matches(r, "Type", m) && matches(r, "Status", m) && matches(r, "NetworkInterfaceName", m))
                    .filter(m -> r.string("PrimaryIpAddress") == null || r.string("PrimaryIpAddress").equals(m.get("PrivateIpAddress")))
                    .filter(m -> r.string("SecurityGroupId") == null
                            || ((List<?>) m.get("SecurityGroupIds")).contains(r.string("SecurityGroupId")))
                    .filter(m -> tagFilter.isEmpty() || hasTags(m, tagFilter))
                    .toList();
            Map<String, Object> out = new LinkedHashMap<>(paging.answer(kept.size()));
            out.put("NetworkInterfaceSets", kept.subList(Math.min(kept.size(), paging.offset()),
                    (int) Math.min(kept.size(), (long) paging.offset() + paging.limit())));
            return out;
        } catch (InterfaceService.Refused e) {
            throw Interfaces.refused(r, e);
        }
    }

    private static boolean matches(AliyunRequest r, String name, Map<String, Object> m) {
        String want = r.string(name);
        return want == null || want.equals(m.get(name));
    }

    @SuppressWarnings("unchecked")
    private static boolean hasTags(Map<String, Object> m, Map<String, String> wanted) {
        var tags = (List<Map<String, Object>>) ((Map<String, Object>) m.get("Tags")).get("Tag");
        for (var e : wanted.entrySet()) {
            boolean found = tags.stream().anyMatch(t -> e.getKey().equals(t.get("TagKey"))
                    && (e.getValue().isEmpty() || e.getValue().equals(t.get("TagValue"))));
            if (!found) return false;
        }
        return true;
    }
}
