package io.cloudtwin.core;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * cloudtwin.ids.seed (CLOUDTWIN_ID_SEED): an integer seeds every generated id and request id from startup
 * ({@link Ids}); empty leaves them random. POST /_cloudtwin/id-seed changes it at run time.
 */
@Component
class IdSeedSetting {
    IdSeedSetting(@Value("${cloudtwin.ids.seed:}") String seed) {
        String s = seed.strip();
        if (s.isEmpty()) {
            Ids.seed(null);
            return;
        }
        try {
            Ids.seed(Long.parseLong(s));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("cloudtwin.ids.seed (CLOUDTWIN_ID_SEED) must be an integer, not '" + s + "'");
        }
    }
}
