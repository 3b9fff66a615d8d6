package io.cloudtwin.core.network;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Constraints;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;

/**
 * Aliyun's default VPC of a region (CreateDefaultVpc: 172.16.0.0/12) and its default vSwitches, one a zone
 * (CreateDefaultVSwitch: the lowest /20 of the VPC's block that no vSwitch of it overlaps). Each is made in one
 * transaction; the primary keys of default_network and default_vswitch let one of several concurrent calls make it,
 * the others answer that it exists.
 */
@Service
public record DefaultVpcs(DefaultNetworkStore store, NetworkService networks, NetworkLifecycle lifecycle,
                          Transactions tx) {
    static final String BLOCK = "172.16.0.0/12";
    private static final int VSWITCH_PREFIX = 20;

    /**
     * The region's default VPC, made now; DEFAULT_VPC_EXISTS when it has one. ipv6Isp: with IPv6 on ipv6Block (null:
     * one of the emulator's), as NetworkService.NewVpc.
     */
    public Vpc createVpc(Scope scope, String ipv6Block, String ipv6Isp) {
        return tx.call(() -> {
            if (store.find(scope).isPresent()) throw new DomainException(DomainError.DEFAULT_VPC_EXISTS, scope.region());
            Vpc v = lifecycle.createVpc(scope, new NetworkService.NewVpc("", "", List.of(BLOCK), "", ipv6Block, ipv6Isp),
                    Map.of());
            Constraints.enforce(() -> store.insert(scope, new DefaultNetworkStore.Ids(v.id(), null)),
                    DomainError.DEFAULT_VPC_EXISTS, scope.region());
            return v;
        });
    }

    /**
     * A default vSwitch of the region's default VPC (DEFAULT_VPC_NOT_FOUND without one) in zone, made now under the
     * VPC's lock; DEFAULT_SUBNET_EXISTS when that zone has one. ipv6Index: its /64 of the VPC's IPv6 block (null: none).
     */
    public Subnet createVSwitch(Scope scope, String zone, Integer ipv6Index) {
        return tx.call(() -> {
            String vpcId = store.find(scope).map(DefaultNetworkStore.Ids::vpcId)
                    .orElseThrow(() -> new DomainException(DomainError.DEFAULT_VPC_NOT_FOUND, scope.region()));
            Vpc v = networks.lockVpc(scope, vpcId);
            if (store.vSwitch(vpcId, zone).isPresent()) throw new DomainException(DomainError.DEFAULT_SUBNET_EXISTS, zone);
            List<Cidr> taken = networks.listSubnets(scope, new SubnetFilter(null, vpcId, null, null), 0, Integer.MAX_VALUE)
                    .items().stream().map(s -> Cidr.parse(s.cidrBlock())).toList();
            String block = free(Cidr.parse(v.cidrBlocks().get(0)), taken);
            Subnet s = lifecycle.createSubnet(scope, new NetworkService.NewSubnet(vpcId, zone, "", "", block, "", ipv6Index),
                    Map.of());
            store.insertVSwitch(vpcId, zone, s.id());
            return s;
        });
    }

    /** The region's default VPC, if it has one. */
    public Optional<String> of(Scope scope) {
        return tx.read(() -> store.find(scope).map(DefaultNetworkStore.Ids::vpcId));
    }

    /** Those of these VPCs that are a default one. */
    public Set<String> vpcs(Collection<String> ids) {
        return tx.read(() -> store.defaultVpcs(ids));
    }

    /** Those of these vSwitches that are a default one. */
    public Set<String> vSwitches(Collection<String> ids) {
        return tx.read(() -> store.defaultSubnets(ids));
    }

    /** Adopts an Aliyun vSwitch of the scope's default VPC as its zone's default one (a state document says so). */
    boolean adoptVSwitch(Scope scope, Subnet s) {
        if (scope.cloud() != Cloud.ALIYUN) return false;
        if (store.find(scope).filter(ids -> ids.vpcId().equals(s.vpcId())).isEmpty()) return false;
        if (store.vSwitch(s.vpcId(), s.zone()).isPresent()) return false;
        store.insertVSwitch(s.vpcId(), s.zone(), s.id());
        return true;
    }

    /**
     * Adopts a VPC as the region's default one (a state document says so); false when the region has one, or for
     * another cloud than Aliyun (UCloud's default network is adopted with its subnet: DefaultNetworks.adopt).
     */
    boolean adoptVpc(Scope scope, Vpc v) {
        if (scope.cloud() != Cloud.ALIYUN || store.find(scope).isPresent()) return false;
        store.insert(scope, new DefaultNetworkStore.Ids(v.id(), null));
        return true;
    }

    private static String free(Cidr vpc, List<Cidr> taken) {
        long size = 1L << (32 - VSWITCH_PREFIX);
        for (long at = vpc.network(); at + size - 1 <= vpc.last(); at += size) {
            Cidr candidate = new Cidr(at, VSWITCH_PREFIX);
            if (taken.stream().noneMatch(candidate::overlaps)) return candidate.toString();
        }
        throw new DomainException(DomainError.CIDR_CONFLICT, vpc.toString());
    }
}
