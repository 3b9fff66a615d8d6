package io.cloudtwin.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import io.cloudtwin.admin.Fixture;
import io.cloudtwin.admin.StateService;
import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.security.SecurityGroupService;
import io.cloudtwin.store.AdminStore;

/**
 * Quotas under concurrency and after an import: the first creations of an account race to make its counter row
 * (none may be refused for that), exactly the limit succeeds, and a counter made after an import counts what the
 * import brought.
 */
@SpringBootTest(properties = {"cloudtwin.limits.security-groups-per-account=5",
        "spring.datasource.url=jdbc:h2:mem:cloudtwin-quota-race;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000"})
class QuotaRaceTest {
    private static final Scope SCOPE = new Scope(Cloud.UCLOUD, "1000000000000001", "cn-bj2", "");

    @Autowired
    SecurityGroupService groups;
    @Autowired
    AdminStore admin;
    @Autowired
    StateService state;

    @BeforeEach
    void empty() {
        admin.deleteEverything();
    }

    private boolean create() {
        try {
            groups.create(SCOPE, new SecurityGroupService.NewGroup("g", "", "uvnet-race", "user defined", ""));
            return true;
        } catch (DomainException e) {
            assertThat(e.error()).isEqualTo(DomainError.GROUP_QUOTA_EXCEEDED);
            return false;
        }
    }

    @Test
    void concurrentFirstCreationsAreCountedOnceAndExactlyTheLimitSucceeds() throws Exception {
        for (int round = 0; round < 20; round++) {
            admin.deleteEverything();
            AtomicInteger created = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(8);
            try {
                List<Future<?>> fs = new ArrayList<>();
                for (int t = 0; t < 8; t++) fs.add(pool.submit(() -> {
                    if (create()) created.incrementAndGet();
                }));
                for (Future<?> f : fs) f.get();
            } finally {
                pool.shutdownNow();
            }
            assertThat(created.get()).as("round " + round).isEqualTo(5);
        }
    }

    @Test
    void aCounterMadeAfterAnImportCountsTheImportedGroups() {
        String json = "{\"securityGroups\":[{\"cloud\":\"ucloud\",\"region\":\"cn-bj2\",\"id\":\"secgroup-imp00001\"},"
                + "{\"cloud\":\"ucloud\",\"region\":\"cn-bj2\",\"id\":\"secgroup-imp00002\"}]}";
        state.importFixture(Fixture.parse(json.getBytes(java.nio.charset.StandardCharsets.UTF_8), false), false);
        int made = 0;
        while (made < 10 && create()) made++;
        assertThat(made).as("5 allowed, 2 imported").isEqualTo(3);
    }
}
