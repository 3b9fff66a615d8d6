package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Service;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.network.NetworkService;
import io.cloudtwin.core.security.SecurityGroup;
import io.cloudtwin.core.security.SecurityGroupStore;
import io.cloudtwin.core.tag.LabelStore;
import io.cloudtwin.core.tag.TagService;

/**
 * Instances with what Aliyun adds around them, each change in one transaction: creation with tags, host names,
 * user data, a system disk and client-token idempotency (the token's row is claimed in the creating transaction, so
 * a concurrent retry waits for it and then finds the first request's instances); attribute changes; replacing the
 * set of security groups (locks: the instance, then every group of the old and new sets in id order - the order of
 * BindingService - and the set may not be empty: the last-group rule).
 */
@Service
public record InstanceLifecycle(InstanceService instances, SecurityGroupStore groups, InstanceDetailStore details,
                                TagService tags, Transitions transitions, CloudtwinProperties props,
                                ClientTokens tokens, KeyPairService keyPairs, DiskService disks, ImageService images,
                                InstanceInternet internet, InstanceBilling billing, IsolationGroupService isolation,
                                LabelStore labels, PrivateAddressService addresses, NetworkService networks,
                                InterfaceService interfaces, DedicatedHostService dedicatedHosts,
                                CapacityReservationService reservations, Transactions tx) {
    /**
     * Per-instance details; names.get(n) / hostNames.get(n) name the n-th instance ("" = its id / derived).
     * customImage: the image is a custom one of the scope, locked in the creating transaction (gone meanwhile:
     * IMAGE_NOT_FOUND), so that its deletion sees every instance that runs it. internet: billing and public
     * bandwidth; publicIp: each instance with bandwidth gets a static public address (RunInstances); billing: spot
     * and subscription terms; deploymentSetId (null: none): the group every instance joins, in its group number
     * deploymentSetGroupNo (null: the emptiest); autoReleaseTime: when a pay-as-you-go instance releases itself
     * (null: never); ramRoleName: each instance's RAM role (null: none); resourceGroup: the resource group they are
     * put in (null: the account's default); ipv6Addresses and ipv6Count more: the IPv6 addresses of its vSwitch each
     * instance's primary interface gets (none outside a vSwitch with IPv6: SUBNET_IPV6_NOT_ENABLED); privatePool: how
     * each matches private pools (null: not given), privatePoolId the capacity reservation each takes a place in
     * (null: none); primary: how each one's primary interface carries traffic; interfaces: the secondary interfaces
     * each instance is launched with; dedicatedHostId (null: none): the dedicated host they run on, in its zone.
     */
    public record Extras(List<String> names, List<String> hostNames, String userData, String diskCategory,
                         int diskSize, Map<String, String> tags, String keyPairId, DiskService.NewDisk systemDisk,
                         List<DiskService.NewDisk> dataDisks, boolean customImage, InstanceDetail.Internet internet,
                         boolean publicIp, InstanceDetail.Billing billing, String deploymentSetId,
                         Integer deploymentSetGroupNo, OffsetDateTime autoReleaseTime,
                         InstanceDetail.MetadataOptions metadata, boolean deletionProtection, String ramRoleName,
                         String resourceGroup, List<String> ipv6Addresses, int ipv6Count, String privatePool,
                         String privatePoolId, InterfaceService.Settings primary,
                         List<InterfaceService.Launched> interfaces,
                         String dedicatedHostId) {}

    /** The instances an earlier request with this client token created, if any. */
    public Optional<List<String>> byToken(Scope scope, String action, String token) {
        return tx.read(() -> tokens.result(scope, action, token));
    }

    /**
     * Creates count instances and answers their ids; with a client token this action already used, the first
     * request's instances instead (also when that request commits while this one runs).
     */
    public List<String> create(Scope scope, InstanceService.NewInstance spec, int count, Extras extras, String action,
                               String token) {
        return tokens.once(scope, action, token, () -> createNew(scope, spec, count, extras));
    }

    private List<String> createNew(Scope scope, InstanceService.NewInstance spec, int count, Extras extras) {
        if (extras.customImage()) images.lockForLaunch(scope, spec.imageId());
        List<Instance> created = instances.create(scope, spec, count);
        List<String> ids = new ArrayList<>();
        List<String> diskIds = new ArrayList<>();
        // a subscription does not release itself
        OffsetDateTime release = InstanceBilling.PRE_PAID.equals(extras.internet().instanceChargeType()) ? null
                : extras.autoReleaseTime();
        for (int n = 0; n < created.size(); n++) {
            Instance i = created.get(n);
            ids.add(i.id());
            String name = n < extras.names().size() ? extras.names().get(n) : "";
            if (name.isEmpty()) name = i.id();
            details.rename(i.id(), name, null);
            String host = n < extras.hostNames().size() ? extras.hostNames().get(n) : "";
            if (host.isEmpty()) host = defaultHostName(i.id());
            internet.insertDetails(new InstanceDetail(i.id(), host, extras.userData(), diskId(i.id()),
                    extras.diskCategory(), extras.diskSize(), extras.internet(), extras.billing(), release,
                    extras.metadata(), extras.deletionProtection(), InstanceDetail.Maintenance.DEFAULT),
                    extras.publicIp());
            tags.tagNew(scope, ResourceType.INSTANCE, i.id(), extras.tags());
            if (extras.ramRoleName() != null) {
                labels.put(ResourceType.INSTANCE, i.id(), LabelStore.RAM_ROLE, extras.ramRoleName());
            }
            if (extras.privatePool() != null) {
                labels.put(ResourceType.INSTANCE, i.id(), LabelStore.PRIVATE_POOL, extras.privatePool());
            }
            interfaces.keep(ResourceType.INSTANCE, i.id(), extras.primary());
            disks.createForInstance(i, diskId(i.id()), extras.systemDisk(), extras.dataDisks())
                    .forEach(d -> diskIds.add(d.id()));
            if (!extras.ipv6Addresses().isEmpty() || extras.ipv6Count() > 0) {
                if (i.subnetId().isEmpty()) throw new DomainException(DomainError.SUBNET_IPV6_NOT_ENABLED, i.id());
                // the instance's creation holds its subnet's lock (and its VPC's) already
                addresses.assignIpv6Locked(networks.lockSubnet(scope, i.subnetId()), i.id(), extras.ipv6Addresses(),
                        extras.ipv6Count());
            }
            interfaces.launch(scope, i.id(), extras.interfaces());
        }
        // the disks made with an instance are in its resource group
        tags.groupNew(ResourceType.INSTANCE, ids, extras.resourceGroup());
        tags.groupNew(ResourceType.DISK, diskIds, extras.resourceGroup());
        if (extras.keyPairId() != null && !extras.keyPairId().isEmpty()) keyPairs.bindNew(scope, extras.keyPairId(), ids);
        if (extras.deploymentSetId() != null) {
            isolation.join(scope, extras.deploymentSetId(), created, extras.deploymentSetGroupNo());
        }
        if (extras.dedicatedHostId() != null) {
            dedicatedHosts.place(scope, extras.dedicatedHostId(), created);
        }
        if (extras.privatePoolId() != null) {
            reservations.take(scope, extras.privatePoolId(), spec.instanceType(), created.get(0).zone(), ids);
        } else if (CapacityReservationService.OPEN.equals(extras.privatePool())) {
            reservations.takeOpen(scope, spec.instanceType(), created.get(0).zone(), ids);
        }
        return ids;
    }

    /**
     * Stops a Running instance and records how (stopCharging: its compute no longer billed; a subscription always
     * keeps being billed), in one transaction.
     */
    public InstanceService.StatusChange stop(Scope scope, String id, boolean stopCharging) {
        return tx.call(() -> {
            var change = instances.stop(scope, id);
            boolean prePaid = details.find(id).map(d -> InstanceBilling.PRE_PAID.equals(d.internet().instanceChargeType()))
                    .orElse(false);
            if (stopCharging && !prePaid) labels.put(ResourceType.INSTANCE, id, LabelStore.STOP_CHARGING, "true");
            else labels.remove(id, LabelStore.STOP_CHARGING);
            return change;
        });
    }

    /** Those of these instances last stopped so that their compute stops being billed. */
    public Set<String> stoppedCharging(Collection<String> ids) {
        return tx.read(() -> labels.of(ids, LabelStore.STOP_CHARGING).keySet());
    }

    /** Aliyun's default host name: iZ, the instance id's suffix, Z. */
    public static String defaultHostName(String instanceId) {
        return "iZ" + instanceId.substring(instanceId.indexOf('-') + 1) + "Z";
    }

    /** The system disk's id: d- and the instance id's suffix. */
    public static String diskId(String instanceId) {
        return "d-" + instanceId.substring(instanceId.indexOf('-') + 1);
    }

    /** The primary network interface's id: eni- and the instance id's suffix. */
    public static String primaryInterfaceId(String instanceId) {
        return "eni-" + instanceId.substring(instanceId.indexOf('-') + 1);
    }

    public Map<String, InstanceDetail> details(Collection<String> ids) {
        return tx.read(() -> details.of(ids));
    }

    /** Changes attributes; null leaves one as it is. groupIds, when not null, replaces the instance's groups. */
    public void modify(Scope scope, String id, String name, String description, String hostName, String userData,
                       List<String> groupIds) {
        modify(scope, id, name, description, hostName, userData, groupIds, null);
    }

    /** As above, and protects the instance from deletion or not (null: as it is), all in one transaction. */
    public void modify(Scope scope, String id, String name, String description, String hostName, String userData,
                       List<String> groupIds, Boolean deletionProtection) {
        tx.run(() -> {
            Instance i = instances.lockUnlocked(scope, id);
            if (deletionProtection != null) billing.setDeletionProtection(scope, id, deletionProtection);
            if (groupIds != null) {
                Set<String> wanted = new LinkedHashSet<>(groupIds);
                if (wanted.isEmpty()) throw new DomainException(DomainError.LAST_GROUP, id);
                if (wanted.size() > groupLimit()) throw new DomainException(DomainError.GROUP_LIMIT_EXCEEDED, id);
                Set<String> toLock = new TreeSet<>(wanted);
                instances.get(scope, id).groupIds().forEach(toLock::add);
                Map<String, SecurityGroup> locked = new HashMap<>();
                groups.lockAll(scope, toLock).forEach(g -> locked.put(g.id(), g));
                for (String g : wanted) {
                    SecurityGroup sg = locked.get(g);
                    if (sg == null) throw new DomainException(DomainError.SECURITY_GROUP_NOT_FOUND, g);
                    if (!i.vpcId().isEmpty() && !sg.vpcId().isEmpty() && !i.vpcId().equals(sg.vpcId())) {
                        throw new DomainException(DomainError.NETWORK_MISMATCH, g);
                    }
                }
                details.replaceGroups(id, wanted, transitions.now());
            }
            if (name != null || description != null) details.rename(id, name, description);
            if (hostName != null || userData != null) details.update(id, hostName, userData);
        });
    }

    /**
     * ModifyInstanceVpcAttribute: a Stopped instance moves to a subnet of its zone (InstanceService.move); into
     * another VPC (vpcId) it takes the groups given, which must be of that VPC, all in one transaction.
     */
    public void move(Scope scope, String id, String subnetId, String privateIp, String vpcId, List<String> groupIds) {
        tx.run(() -> {
            boolean otherVpc = instances.move(scope, id, subnetId, privateIp, vpcId);
            if (otherVpc && (groupIds == null || groupIds.isEmpty())) {
                throw new DomainException(DomainError.NETWORK_MISMATCH, id);
            }
            if (groupIds != null && !groupIds.isEmpty()) modify(scope, id, null, null, null, null, groupIds);
        });
    }

    /**
     * Deletes an instance with its tags, and the interfaces it was launched with that go with it (locked after the
     * instance, the order of attachment); a subscription (PrePaid) is not deleted (CHARGE_TYPE_VIOLATION), nor a
     * protected one (DELETION_PROTECTED).
     */
    public void delete(Scope scope, String id, boolean force) {
        tx.run(() -> {
            billing.requireDeletable(scope, id);
            instances.lockUnlocked(scope, id);
            List<String> going = interfaces.releasedWith(id);
            tags.deleting(id, () -> instances.delete(scope, id, force));
            for (String eni : going) interfaces.delete(scope, eni);
        });
    }

    /** Deletes several instances with their tags, all or none: the first refusal undoes the others. */
    public void deleteAll(Scope scope, Collection<String> ids, boolean force) {
        tx.run(() -> {
            for (String id : new TreeSet<>(ids)) delete(scope, id, force);
        });
    }

    /** A change of one instance's status (InstanceService::start, ::stop, ::reboot). */
    public interface StatusChanger {
        InstanceService.StatusChange change(Scope scope, String id);
    }

    /** One instance of a batch: its status before and after the change, or its refusal and the status it keeps. */
    public record BatchStep(String instanceId, InstanceService.StatusChange change, DomainException refused) {}

    /**
     * Changes several instances all or none, in one transaction (locks in id order): the first refusal undoes the
     * others and is thrown. The steps follow the request's order, each instance once.
     */
    public List<BatchStep> changeAllTogether(Scope scope, Collection<String> ids, StatusChanger changer) {
        return tx.call(() -> {
            Map<String, BatchStep> done = new HashMap<>();
            for (String id : new TreeSet<>(ids)) done.put(id, new BatchStep(id, changer.change(scope, id), null));
            return new LinkedHashSet<>(ids).stream().map(done::get).toList();
        });
    }

    /**
     * Changes each instance on its own, each in its own transaction: what can change changes; a refused instance is
     * reported with the status it keeps (none when it does not exist).
     */
    public List<BatchStep> changeEach(Scope scope, Collection<String> ids, StatusChanger changer) {
        List<BatchStep> out = new ArrayList<>();
        for (String id : new LinkedHashSet<>(ids)) {
            try {
                out.add(new BatchStep(id, changer.change(scope, id), null));
            } catch (DomainException refused) {
                out.add(new BatchStep(id, unchanged(scope, id), refused));
            }
        }
        return out;
    }

    private InstanceService.StatusChange unchanged(Scope scope, String id) {
        try {
            InstanceStatus s = instances.get(scope, id).status();
            return new InstanceService.StatusChange(s, s);
        } catch (DomainException gone) {
            return new InstanceService.StatusChange(null, null);
        }
    }

    private int groupLimit() {
        return props.limits().groupsPerInstance();
    }
}
