package io.cloudtwin.admin;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Imports the fixture file named by cloudtwin.seed (CLOUDTWIN_SEED) at startup: .yaml/.yml as YAML, else JSON. */
@Component
class SeedLoader implements ApplicationRunner {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private final StateService state;
    private final String seed;

    SeedLoader(StateService state, @Value("${cloudtwin.seed:}") String seed) {
        this.state = state;
        this.seed = seed;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (seed == null || seed.isBlank()) return;
        Path file = Path.of(seed);
        boolean yaml = file.getFileName().toString().matches(".*\\.ya?ml$");
        var created = state.importFixture(StateController.parse(Files.readAllBytes(file), yaml));
        log.info("seeded from {}: {}", file, created);
    }
}
