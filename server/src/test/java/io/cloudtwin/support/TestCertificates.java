package io.cloudtwin.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The throwaway self-signed certificate and key of src/test/resources/certificates (CN www.example.test, DNS names
 * www and api.example.test), as PEM text for the ULB certificate tests.
 */
public final class TestCertificates {
    private TestCertificates() {}

    /** lb-cert.pem or lb-key.pem. */
    public static String pem(String name) {
        try (InputStream in = TestCertificates.class.getResourceAsStream("/certificates/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
