package io.cloudtwin.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceFilter;
import io.cloudtwin.core.compute.InstanceStatus;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.support.ServerTestBase;

/**
 * A page of a scope's listing is the same rows, and its total the same count, as a plain ORDER BY with OFFSET over
 * the instance table, whatever was created (ties, instances dated before the others) and deleted, across many runs
 * of the listing (a bucket size of 3 splits them often), while writers race, and after the listing rows are lost.
 */
@TestPropertySource(properties = "cloudtwin.listing.bucket-size=3")
class ListingPagesTest extends ServerTestBase {
    private static final OffsetDateTime T0 = OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);

    @Autowired
    InstanceStore instances;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Transactions tx;
    @Autowired
    io.cloudtwin.core.compute.InstanceService instanceService;
    @Autowired
    io.cloudtwin.core.security.SecurityGroupService groupService;

    private static Scope scope(String account) {
        return Scope.of(Cloud.ALIYUN, account, REGION);
    }

    private void insert(Scope s, String id, OffsetDateTime at) {
        tx.run(() -> instances.insert(new Instance(id, s.cloud(), s.accountId(), s.region(),
                s.projectId(), "z", "n", "", "aliyun_3_x64_20G_alibase_20240819.vhd", "t", "", 1, 1024, InstanceStatus.RUNNING, null, at, "", "", "",
                List.of()), null, null));
    }

    private void delete(String id) {
        tx.run(() -> assertThat(instances.delete(id)).isEqualTo(1));
    }

    /** Every page of every size against the reference query; the runs add up to the count and hold what they say. */
    private void assertListingMatches(Scope s) {
        List<String> all = jdbc.sql("SELECT id FROM instance WHERE cloud = :c AND account_id = :a AND region = :r "
                        + "ORDER BY created_at, id")
                .param("c", s.cloud().key()).param("a", s.accountId()).param("r", s.region()).query(String.class).list();
        for (int size : new int[] {1, 2, 5, 7}) {
            for (int offset = 0; offset <= all.size() + 1; offset++) {
                var page = instances.list(s, InstanceFilter.none(), offset, size);
                assertThat(page.total()).isEqualTo(all.size());
                assertThat(page.items().stream().map(Instance::id).toList()).as("offset %d size %d", offset, size)
                        .isEqualTo(all.subList(Math.min(offset, all.size()), Math.min(offset + size, all.size())));
            }
        }
        Long listed = jdbc.sql("SELECT instances FROM listing_count WHERE account_id = :a").param("a", s.accountId())
                .query(Long.class).optional().orElse(null);
        if (listed == null) return; // not built yet: the listing counted and skipped
        assertThat(listed).isEqualTo(all.size());
        Long inRuns = jdbc.sql("SELECT COALESCE(SUM(members), 0) FROM listing_run WHERE account_id = :a")
                .param("a", s.accountId()).query(Long.class).single();
        assertThat(inRuns).isEqualTo(all.size());
    }

    @Test
    void pagesAtEveryOffsetMatchAPlainOrderedQuery() {
        Scope s = scope("listing-1");
        Random random = new Random(7);
        List<String> live = new ArrayList<>();
        for (int n = 0; n < 40; n++) {
            // ties on created_at, some dated before everything already there, one before the first run's start
            OffsetDateTime at = n == 13 ? T0.minusYears(300) : n % 5 == 4 ? T0.minusDays(n) : T0.plusSeconds(n / 3);
            String id = "i-l1-" + String.format("%03d", random.nextInt(1000)) + "-" + n;
            insert(s, id, at);
            live.add(id);
            if (n % 4 == 3) {
                delete(live.remove(random.nextInt(live.size())));
            }
        }
        assertListingMatches(s);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM listing_run WHERE account_id = 'listing-1'").query(Long.class)
                .single()).as("the listing was cut into several runs").isGreaterThan(3);
        while (live.size() > 3) delete(live.remove(random.nextInt(live.size())));
        assertListingMatches(s);
        live.forEach(this::delete);
        assertListingMatches(s);
        insert(s, "i-l1-again", T0);
        assertListingMatches(s);
    }

    @Test
    void aScopeWithoutListingRowsIsRebuiltByItsNextWriter() {
        Scope s = scope("listing-2");
        for (int n = 0; n < 10; n++) insert(s, "i-l2-" + n, T0.plusSeconds(n));
        // as after an upgrade to V31 or a lost row: readers count and skip, the next writer builds
        forgetListing("listing-2");
        assertListingMatches(s);
        insert(s, "i-l2-new", T0.minusSeconds(1)); // a creation builds it
        assertListingMatches(s);
        forgetListing("listing-2");
        delete("i-l2-4"); // and so does a deletion, counting the instance it then removes
        assertListingMatches(s);
        delete("i-l2-5");
        assertListingMatches(s);
    }

    private void forgetListing(String account) {
        jdbc.sql("DELETE FROM listing_run WHERE account_id = :a").param("a", account).update();
        jdbc.sql("DELETE FROM listing_count WHERE account_id = :a").param("a", account).update();
    }

    @Test
    void racingWritersKeepTheCountsExact() throws Exception {
        Scope s = scope("listing-3");
        ConcurrentLinkedQueue<String> created = new ConcurrentLinkedQueue<>();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            writers.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 30; n++) {
                    String id = "i-l3-" + writer + "-" + n;
                    insert(s, id, T0.plusSeconds(n % 7));
                    created.add(id);
                    if (n % 3 == 2) {
                        String gone = created.poll();
                        if (gone != null) delete(gone);
                    }
                }
            }));
        }
        for (var f : writers) f.get();
        assertListingMatches(s);
    }

    /**
     * Creations take the account's quota row, then the scope's listing row; deletions must take them in the same
     * order, else a creation and a deletion in one region deadlock (the benchmark's cold suite found it).
     */
    @Test
    void creationsAndDeletionsThroughTheServicesNeverDeadlock() throws Exception {
        Scope s = scope("listing-4");
        String group = groupService.create(s, new io.cloudtwin.core.security.SecurityGroupService.NewGroup("g", "", "", "normal", ""))
                .id();
        List<CompletableFuture<Void>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            writers.add(CompletableFuture.runAsync(() -> {
                for (int n = 0; n < 25; n++) {
                    String id = instanceService.create(s, new io.cloudtwin.core.compute.InstanceService.NewInstance("", "i", "",
                            "aliyun_3_x64_20G_alibase_20240819.vhd", "t", "", 1, 1024, InstanceStatus.RUNNING,
                            List.of(new io.cloudtwin.core.compute.InstanceService.GroupRef(group, 1)), ""), 1).get(0).id();
                    instanceService.delete(s, id, true);
                }
            }));
        }
        for (var f : writers) f.get();
        assertListingMatches(s);
        assertThat(instances.list(s, InstanceFilter.none(), 0, 10).total()).isZero();
    }
}
