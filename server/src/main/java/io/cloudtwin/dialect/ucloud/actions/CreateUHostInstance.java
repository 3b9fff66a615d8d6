package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.FirewallService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudException;
import io.cloudtwin.dialect.ucloud.UcloudItem;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.UcloudViews;
import io.cloudtwin.dialect.ucloud.UhostDetails;

/**
 * Zone, ImageId, Disks.N.{IsBoot,Type,Size}, LoginMode (Password needs a base64 Password; KeyPair a KeyPairId;
 * ImagePasswd nothing), Name, Tag, CPU, Memory,
 * VPCId, SubnetId, PrivateIp.0, ChargeType (Month), Quantity, MachineType (N), MaxCount, SecurityMode (Firewall | SecGroup) with SecGroupId.N.Id / .Priority (at most 5) -> UHostIds, IPs.
 * SecurityGroupId: the firewall of a Firewall-mode host (the recommended web firewall when absent). A host naming no
 * VPC, subnet or security group lands in the scope's default subnet (DefaultVPC / DefaultNetwork, made on demand).
 */
@Component
public class CreateUHostInstance implements UcloudAction {
    private final UhostDetails details;

    public CreateUHostInstance(UhostDetails details) {
        this.details = details;
    }

    @Override
    public String name() {
        return "CreateUHostInstance";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        String zone = r.string("Zone");
        String imageId = r.string("ImageId");
        checkDisks(r.items("Disks"));
        switch (r.string("LoginMode")) {
            case "Password" -> {
                if (!r.has("Password")) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "Password");
                try {
                    Base64.getDecoder().decode(r.string("Password"));
                } catch (IllegalArgumentException e) {
                    throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Password");
                }
            }
            case "KeyPair" -> {
                if (!r.has("KeyPairId")) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "KeyPairId");
            }
            case "ImagePasswd" -> {
                // the image's own password: nothing more to give
            }
            default -> throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "LoginMode");
        }
        String mode = r.string("SecurityMode");
        List<InstanceService.GroupRef> refs = new ArrayList<>();
        if (mode.equals("SecGroup")) {
            for (UcloudItem g : r.items("SecGroupId")) {
                if (!g.has("Id")) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, g.key("Id"));
                refs.add(new InstanceService.GroupRef(g.string("Id"), g.integer("Priority", 1)));
            }
            if (refs.isEmpty()) throw new UcloudException(UcloudRetCode.MISSING_PARAMS, "SecGroupId.0.Id");
            if (refs.size() > 5) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "SecGroupId");
        } else if (!mode.equals("Firewall")) {
            throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "SecurityMode");
        }
        String name = r.string("Name");
        if (name.length() > 63) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Name");
        List<String> privateIps = r.strings("PrivateIp");
        if (privateIps.size() > 1) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "PrivateIp");
        var spec = new InstanceService.NewInstance(zone, name, "", imageId, "", r.string("VPCId", ""),
                r.integer("CPU"), r.integer("Memory"), InstanceStatus.RUNNING, refs, r.string("Tag"),
                r.string("SubnetId"), privateIps.isEmpty() ? null : privateIps.get(0));
        List<UhostDetails.NewDisk> disks = r.items("Disks").stream()
                .map(d -> new UhostDetails.NewDisk(d.string("IsBoot").equals("True"), d.string("Type"), d.integer("Size")))
                .toList();
        List<Instance> created = details.create(r.scope(), spec, r.integer("MaxCount"),
                new UhostDetails.Billing(r.string("ChargeType", "Month"), r.integer("Quantity", 1)),
                r.string("MachineType", "N"), r.string("LoginMode"), disks,
                new FirewallService.Placement(mode.equals("Firewall"), r.string("SecurityGroupId")));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("UHostIds", created.stream().map(Instance::id).toList());
        out.put("IPs", created.stream().map(i -> UcloudViews.address(i)).toList());
        return out;
    }

    /** Exactly one boot disk (the spec has checked each disk's IsBoot, Type and Size are there and typed). */
    private static void checkDisks(List<UcloudItem> disks) {
        long boot = disks.stream().filter(d -> d.string("IsBoot").equals("True")).count();
        if (boot != 1) throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, "Disks.N.IsBoot");
        for (UcloudItem d : disks) {
            if (d.integer("Size") < 1 || d.integer("Size") > 32_000) {
                throw new UcloudException(UcloudRetCode.PARAMS_NOT_VALID, d.key("Size"));
            }
        }
    }
}
