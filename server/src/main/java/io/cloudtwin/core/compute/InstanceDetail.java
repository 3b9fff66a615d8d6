package io.cloudtwin.core.compute;

/** What Aliyun keeps of an instance beyond the core: host name, user data, its system disk, its public side. */
public record InstanceDetail(String instanceId, String hostName, String userData, String systemDiskId,
                     String systemDiskCategory, int systemDiskSize, Internet internet) {

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
