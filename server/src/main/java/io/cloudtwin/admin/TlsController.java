package io.cloudtwin.admin;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.cloudtwin.tls.TlsConnector;
import io.cloudtwin.tls.TlsIdentity;

/**
 * The HTTPS port's facts for clients that must trust it: {@code GET /_cloudtwin/tls} (port, CA file, names) and
 * {@code GET /_cloudtwin/tls/ca.pem} (the certificate authority to trust, PEM). 404 when HTTPS is off.
 */
@RestController
@RequestMapping("/_cloudtwin/tls")
public class TlsController {
    private final TlsIdentity identity;
    private final TlsConnector connector;

    public TlsController(TlsIdentity identity, TlsConnector connector) {
        this.identity = identity;
        this.connector = connector;
    }

    @GetMapping
    public ResponseEntity<Object> tls() {
        if (!identity.enabled()) return off();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("port", connector.port());
        body.put("caFile", identity.caFile() == null ? null : identity.caFile().toString());
        body.put("names", identity.names());
        return ResponseEntity.ok(body);
    }

    @GetMapping("/ca.pem")
    public ResponseEntity<Object> caPem() {
        if (!identity.enabled()) return off();
        return ResponseEntity.ok().header("Content-Type", "application/x-pem-file").body(identity.caPem());
    }

    private static ResponseEntity<Object> off() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Map.of("error", "HTTPS is off (cloudtwin.tls.port = -1)"));
    }
}
