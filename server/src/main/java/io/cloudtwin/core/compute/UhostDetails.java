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
 * UHost creation with what only UCloud knows of a host (charge type, machine type, login mode and key pair, disks):
 * the cloud-neutral instances and their detail rows are written in one transaction. A host that logs in with a key
 * pair holds the pair's row lock from the start of that transaction, so the pair cannot be deleted before the host
 * is bound to it (the lock order: the key pair, then the firewall, the VPC and the subnet).
 */
@Component
public class UhostDetails {
    private final InstanceService instances;
    private final UhostDetailStore store;
    private final FirewallService firewalls;

    private final KeyPairService keyPairs;

    public UhostDetails(InstanceService instances, UhostDetailStore store, FirewallService firewalls,
                        KeyPairService keyPairs) {
        this.instances = instances;
        this.store = store;
        this.firewalls = firewalls;
        this.keyPairs = keyPairs;
    }

    /** How a host is logged in to: LoginMode, and the KeyPairId when it is KeyPair (else null). */
    public record Login(String mode, String keyPairId) {}

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

    /**
     * Creates hosts with their details, placed as ucloud-net places them: subnet (default network on demand) and
     * firewall of each host. A login key pair of the scope that does not exist refuses the whole request.
     */
    @Transactional
    public List<Instance> create(Scope scope, InstanceService.NewInstance spec, int count, Billing billing,
                                 String machineType, Login login, List<NewDisk> disks,
                                 FirewallService.Placement placement) {
        if (login.keyPairId() != null) keyPairs.lock(scope, login.keyPairId());
        List<Instance> created = firewalls.createHosts(scope, spec, count, placement);
        for (Instance i : created) {
            List<UhostDisk> rows = new ArrayList<>();
            for (NewDisk d : disks) {
                rows.add(new UhostDisk(Ids.random(d.type().startsWith("CLOUD") ? "bsi-" : "bsm-", 8),
                        d.boot(), d.type(), d.sizeGb()));
            }
            store.insert(i.id(), new UhostDetail(billing.reported(), machineType, login.mode(),
                    billing.expiry(i.createdAt()), rows, login.keyPairId()));
        }
        return created;
    }

    /**
     * ResetUHostInstancePassword: the host must be Stopped (checked under its row lock, taken before the key pair's);
     * records the login mode and key pair, which must exist.
     */
    @Transactional
    public void resetPassword(Scope scope, String id, Login login) {
        instances.requireStopped(scope, id);
        if (login.keyPairId() != null) keyPairs.lock(scope, login.keyPairId());
        store.setLogin(id, login.mode(), login.keyPairId());
    }

    public Map<String, UhostDetail> of(List<Instance> hosts) {
        return store.find(hosts.stream().map(Instance::id).toList());
    }
}
