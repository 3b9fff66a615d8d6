package io.cloudtwin.core.network;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Reserved IPv4 blocks of subnets: each inside its subnet, clear of the addresses the subnet keeps for itself, of the
 * addresses it gave out and of its other reservations; at most {@link #PER_VPC} in a VPC. Made under the subnet's row
 * lock, which address allocation takes too (and then passes over the reserved blocks); a subnet with reservations is
 * not deleted.
 */
@Service
public record CidrReservationService(CidrReservationStore store, NetworkService networks, NetworkStore addresses,
                                     WallClock clock, TagService tags, Transactions tx)
        implements KindService.Described<CidrReservation> {
    /** The kind's name where a subnet in use names what stands in it. */
    public static final String KIND = "vswitch_cidr_reservation";
    /** Reservations of one IP version a VPC may have. */
    public static final int PER_VPC = 100;

    /** What a reservation asks: a block (cidr), or the mask of one the subnet picks (the lowest free one). */
    public record NewReservation(String subnetId, String cidr, Integer mask, String name, String description) {}

    public CidrReservation create(Scope scope, String id, NewReservation r, Map<String, String> tagged) {
        return tx.call(() -> {
            Subnet s = networks.lockSubnet(scope, r.subnetId());
            if (store.countInVpc(s.vpcId(), CidrReservation.IPV4) >= PER_VPC) {
                throw new DomainException(DomainError.CIDR_RESERVATION_QUOTA, s.vpcId());
            }
            List<Cidr> reserved = addresses.reservedBlocks(s.id());
            List<Long> used = addresses.addresses(s.id());
            Cidr block = r.cidr() != null ? checked(s, Cidr.parse(r.cidr()), reserved, used)
                    : lowestFree(s, r.mask(), reserved, used);
            CidrReservation c = new CidrReservation(id, scope.cloud(), scope.accountId(), scope.region(),
                    scope.projectId(), s.vpcId(), s.id(), block.toString(), CidrReservation.IPV4,
                    CidrReservation.PREFIX, r.name() == null ? "" : r.name(),
                    r.description() == null ? "" : r.description(), clock.now());
            return tags.inserted(scope, ResourceType.CIDR_RESERVATION, store, c, tagged);
        });
    }

    /** Deletes the reservation with its tags, under its subnet's lock. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            CidrReservation c = store.get(scope, id);
            networks.lockSubnet(scope, c.subnetId());
            store.locked(scope, id);
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /** The scope's reservations of these ids, subnet, kind and IP version (null or empty: any), by page or token. */
    public Listing<CidrReservation> listing(Scope scope, List<String> ids, String subnetId, String kind,
                                            String ipVersion) {
        return listing(scope, new ScopedTable.Where().in("id", ids).equal("subnet_id", subnetId).equal("kind", kind)
                .equal("ip_version", ipVersion));
    }

    /** A block asked for: inside the subnet, clear of the others, of its kept and its given-out addresses. */
    private static Cidr checked(Subnet s, Cidr block, List<Cidr> reserved, List<Long> used) {
        Cidr whole = Cidr.parse(s.cidrBlock());
        if (!whole.contains(block) || reserved.stream().anyMatch(block::overlaps)) {
            throw new DomainException(DomainError.CIDR_RESERVATION_CONFLICT, block.toString());
        }
        long[] range = NetworkService.givenOut(s);
        if (block.network() < range[0] || block.last() > range[1]) {
            throw new DomainException(DomainError.CIDR_RESERVATION_SYSTEM_ADDRESS, block.toString());
        }
        if (used.stream().anyMatch(block::contains)) {
            throw new DomainException(DomainError.CIDR_RESERVATION_ADDRESS_IN_USE, block.toString());
        }
        return block;
    }

    /** The lowest block of the mask that checked takes; none left: CIDR_RESERVATION_FULL. */
    private static Cidr lowestFree(Subnet s, int mask, List<Cidr> reserved, List<Long> used) {
        Cidr whole = Cidr.parse(s.cidrBlock());
        if (mask < whole.prefix() + 2 || mask > 32) {
            throw new DomainException(DomainError.CIDR_RESERVATION_MASK, String.valueOf(mask));
        }
        long size = 1L << (32 - mask);
        long[] range = NetworkService.givenOut(s);
        for (long start = whole.network(); start + size - 1 <= whole.last(); start += size) {
            Cidr block = new Cidr(start, mask);
            if (start < range[0] || block.last() > range[1] || reserved.stream().anyMatch(block::overlaps)) continue;
            if (used.stream().noneMatch(block::contains)) return block;
        }
        throw new DomainException(DomainError.CIDR_RESERVATION_FULL, s.id());
    }
}
