package io.cloudtwin.dialect;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The longest value each stored parameter may have - the width of the column it lands in
 * (src/main/resources/db/migration) - and the characters no value may carry: those XML 1.0 cannot represent (C0
 * controls but tab, line feed and carriage return; lone surrogates; U+FFFE, U+FFFF), which would break every later
 * XML answer. Checked by both dialects before a handler runs, so an over-long or unprintable value is answered with
 * the cloud's own error and never reaches the store. A fallback table: a parameter layer built from the clouds' own
 * metadata may state tighter limits; it can call {@link #check} for what the metadata leaves out.
 */
public final class InputLimits {
    /** What a refusal is about: the parameter, and whether its value is too long or holds a forbidden character. */
    public record Violation(String parameter, Limit limit, boolean tooLong) {}

    /**
     * One row: parameter names (a regex over the flat name, case-insensitive), the column width, and the Aliyun
     * malformed-name code when the cloud has one (null: InvalidParameter).
     */
    public record Limit(Pattern name, int maxLength, String aliyunMalformedCode) {
        static Limit of(String regex, int maxLength, String aliyunMalformedCode) {
            return new Limit(Pattern.compile(regex, Pattern.CASE_INSENSITIVE), maxLength, aliyunMalformedCode);
        }
    }

    /** Aliyun ECS parameters that are stored, with the columns of V1/V2 (security_group, instance). */
    public static final List<Limit> ALIYUN = List.of(
            Limit.of("RegionId", 64, null),
            Limit.of("ZoneId", 64, null),
            Limit.of("VpcId", 64, null),
            Limit.of("VSwitchId", 64, null),
            Limit.of("ImageId", 128, null),
            Limit.of("InstanceType", 64, null),
            Limit.of("SecurityGroupType", 32, null),
            Limit.of("SecurityGroupName", 128, "InvalidSecurityGroupName.Malformed"),
            Limit.of("InstanceName", 128, "InvalidInstanceName.Malformed"),
            Limit.of("HostName", 64, null),
            // every other name (VpcName, SystemDisk.DiskName, RouteTableName, Name...): the cloud's 2-128 characters
            Limit.of("([A-Za-z]+\\.(\\d+\\.)?)?[A-Za-z]*Name", 128, null),
            // descriptions, also of a launch's disks: the cloud's 2-256 characters
            Limit.of("([A-Za-z]+\\.(\\d+\\.)?)?Description", 256, "InvalidDescription.Malformed"),
            Limit.of("Tag\\.\\d+\\.(Key|Value)", 128, null),
            Limit.of("ClientToken", 64, null),
            Limit.of("([A-Za-z]+\\.(\\d+\\.)?)?(PerformanceLevel|InstanceChargeType|InternetChargeType)", 16, null),
            Limit.of("([A-Za-z]+\\.(\\d+\\.)?)?(Category|ISP|Spec)", 32, null),
            Limit.of("([A-Za-z]+\\.(\\d+\\.)?)?SnapshotId", 64, null),
            // custom images (V72): Platform (CentOS, Windows Server 2022, ...) has its own Malformed code
            Limit.of("Platform", 64, "InvalidPlatform.Malformed"),
            Limit.of("ImageVersion", 64, null),
            Limit.of("Architecture|BootMode|OSType", 16, null),
            Limit.of("DiskDeviceMapping\\.\\d+\\.Device", 32, null),
            // SLB listener settings, kept together in one column of 4,000 (V70): the cloud's own limits
            Limit.of("healthCheckReq|healthCheckExp", 500, null),
            Limit.of("HealthCheckDomain|HealthCheckURI", 80, null),
            Limit.of("Cookie", 200, null),
            // access control lists (V86): AclEntrys carries up to 50 blocks with comments of 256 as JSON
            Limit.of("AclEntrys", 20000, null),
            Limit.of("AclEntryComment", 256, null),
            // VPN connections (V121): the JSON settings and the blocks, kept in columns of 1,024; the CA certificate
            Limit.of("IkeConfig|IpsecConfig|HealthCheckConfig|BgpConfig|LocalSubnet|RemoteSubnet", 1024, null),
            Limit.of("RemoteCaCertificate", 8192, null),
            Limit.of("AuthKey", 64, "InvalidAuthkey.Malformed"),
            Limit.of("(Acl|HealthCheck|StickySession|XForwardedFor|ConnectionDrain|Gzip|ProxyProtocol|VServerGroup"
                    + "|MasterSlaveServerGroup)[A-Za-z_]*", 64, null),
            // Express Connect circuits (V145)
            Limit.of("PeerLocation", 256, null),
            Limit.of("CircuitCode", 128, null),
            Limit.of("(Redundant)?PhysicalConnectionId|AccessPointId", 64, null),
            Limit.of("SignatureNonce", 128, null));

    /** UCloud parameters that are stored (security_group, instance, security_group_rule; tag of V2). */
    public static final List<Limit> UCLOUD = List.of(
            Limit.of("Region", 64, null),
            Limit.of("Zone", 64, null),
            Limit.of("VPCId", 64, null),
            Limit.of("SubnetId", 64, null),
            Limit.of("ProjectId", 64, null),
            Limit.of("ImageId", 128, null),
            Limit.of("Name", 128, null),
            Limit.of("Remark", 512, null),
            Limit.of("Tag", 64, null),
            Limit.of("Rule\\.\\d+\\.Remark", 256, null),
            Limit.of("(Rule\\.\\d+\\.)?IPRange", 512, null),
            Limit.of("(Rule\\.\\d+\\.)?DstPort", 256, null),
            Limit.of("(Rule\\.\\d+\\.)?(Direction|ProtocolType|RuleAction)", 16, null),
            // enumerated values stored as they come (Year, Month, Dynamic...; CLOUD_SSD, CLOUD_RSSD...)
            Limit.of("ChargeType|PayMode", 16, null),
            Limit.of("Disks\\.\\d+\\.(Type|BackupType)", 32, null),
            Limit.of("Rule\\.\\d+", 1024, null),
            // ULB certificates (V77: one content column of 65,536 for the parts together)
            Limit.of("SSLContent|UserCert|PrivateKey|CaCert", 16384, null),
            Limit.of("SSLType", 16, null));

    private InputLimits() {}

    /** The first parameter whose value breaks its limit or holds a character XML 1.0 cannot carry; null if none. */
    public static Violation check(Map<String, String> params, List<Limit> table) {
        for (Map.Entry<String, String> e : params.entrySet()) {
            String name = e.getKey();
            String value = e.getValue();
            Limit limit = limitOf(name, table);
            boolean badChars = !xmlSafe(name) || (value != null && !xmlSafe(value));
            String shown = name.length() > 64 || !xmlSafe(name) ? "QueryString" : name;
            if (limit != null && value != null && value.length() > limit.maxLength()) {
                return new Violation(shown, limit, true);
            }
            if (badChars) return new Violation(shown, limit, false);
        }
        return null;
    }

    /** Which limit a parameter name falls under, per table: the regular expressions run once per name. */
    private static final Map<String, Optional<Limit>> SEEN_ALIYUN = new ConcurrentHashMap<>();
    private static final Map<String, Optional<Limit>> SEEN_UCLOUD = new ConcurrentHashMap<>();
    /** Names are the caller's: at most this many are remembered per table. */
    private static final int SEEN_MAX = 4096;

    private static Limit limitOf(String name, List<Limit> table) {
        if (name.length() > 64) return null;
        Map<String, Optional<Limit>> seen = table == ALIYUN ? SEEN_ALIYUN : table == UCLOUD ? SEEN_UCLOUD : null;
        Optional<Limit> known = seen == null ? null : seen.get(name);
        if (known != null) return known.orElse(null);
        Limit found = null;
        for (Limit l : table) {
            if (l.name().matcher(name).matches()) {
                found = l;
                break;
            }
        }
        if (seen != null && seen.size() < SEEN_MAX) seen.put(name, Optional.ofNullable(found));
        return found;
    }

    /** True if every character is one XML 1.0 allows. */
    public static boolean xmlSafe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                if (c != '\t' && c != '\n' && c != '\r') return false;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= s.length() || !Character.isLowSurrogate(s.charAt(i + 1))) return false;
                i++;
            } else if (Character.isLowSurrogate(c) || c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }
}
