package io.cloudtwin.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where nonces are remembered: cloudtwin.signature.nonce-store = memory | database | auto (default). auto is the
 * database when it outlives the process: PostgreSQL (several processes may share it, and a nonce used on one must be
 * refused by all) and an H2 file (CLOUDTWIN_DATA_DIR: a replay after a restart must be refused too); this process's
 * memory for in-memory H2, which dies with the process.
 */
@Configuration
class NonceConfig {
    @Bean
    Nonces nonces(@Value("${cloudtwin.signature.nonce-store:auto}") String where,
                  @Value("${spring.datasource.url:}") String url, NonceStore database) {
        boolean shared = switch (where) {
            case "database" -> true;
            case "memory" -> false;
            default -> url.startsWith("jdbc:postgresql:") || url.startsWith("jdbc:h2:file:")
                    || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:"));
        };
        return shared ? database : new MemoryNonces();
    }
}
