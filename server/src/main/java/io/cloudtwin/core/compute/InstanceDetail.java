package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

/**
 * What Aliyun keeps of an instance beyond the core: host name, user data, its system disk, its public side and how
 * it was bought.
 */
public record InstanceDetail(String instanceId, String hostName, String userData, String systemDiskId,
                     String systemDiskCategory, int systemDiskSize, Internet internet, Billing billing) {

    public InstanceDetail withInternet(Internet net) {
        return new InstanceDetail(instanceId, hostName, userData, systemDiskId, systemDiskCategory, systemDiskSize, net,
                billing);
    }

    /**
     * How the instance was bought beyond its charge type: as a spot instance (NoSpot, SpotAsPriceGo,
     * SpotWithPriceLimit; the price limit per hour, the protected hours, Terminate or Stop on interruption) and, for a
     * subscription, the period bought and its renewal (auto-renewed for autoRenewPeriod), both in periodUnit (Week
     * or Month).
     */
    public record Billing(String spotStrategy, double spotPriceLimit, int spotDuration,
                          String spotInterruptionBehavior, boolean autoRenew, int autoRenewPeriod, String periodUnit,
                          int period) {
        /** A pay-as-you-go instance that is not a spot one. */
        public static final Billing NONE = new Billing("NoSpot", 0, 0, "Terminate", false, 0, "Month", 0);

        /** When a subscription bought at created ends. */
        public OffsetDateTime expiresAt(OffsetDateTime created) {
            return "Week".equals(periodUnit) ? created.plusWeeks(period) : created.plusMonths(period);
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
