package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;

/**
 * UHost creation with what only UCloud knows of a host (charge type, machine type, login mode, disks): the
 * cloud-neutral instances and their detail rows are written in one transaction.
 */
@Component
public class UhostDetails {
    private final InstanceService instances;
    private final UhostDetailStore store;
    private final FirewallService firewalls;

    public UhostDetails(InstanceService instances, UhostDetailStore store, FirewallService firewalls) {
        this.instances = instances;
        this.store = store;
        this.firewalls = firewalls;
    }

    /** A disk as CreateUHostInstance's Disks.N gives it. */
    public record NewDisk(boolean boot, String type, int sizeGb) {}

    /**
     * Charge type as DescribeUHostInstance reports it (Spot hosts are Preemptive); expiry after quantity months/years
     * for Month/Year, none for hosts billed by use.
     */
    public record Billing(String chargeType, int quantity) {
        public String reported() {
            return chargeType.equals("Spot") ? "Preemptive" : chargeType;
        }

        OffsetDateTime expiry(OffsetDateTime created) {
            int q = Math.max(quantity, 1);
            return switch (chargeType) {
                case "Year" -> created.plusYears(q);
                case "Month" -> created.plusMonths(q);
                default -> null;
            };
        }
    }

    @Transactional
    public List<Instance> create(Scope scope, InstanceService.NewInstance spec, int count, Billing billing,
                                 String machineType, String loginMode, List<NewDisk> disks) {
        return create(scope, spec, count, billing, machineType, loginMode, disks, new FirewallService.Placement(false, null));
    }

    /** As above, with the placement of ucloud-net: subnet (default network on demand) and firewall of each host. */
    @Transactional
    public List<Instance> create(Scope scope, InstanceService.NewInstance spec, int count, Billing billing,
                                 String machineType, String loginMode, List<NewDisk> disks,
                                 FirewallService.Placement placement) {
        List<Instance> created = firewalls.createHosts(scope, spec, count, placement);
        for (Instance i : created) {
            List<UhostDisk> rows = new ArrayList<>();
            for (NewDisk d : disks) {
                rows.add(new UhostDisk(Ids.random(d.type().startsWith("CLOUD") ? "bsi-" : "bsm-", 8),
                        d.boot(), d.type(), d.sizeGb()));
            }
            store.insert(i.id(), new UhostDetail(billing.reported(), machineType, loginMode,
                    billing.expiry(i.createdAt()), rows));
        }
        return created;
    }

    /** ResetUHostInstancePassword: the host must be Stopped (checked under its row lock); records the login mode. */
    @Transactional
    public void resetPassword(Scope scope, String id, String loginMode) {
        instances.requireStopped(scope, id);
        store.setLoginMode(id, loginMode);
    }

    public Map<String, UhostDetail> of(List<Instance> hosts) {
        return store.find(hosts.stream().map(Instance::id).toList());
    }
}
