package io.cloudtwin.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.cloudtwin.support.LocalPostgres;

/**
 * A server killed with SIGKILL in the middle of a write load of both clouds restarts with every change it
 * acknowledged, round after round, on the durable H2 file store and on PostgreSQL: {@link KillNineLoad} keeps what
 * each of its eight writers was told and checks all of it after every restart. Only the one request each writer had
 * in flight at the kill may go either way.
 */
class KillNineIT {
    private static final int ROUNDS = Integer.getInteger("cloudtwin.kill9.rounds", 5);
    private static final int MIN_ACKS = 600;
    private static final int MAX_ACKS = 1400;

    @Test
    void theH2FileStoreKeepsEveryAcknowledgedChange() throws Exception {
        String data = Files.createTempDirectory("cloudtwin-data").toString();
        rounds("h2-file", Map.of("CLOUDTWIN_DATA_DIR", data));
    }

    @Test
    void postgresKeepsEveryAcknowledgedChange() throws Exception {
        try (LocalPostgres pg = LocalPostgres.start()) {
            rounds("pg", ComposeFile.serverEnvironment(pg));
        }
    }

    private static void rounds(String name, Map<String, String> env) throws Exception {
        long seed = Long.getLong("cloudtwin.kill9.seed", System.nanoTime());
        Random rnd = new Random(seed);
        KillNineLoad load = new KillNineLoad(seed);
        int checked = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            ServerProcess server = ServerProcess.start(name + "-" + round, env);
            try {
                if (round > 1) checked += load.verifyAndAdopt(server);
                load.runThenKill(server, MIN_ACKS + rnd.nextInt(MAX_ACKS - MIN_ACKS));
            } finally {
                server.close();
            }
        }
        try (ServerProcess last = ServerProcess.start(name + "-last", env)) {
            checked += load.verifyAndAdopt(last);
        }
        System.out.printf("kill -9 on %s (seed %d): %d rounds, %d acknowledged changes, %d facts checked, %d held at the end%n",
                name, seed, ROUNDS, load.acknowledged(), checked, load.expectedFacts());
        assertThat(load.acknowledged()).isGreaterThanOrEqualTo(ROUNDS * MIN_ACKS);
    }
}
