package io.cloudtwin.core.vpn;

import tools.jackson.databind.json.JsonMapper;

/**
 * A VPN connection's settings, each a record whose null components are not given: what a request gives lies over
 * what the connection has (over the defaults, on creation), and the whole is kept as JSON.
 */
public final class VpnSettings {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private VpnSettings() {}

    /** Phase one: the pre-shared key, IKE version and mode, algorithms, DH group, lifetime (s) and the two ids. */
    public record Ike(String psk, String ikeVersion, String ikeMode, String ikeEncAlg, String ikeAuthAlg,
                      String ikePfs, Long ikeLifetime, String localId, String remoteId) {
        /** The cloud's defaults: IKEv1 main mode, aes, md5, group2, a day; the ids and key are the connection's. */
        public static final Ike DEFAULTS = new Ike(null, "ikev1", "main", "aes", "md5", "group2", 86400L, null, null);

        public Ike over(Ike under) {
            return new Ike(or(psk, under.psk), or(ikeVersion, under.ikeVersion), or(ikeMode, under.ikeMode),
                    or(ikeEncAlg, under.ikeEncAlg), or(ikeAuthAlg, under.ikeAuthAlg), or(ikePfs, under.ikePfs),
                    or(ikeLifetime, under.ikeLifetime), or(localId, under.localId), or(remoteId, under.remoteId));
        }
    }

    /** Phase two: algorithms, DH group (or disabled) and lifetime (s). */
    public record Ipsec(String ipsecEncAlg, String ipsecAuthAlg, String ipsecPfs, Long ipsecLifetime) {
        public static final Ipsec DEFAULTS = new Ipsec("aes", "md5", "group2", 86400L);

        public Ipsec over(Ipsec under) {
            return new Ipsec(or(ipsecEncAlg, under.ipsecEncAlg), or(ipsecAuthAlg, under.ipsecAuthAlg),
                    or(ipsecPfs, under.ipsecPfs), or(ipsecLifetime, under.ipsecLifetime));
        }
    }

    /** The health check through the tunnel: on or off, its destination and source addresses, interval (s), retries. */
    public record HealthCheck(Boolean enable, String dip, String sip, Long interval, Long retry) {
        public static final HealthCheck DEFAULTS = new HealthCheck(false, "", "", 3L, 3L);

        public HealthCheck over(HealthCheck under) {
            return new HealthCheck(or(enable, under.enable), or(dip, under.dip), or(sip, under.sip),
                    or(interval, under.interval), or(retry, under.retry));
        }
    }

    /** BGP over the tunnel: on or off, the local ASN, the tunnel's block and the local BGP address. */
    public record Bgp(Boolean enableBgp, Long localAsn, String tunnelCidr, String localBgpIp) {
        public static final Bgp DEFAULTS = new Bgp(false, 45104L, "", "");

        public Bgp over(Bgp under) {
            return new Bgp(or(enableBgp, under.enableBgp), or(localAsn, under.localAsn),
                    or(tunnelCidr, under.tunnelCidr), or(localBgpIp, under.localBgpIp));
        }
    }

    static String write(Record settings) {
        return JSON.writeValueAsString(settings);
    }

    static <T extends Record> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }

    private static <T> T or(T given, T otherwise) {
        return given == null ? otherwise : given;
    }
}
