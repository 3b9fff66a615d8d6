package io.cloudtwin.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Faults;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Nonces;
import io.cloudtwin.core.RequestLog;
import io.cloudtwin.core.compute.InstanceStore;
import io.cloudtwin.core.compute.Transitions;
import io.cloudtwin.store.AdminStore;

/** The emulator's own API under /_cloudtwin/: health, reset, security locks, fault injection. See docs/admin-api.md. */
@RestController
@RequestMapping("/_cloudtwin")
public record AdminController(AdminStore store, InstanceStore instances, Faults faults, Transitions transitions,
                              RequestLog requestLog, Nonces nonces) {
    @GetMapping("/transitions")
    public Map<String, Object> getTransitions() {
        return Map.of("delayMs", transitions.delay().toMillis());
    }

    /** Sets how long Pending/Starting/Stopping last: {"delayMs": 2000}; 0 makes transitions immediate. */
    @PutMapping("/transitions")
    public ResponseEntity<Map<String, Object>> setTransitions(@RequestBody Map<String, Object> body) {
        if (!(body.get("delayMs") instanceof Number n) || n.longValue() < 0) {
            return ResponseEntity.badRequest().body(Map.of("error", "delayMs must be a number >= 0"));
        }
        transitions.setDelay(Duration.ofMillis(n.longValue()));
        return ResponseEntity.ok(getTransitions());
    }

    private static final byte[] CONSOLE = readConsole();

    private static byte[] readConsole() {
        try (var in = AdminController.class.getResourceAsStream("/console/index.html")) {
            return in.readAllBytes();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("console page missing from the jar", e);
        }
    }

    /** The web console: accounts, instances, groups and bindings of both clouds, and the last requests; live. */
    @GetMapping({"/ui", "/ui/"})
    public ResponseEntity<byte[]> console() {
        return ResponseEntity.ok().header("Content-Type", "text/html;charset=utf-8").body(CONSOLE);
    }

    @GetMapping("/health")
    public Map<String, Object> health() {
        return Map.of("status", "UP");
    }

    /**
     * Forgets every resource, nonce and fault rule. A seeded id sequence keeps its seed and starts over from it (the
     * same calls after every reset get the same ids); body {"keepSeed": false} drops the seed instead.
     */
    @PostMapping("/reset")
    public ResponseEntity<Map<String, Object>> reset(@RequestBody(required = false) Map<String, Object> body) {
        Object keep = body == null ? null : body.get("keepSeed");
        if (keep != null && !(keep instanceof Boolean)) {
            return ResponseEntity.badRequest().body(Map.of("error", "keepSeed must be true or false"));
        }
        store.deleteEverything();
        nonces.clear();
        faults.clear();
        requestLog.clear();
        if (Boolean.FALSE.equals(keep)) Ids.seed(null);
        else Ids.restart();
        return ResponseEntity.ok(Map.of("reset", true));
    }

    /** The seed of the id sequences: {"seed": 42}, or {"seed": null} when ids are random. */
    @GetMapping("/id-seed")
    public Map<String, Object> idSeed() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("seed", Ids.seed());
        return m;
    }

    /**
     * Seeds every later id and request id: {"seed": 42} (an integer) starts both sequences over from it, {"seed":
     * null} makes ids random again. The store is left as it is: seed an empty store (or reset after seeding), since a
     * seed replayed on a store that holds its earlier ids makes them again.
     */
    @PostMapping("/id-seed")
    public ResponseEntity<Map<String, Object>> setIdSeed(@RequestBody Map<String, Object> body) {
        if (!body.containsKey("seed")) return ResponseEntity.badRequest().body(Map.of("error", "give seed (an integer or null)"));
        Object seed = body.get("seed");
        if (seed == null) {
            Ids.seed(null);
        } else if (seed instanceof Integer || seed instanceof Long) {
            Ids.seed(((Number) seed).longValue());
        } else {
            return ResponseEntity.badRequest().body(Map.of("error", "seed must be an integer (64-bit) or null"));
        }
        return ResponseEntity.ok(idSeed());
    }

    /** Locks an instance for security reasons: ECS then answers InstanceLockedForSecurity. Body: {"reason":"security"} (optional). */
    @PostMapping("/instances/{id}/security-lock")
    public ResponseEntity<Map<String, Object>> lock(@PathVariable String id,
                                                    @RequestBody(required = false) Map<String, Object> body) {
        Object reason = body == null ? null : body.get("reason");
        return lockResult(id, instances.setLockReason(id, reason == null ? "security" : reason.toString()));
    }

    @DeleteMapping("/instances/{id}/security-lock")
    public ResponseEntity<Map<String, Object>> unlock(@PathVariable String id) {
        return lockResult(id, instances.setLockReason(id, null));
    }

    private static ResponseEntity<Map<String, Object>> lockResult(String id, boolean found) {
        return found ? ResponseEntity.ok(Map.of("instanceId", id))
                : ResponseEntity.status(404).body(Map.of("error", "no instance " + id));
    }

    public record FaultRequest(String cloud, String action, String errorCode, Long latencyMs, Double probability,
                               Integer times, Double ratePerSecond) {}

    /** Adds a fault rule, e.g. {"cloud":"aliyun","action":"LeaveSecurityGroup","errorCode":"RequestTimeout"}. */
    @PostMapping("/faults")
    public ResponseEntity<Map<String, Object>> addFault(@RequestBody FaultRequest f) {
        Cloud cloud;
        try {
            cloud = Cloud.valueOf(String.valueOf(f.cloud()).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return ResponseEntity.badRequest().body(Map.of("error", "cloud must be aliyun or ucloud"));
        }
        if (f.ratePerSecond() != null) {
            if (f.ratePerSecond() <= 0) return ResponseEntity.badRequest().body(Map.of("error", "ratePerSecond must be > 0"));
            return ResponseEntity.ok(view(faults.throttle(cloud, f.action(), f.ratePerSecond())));
        }
        if (f.errorCode() == null && (f.latencyMs() == null || f.latencyMs() <= 0)) {
            return ResponseEntity.badRequest().body(Map.of("error", "give errorCode, latencyMs, ratePerSecond"));
        }
        var rule = faults.add(cloud, f.action(), f.errorCode(), f.latencyMs() == null ? 0 : f.latencyMs(),
                f.probability() == null ? 1.0 : f.probability(), f.times() == null ? 0 : f.times());
        return ResponseEntity.ok(view(rule));
    }

    @GetMapping("/faults")
    public List<Map<String, Object>> listFaults() {
        return faults.all().stream().map(AdminController::view).toList();
    }

    @DeleteMapping("/faults")
    public Map<String, Object> clearFaults() {
        faults.clear();
        return Map.of("cleared", true);
    }

    @DeleteMapping("/faults/{id}")
    public ResponseEntity<Map<String, Object>> removeFault(@PathVariable long id) {
        return faults.remove(id) ? ResponseEntity.ok(Map.of("removed", id))
                : ResponseEntity.status(404).body(Map.of("error", "no fault " + id));
    }

    private static Map<String, Object> view(Faults.Rule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("cloud", r.cloud().key());
        m.put("action", r.action() == null ? "*" : r.action());
        m.put("errorCode", r.errorCode());
        m.put("latencyMs", r.latencyMs());
        m.put("probability", r.probability());
        m.put("remaining", r.remaining().get());
        if (r.ratePerSecond() > 0) m.put("ratePerSecond", r.ratePerSecond());
        return m;
    }
}
