package io.cloudtwin.spec.aliyun;

/**
 * The Aliyun products cloudtwin reads the metadata of, all served on one port: the product's name as the cloud
 * spells it (Ecs; also the Recommend link's product=), its API version, the first label of its hosts
 * (ecs.aliyuncs.com, ecs.cn-hangzhou.aliyuncs.com) and its metadata file on the class path.
 */
public enum AliyunProduct {
    ECS("Ecs", "2014-05-26", "ecs"),
    VPC("Vpc", "2016-04-28", "vpc"),
    SLB("Slb", "2014-05-15", "slb");

    private final String cloudName;
    private final String version;
    private final String hostPrefix;

    AliyunProduct(String cloudName, String version, String hostPrefix) {
        this.cloudName = cloudName;
        this.version = version;
        this.hostPrefix = hostPrefix;
    }

    public String cloudName() { return cloudName; }
    public String version() { return version; }
    public String hostPrefix() { return hostPrefix; }

    /** The metadata file, by absolute class-path name. */
    public String resource() {
        return "/aliyun-openapi/" + hostPrefix + "-" + version + ".json";
    }

    /** Reads the product's metadata through the opener. */
    public ProductSpec load(ProductSpec.Opener opener) {
        return new ProductSpec(cloudName, version, hostPrefix, resource(), opener);
    }

    public static AliyunProduct byVersion(String version) {
        for (AliyunProduct p : values()) if (p.version.equals(version)) return p;
        return null;
    }

    /** The product whose hosts start with this label (ecs, ecs-cn-hangzhou, slb), or null. */
    public static AliyunProduct byHostLabel(String label) {
        for (AliyunProduct p : values()) {
            if (label.equals(p.hostPrefix) || label.startsWith(p.hostPrefix + "-")) return p;
        }
        return null;
    }

    public static AliyunProduct byCloudName(String name) {
        for (AliyunProduct p : values()) if (p.cloudName.equals(name)) return p;
        return null;
    }
}
