package io.cloudtwin.tls;

import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The few DER encodings (ITU-T X.690) an X.509 certificate needs, so that the server can write its own certificates
 * without the JDK's internal keytool classes or a cryptography library: each method returns one complete element
 * (tag, length, contents).
 */
final class Der {
    static final int SEQUENCE = 0x30;
    static final int SET = 0x31;

    private Der() {}

    static byte[] element(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] c : contents) body.writeBytes(c);
        byte[] b = body.toByteArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 6);
        out.write(tag);
        if (b.length < 0x80) {
            out.write(b.length);
        } else {
            int bytes = (32 - Integer.numberOfLeadingZeros(b.length) + 7) / 8;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) out.write(b.length >>> (8 * i));
        }
        out.writeBytes(b);
        return out.toByteArray();
    }

    static byte[] sequence(byte[]... contents) {
        return element(SEQUENCE, contents);
    }

    static byte[] set(byte[]... contents) {
        return element(SET, contents);
    }

    /** [n] EXPLICIT: a constructed context-specific wrapper around whole elements. */
    static byte[] explicit(int n, byte[]... contents) {
        return element(0xA0 | n, contents);
    }

    /** [n] IMPLICIT of a primitive type: the contents with a context-specific tag. */
    static byte[] implicit(int n, byte[] contents) {
        return element(0x80 | n, contents);
    }

    static byte[] integer(BigInteger value) {
        return element(0x02, value.toByteArray());
    }

    static byte[] bool(boolean value) {
        return element(0x01, new byte[] {(byte) (value ? 0xFF : 0x00)});
    }

    static byte[] octets(byte[] value) {
        return element(0x04, value);
    }

    /** A BIT STRING of whole bytes (no unused bits). */
    static byte[] bits(byte[] value) {
        byte[] c = new byte[value.length + 1];
        System.arraycopy(value, 0, c, 1, value.length);
        return element(0x03, c);
    }

    /** A named-bit BIT STRING of one byte (key usage): trailing zero bits are unused, as DER requires. */
    static byte[] namedBits(int firstByte) {
        int unused = firstByte == 0 ? 0 : Integer.numberOfTrailingZeros(firstByte);
        return firstByte == 0 ? element(0x03, new byte[] {0}) : element(0x03, new byte[] {(byte) unused, (byte) firstByte});
    }

    static byte[] utf8(String value) {
        return element(0x0C, value.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] oid(String dotted) {
        String[] parts = dotted.split("\\.");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(Integer.parseInt(parts[0]) * 40 + Integer.parseInt(parts[1]));
        for (int i = 2; i < parts.length; i++) {
            long v = Long.parseLong(parts[i]);
            int groups = Math.max(1, (64 - Long.numberOfLeadingZeros(v) + 6) / 7);
            for (int g = groups - 1; g >= 0; g--) out.write((int) ((v >>> (7 * g)) & 0x7F) | (g > 0 ? 0x80 : 0));
        }
        return element(0x06, out.toByteArray());
    }

    /** UTCTime up to 2049, GeneralizedTime from 2050 (RFC 5280 4.1.2.5). */
    static byte[] time(ZonedDateTime t) {
        ZonedDateTime utc = t.withZoneSameInstant(ZoneOffset.UTC);
        if (utc.getYear() < 2050) {
            return element(0x17, DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").format(utc).getBytes(StandardCharsets.US_ASCII));
        }
        return element(0x18, DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'").format(utc).getBytes(StandardCharsets.US_ASCII));
    }
}
