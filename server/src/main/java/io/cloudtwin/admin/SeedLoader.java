package io.cloudtwin.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Imports the fixture file named by cloudtwin.seed (CLOUDTWIN_SEED) at startup: .yaml/.yml as YAML, else JSON.
 * It runs once every bean exists (the store is migrated) and before the web server starts, so the health check
 * never answers UP with the seed half loaded.
 */
@Component
class SeedLoader implements SmartInitializingSingleton {
    private static final Logger log = LoggerFactory.getLogger(SeedLoader.class);
    private final StateService state;
    private final String seed;

    SeedLoader(StateService state, @Value("${cloudtwin.seed:}") String seed) {
        this.state = state;
        this.seed = seed;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (seed == null || seed.isBlank()) return;
        Path file = Path.of(seed);
        boolean yaml = file.getFileName().toString().matches(".*\\.ya?ml$");
        try {
            var created = state.importFixture(StateController.parse(Files.readAllBytes(file), yaml), true);
            log.info("seeded from {}: {}", file, created);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed file " + file, e);
        }
    }
}
