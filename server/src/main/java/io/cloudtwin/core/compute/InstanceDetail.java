package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;

/**
 * What Aliyun keeps of an instance beyond the core: host name, user data, its system disk, its public side, how
 * it was bought, when it releases itself (null: never), how it serves its metadata, whether it is protected from
 * deletion, and how it is maintained.
 */
public record InstanceDetail(String instanceId, String hostName, String userData, String systemDiskId,
                     String systemDiskCategory, int systemDiskSize, Internet internet, Billing billing,
                     OffsetDateTime autoReleaseTime, MetadataOptions metadata, boolean deletionProtection,
                     Maintenance maintenance) {

    public InstanceDetail withInternet(Internet net) {
        return new InstanceDetail(instanceId, hostName, userData, systemDiskId, systemDiskCategory, systemDiskSize, net,
                billing, autoReleaseTime, metadata, deletionProtection, maintenance);
    }

    /**
     * What ECS does when the instance's host needs maintenance (action: Stop, AutoRecover or AutoRedeploy), whether it
     * notifies before (notice), and the daily window for it (start and end, HH:mm:ss on the hour, UTC+8; both null:
     * none).
     */
    public record Maintenance(String action, boolean notice, String windowStart, String windowEnd) {
        public static final Maintenance DEFAULT = new Maintenance("AutoRecover", false, null, null);
        /** The actions, in the order ECS lists them. */
        public static final List<String> ACTIONS = List.of("Stop", "AutoRecover", "AutoRedeploy");

        /**
         * This maintenance with the given parts changed (null: as they are); a window is given whole: one of its two
         * times given makes both the given ones (a half window, which valid() refuses).
         */
        public Maintenance with(String newAction, Boolean newNotice, String start, String end) {
            boolean window = start != null || end != null;
            return new Maintenance(newAction == null ? action : newAction, newNotice == null ? notice : newNotice,
                    window ? start : windowStart, window ? end : windowEnd);
        }

        /**
         * Whether it is one ECS takes: a known action, and a window of two times on the hour (HH:00:00) that differ,
         * or none.
         */
        public boolean valid() {
            if (!ACTIONS.contains(action)) return false;
            if (windowStart == null && windowEnd == null) return true;
            int start = hour(windowStart);
            int end = hour(windowEnd);
            return start >= 0 && end >= 0 && start != end;
        }

        /** The hour of HH:00:00, or -1. */
        public static int hour(String time) {
            if (time == null || !time.matches("([01][0-9]|2[0-3]):00:00")) return -1;
            return Integer.parseInt(time.substring(0, 2));
        }
    }

    /**
     * The instance metadata service: httpEndpoint enabled or disabled; httpTokens optional or required (only requests
     * with a token are served); hopLimit, how many hops a token request may travel (1-64).
     */
    public record MetadataOptions(String httpEndpoint, String httpTokens, int hopLimit) {
        public static final MetadataOptions DEFAULT = new MetadataOptions("enabled", "optional", 1);
        public static final Set<String> ENDPOINTS = Set.of("enabled", "disabled");
        public static final Set<String> TOKENS = Set.of("optional", "required");
        public static final int MIN_HOPS = 1;
        public static final int MAX_HOPS = 64;

        /** Whether each option is one ECS takes. */
        public boolean valid() {
            return ENDPOINTS.contains(httpEndpoint) && TOKENS.contains(httpTokens) && hopLimit >= MIN_HOPS
                    && hopLimit <= MAX_HOPS;
        }

        /** These options with the given ones changed (null: as they are). */
        public MetadataOptions with(String endpoint, String tokens, Integer hops) {
            return new MetadataOptions(endpoint == null ? httpEndpoint : endpoint, tokens == null ? httpTokens : tokens,
                    hops == null ? hopLimit : hops);
        }
    }

    /**
     * How the instance was bought beyond its charge type: as a spot instance (NoSpot, SpotAsPriceGo,
     * SpotWithPriceLimit; the price limit per hour, the protected hours, Terminate or Stop on interruption) and, for a
     * subscription, the period bought in periodUnit (Week or Month; from periodStart, null: the creation) and its
     * renewal (AutoRenewal for autoRenewPeriod autoRenewUnits, Normal, NotRenewal). The two units are the same at
     * creation; ModifyInstanceAutoRenewAttribute changes the renewal's alone.
     */
    public record Billing(String spotStrategy, double spotPriceLimit, int spotDuration,
                          String spotInterruptionBehavior, String renewalStatus, int autoRenewPeriod,
                          String autoRenewUnit, String periodUnit, int period, OffsetDateTime periodStart) {
        /** A pay-as-you-go instance that is not a spot one. */
        public static final Billing NONE = new Billing("NoSpot", 0, 0, "Terminate", "Normal", 0, "Month", "Month", 0,
                null);

        public boolean autoRenew() {
            return "AutoRenewal".equals(renewalStatus);
        }

        /** When a subscription of an instance created at created ends. */
        public OffsetDateTime expiresAt(OffsetDateTime created) {
            OffsetDateTime from = periodStart == null ? created : periodStart;
            return "Week".equals(periodUnit) ? from.plusWeeks(period) : from.plusMonths(period);
        }

        /** The same spot terms, bought as a subscription of period units from start (no auto-renewal). */
        public Billing subscribed(int periodCount, String unit, OffsetDateTime start) {
            return new Billing(spotStrategy, spotPriceLimit, spotDuration, spotInterruptionBehavior, "Normal", 0, unit,
                    unit, periodCount, start);
        }

        /**
         * The subscription of an instance created at created, extended by count units (Week, Month) past its end: in
         * its own unit, a longer period; in another, a period of count units from its end.
         */
        public Billing extended(int count, String unit, OffsetDateTime created) {
            if (unit.equals(periodUnit)) {
                return new Billing(spotStrategy, spotPriceLimit, spotDuration, spotInterruptionBehavior, renewalStatus,
                        autoRenewPeriod, autoRenewUnit, periodUnit, period + count, periodStart);
            }
            return new Billing(spotStrategy, spotPriceLimit, spotDuration, spotInterruptionBehavior, renewalStatus,
                    autoRenewPeriod, autoRenewUnit, unit, count, expiresAt(created));
        }

        /** A new renewal: status, and for AutoRenewal its duration in unit; the period bought stays as it is. */
        public Billing renewed(String status, int duration, String unit) {
            return new Billing(spotStrategy, spotPriceLimit, spotDuration, spotInterruptionBehavior, status, duration,
                    unit, periodUnit, period, periodStart);
        }
    }

    /**
     * How the instance is billed (PostPaid, PrePaid) and reached from the Internet: the billing of its public
     * traffic (PayByTraffic, PayByBandwidth), its public bandwidth out and in (Mbit/s), and its static public IP
     * address (null: none).
     */
    public record Internet(String instanceChargeType, String internetChargeType, int bandwidthOut, int bandwidthIn,
                           String publicIp) {
        /** What an instance created without Internet parameters has: pay-as-you-go, no public bandwidth. */
        public static final Internet NONE = new Internet("PostPaid", "PayByTraffic", 0, 0, null);

        public Internet withBandwidth(int out, int in, String chargeType) {
            return new Internet(instanceChargeType, chargeType, out, in, publicIp);
        }

        public Internet withPublicIp(String address) {
            return new Internet(instanceChargeType, internetChargeType, bandwidthOut, bandwidthIn, address);
        }
    }
}
