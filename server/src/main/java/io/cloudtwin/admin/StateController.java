package io.cloudtwin.admin;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.RequestLog;
import io.cloudtwin.store.AdminStore;

/** Export and import of the whole state, in the seed-file format; the request log the console shows. */
@RestController
@RequestMapping("/_cloudtwin")
public record StateController(StateService state, AdminStore store, RequestLog requestLog) {
    static final JsonMapper JSON = Fixture.JSON;

    /** The whole state; YAML with ?format=yaml, JSON otherwise; account secrets only with ?secrets=true. */
    @GetMapping("/state")
    public ResponseEntity<byte[]> export(@RequestParam(defaultValue = "json") String format,
                                         @RequestParam(defaultValue = "false") boolean secrets) {
        Fixture f = state.export(secrets);
        boolean yaml = format.equalsIgnoreCase("yaml");
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, yaml ? "application/yaml" : "application/json")
                .body(yaml ? f.yaml() : f.json());
    }

    /**
     * Imports a fixture (JSON, or YAML by Content-Type); ?replace=true resets the store first and lets the fixture
     * change the keys of accounts that exist (without it they keep theirs).
     */
    @PostMapping("/state")
    public ResponseEntity<Map<String, Object>> load(@RequestBody byte[] body,
                                                    @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String type,
                                                    @RequestParam(defaultValue = "false") boolean replace) {
        Fixture f;
        try {
            f = parse(body, type != null && type.contains("yaml"));
        } catch (JacksonException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "not a fixture: " + e.getOriginalMessage()));
        } catch (InvalidFixture e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
        try {
            if (replace) store.deleteEverything();
            return ResponseEntity.ok(Map.of("created", state.importFixture(f, replace)));
        } catch (InvalidFixture e) {
            return ResponseEntity.badRequest().body(Map.of("error", e.getMessage()));
        }
    }

    static Fixture parse(byte[] body, boolean yaml) {
        return Fixture.parse(body, yaml);
    }

    /** The last requests, newest first. */
    @GetMapping("/requests")
    public List<Map<String, Object>> requests(@RequestParam(defaultValue = "50") int limit) {
        return requestLog.latest(Math.max(1, Math.min(limit, RequestLog.CAPACITY))).stream().map(e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("seq", e.seq());
            m.put("at", e.at().toString());
            m.put("cloud", e.cloud().key());
            m.put("action", e.action());
            m.put("account", e.accountId());
            m.put("httpStatus", e.httpStatus());
            m.put("outcome", e.outcome());
            m.put("micros", e.micros());
            return m;
        }).toList();
    }
}
