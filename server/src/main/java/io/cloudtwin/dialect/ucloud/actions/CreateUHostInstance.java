package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Instance;
import io.cloudtwin.core.InstanceService;
import io.cloudtwin.core.InstanceStatus;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.UcloudViews;

/**
 * Zone, ImageId, Disks.N.{IsBoot,Type,Size}, LoginMode (Password needs a base64 Password), Name, Tag, CPU, Memory,
 * VPCId, MaxCount, SecurityMode (Firewall | SecGroup) with SecGroupId.N.Id / .Priority (at most 5) -> UHostIds, IPs.
 */
@Component
public class CreateUHostInstance implements UcloudAction {
    private final InstanceService instances;

    public CreateUHostInstance(InstanceService instances) {
        this.instances = instances;
    }

    @Override
    public String name() {
        return "CreateUHostInstance";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String zone = r.required("Zone");
        if (!zone.startsWith(r.scope().region() + "-")) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Zone");
        String imageId = r.required("ImageId");
        checkDisks(r.objects("Disks"));
        String loginMode = r.required("LoginMode");
        switch (loginMode) {
            case "Password" -> {
                try {
                    Base64.getDecoder().decode(r.required("Password"));
                } catch (IllegalArgumentException e) {
                    throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Password");
                }
            }
            case "KeyPair" -> r.required("KeyPairId");
            default -> throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "LoginMode");
        }
        String mode = r.optional("SecurityMode", "Firewall");
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        if (mode.equals("SecGroup")) {
            for (Map<String, String> g : r.objects("SecGroupId")) {
                String id = g.get("Id");
                if (id == null || id.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "SecGroupId.N.Id");
                refs.add(new InstanceService.GroupRef(id, Priorities.parse(g.get("Priority"), "SecGroupId.N.Priority")));
            }
            if (refs.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "SecGroupId.0.Id");
            if (refs.size() > 5) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "SecGroupId");
        } else if (!mode.equals("Firewall")) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "SecurityMode");
        }
        int cpu = r.integer("CPU", 4, 1, 240);
        int memory = r.integer("Memory", 8192, 1024, 1_966_080);
        int count = r.integer("MaxCount", 1, 1, 100);
        String name = r.optional("Name", "UHost");
        if (name.length() > 63) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Name");
        var spec = new InstanceService.NewInstance(zone, name, r.optional("Remark", ""), imageId, "", r.optional("VPCId", ""),
                cpu, memory, InstanceStatus.RUNNING, refs, r.optional("Tag", "Default"));
        List<Instance> created = instances.create(r.scope(), spec, count);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("UHostIds", created.stream().map(Instance::id).toList());
        out.put("IPs", created.stream().map(i -> UcloudViews.privateIp(i.id())).toList());
        return out;
    }

    private static void checkDisks(List<Map<String, String>> disks) {
        if (disks.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Disks.0.IsBoot");
        int boot = 0;
        for (Map<String, String> d : disks) {
            String isBoot = d.get("IsBoot");
            if (isBoot == null) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Disks.N.IsBoot");
            if (!isBoot.equalsIgnoreCase("true") && !isBoot.equalsIgnoreCase("false")) {
                throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Disks.N.IsBoot");
            }
            if (isBoot.equalsIgnoreCase("true")) boot++;
            if (d.get("Type") == null || d.get("Type").isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Disks.N.Type");
            String size = d.get("Size");
            if (size == null) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Disks.N.Size");
            try {
                int s = Integer.parseInt(size);
                if (s < 1 || s > 32_000) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Disks.N.Size");
            } catch (NumberFormatException e) {
                throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Disks.N.Size");
            }
        }
        if (boot != 1) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Disks.N.IsBoot");
    }
}
