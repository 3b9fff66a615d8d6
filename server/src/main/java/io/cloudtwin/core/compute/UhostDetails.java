package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.eip.ElasticIpService;

/**
 * UHost creation with what only UCloud knows of a host (charge type, machine type, login mode and key pair, disks):
 * the cloud-neutral instances and their detail rows are written in one transaction. A host that logs in with a key
 * pair holds the pair's row lock from the start of that transaction, so the pair cannot be deleted before the host
 * is bound to it (the lock order: the key pair, then the firewall, the VPC and the subnet).
 */
@Component
public record UhostDetails(InstanceService instances, UhostDetailStore store, FirewallService firewalls,
                           KeyPairService keyPairs, DiskService disks, IsolationGroupService isolation,
                           ElasticIpService eips, Transactions tx) {
    /** How a host is logged in to: LoginMode, and the KeyPairId when it is KeyPair (else null). */
    public record Login(String mode, String keyPairId) {}

    /** The EIP each new host gets (CreateUHostInstance's NetworkInterface.N.EIP), its ids made by ids. */
    public record Eip(ElasticIpService.NewEip spec, Supplier<String> ids) {}

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
     * firewall of each host. A login key pair of the scope that does not exist refuses the whole request; so does an
     * isolation group (null: none) that does not exist or has no room left in the zone for all of them. With eip (null:
     * none) each host gets an EIP of its own, allocated and bound in the same transaction. With networkInterfaces
     * (Features.UNI) each host has a default network interface, and can take others.
     */
    public List<Instance> create(Scope scope, InstanceService.NewInstance spec, int count, Billing billing,
                                 String machineType, Login login, List<NewDisk> disks,
                                 FirewallService.Placement placement, String isolationGroupId, Eip eip,
                                 boolean networkInterfaces) {
        return tx.call(() -> {
            if (login.keyPairId() != null) keyPairs.lock(scope, login.keyPairId());
            List<Instance> created = firewalls.createHosts(scope, spec, count, placement);
            if (isolationGroupId != null) isolation.join(scope, isolationGroupId, created);
            for (Instance i : created) {
                List<UhostDisk> rows = new ArrayList<>();
                for (NewDisk d : disks) {
                    rows.add(new UhostDisk(Ids.random(d.type().startsWith("CLOUD") ? "bsi-" : "bsm-", 8),
                            d.boot(), d.type(), d.sizeGb()));
                }
                store.insert(i.id(), new UhostDetail(billing.reported(), machineType, login.mode(),
                        billing.expiry(i.createdAt()), rows, login.keyPairId(),
                        networkInterfaces ? Ids.Shape.NETWORK_INTERFACE.next(scope.cloud()) : null));
                if (eip != null) {
                    eips.allocateBound(scope, eip.ids().get(), eip.spec(), EipTargets.INSTANCE, i.id(), i.privateIp());
                }
            }
            return created;
        });
    }

    /**
     * ResetUHostInstancePassword: the host must be Stopped (checked under its row lock, taken before the key pair's);
     * records the login mode and key pair, which must exist.
     */
    public void resetPassword(Scope scope, String id, Login login) {
        tx.run(() -> {
            instances.requireStopped(scope, id);
            if (login.keyPairId() != null) keyPairs.lock(scope, login.keyPairId());
            store.setLogin(id, login.mode(), login.keyPairId());
        });
    }

    /**
     * ReinstallUHostInstance: a Stopped host (checked under its row lock, taken before the key pair's) gets the image
     * (null: its own) and the login, and starts.
     */
    public void reinstall(Scope scope, String id, String imageId, Login login) {
        tx.run(() -> {
            instances.reinstall(scope, id, imageId);
            if (login.keyPairId() != null) keyPairs.lock(scope, login.keyPairId());
            store.setLogin(id, login.mode(), login.keyPairId());
        });
    }

    /** Whether a resized disk is one of the host's own (boot or local data disk) or a UDisk attached to it. */
    public enum Resized { HOST_DISK, UDISK }

    /**
     * ResizeAttachedDisk: grows a disk of a host to sizeGb. One of the host's own disks (its boot disk, a data disk it
     * was created with) needs the host Stopped (checked under the host's row lock) and at most hostDiskMax; a UDisk
     * attached to the host grows in any power state (under the disk's lock), at most what udiskMax says of its
     * category. Never shrinks (DISK_SIZE_TOO_SMALL); a disk neither the host's nor attached to it: DISK_NOT_ATTACHED.
     * apply false (a dry run): every check, no change.
     */
    public Resized resizeDisk(Scope scope, String hostId, String diskId, int sizeGb, int hostDiskMax,
                              ToIntFunction<String> udiskMax, boolean apply) {
        return tx.call(() -> {
            Instance host = instances.get(scope, hostId);
            UhostDisk own = store.find(List.of(host.id())).values().stream().flatMap(d -> d.disks().stream())
                    .filter(d -> d.diskId().equals(diskId)).findFirst().orElse(null);
            if (own == null) {
                Disk d;
                try {
                    d = disks.get(scope, diskId);
                } catch (DomainException gone) {
                    throw new DomainException(DomainError.DISK_NOT_ATTACHED, diskId);
                }
                disks.resizeAttached(scope, diskId, hostId, sizeGb, udiskMax.applyAsInt(d.category()), apply);
                return Resized.UDISK;
            }
            instances.requireStopped(scope, hostId);
            if (sizeGb > hostDiskMax) throw new DomainException(DomainError.INVALID_DISK_SIZE, String.valueOf(sizeGb));
            if (sizeGb < own.sizeGb()) throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, diskId);
            if (apply && !store.growDisk(hostId, diskId, sizeGb)) {
                throw new DomainException(DomainError.DISK_SIZE_TOO_SMALL, diskId);
            }
            return Resized.HOST_DISK;
        });
    }

    public Map<String, UhostDetail> of(List<Instance> hosts) {
        return store.find(hosts.stream().map(Instance::id).toList());
    }

    /** The scope's host whose default network interface that is, if any. */
    public Optional<String> withDefaultInterface(Scope scope, String interfaceId) {
        return tx.read(() -> store.hostOfInterface(scope, interfaceId));
    }
}
