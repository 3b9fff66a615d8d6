package io.cloudtwin.spec.aliyun;

import java.util.List;

/**
 * The Aliyun products cloudtwin reads the metadata of, all served on one port: the product's name as the cloud
 * spells it (Ecs; also the Recommend link's product=), its API version, its code (the metadata file
 * {@code <code>-<version>.json} on the class path and the package of its generated API) and the first labels of its
 * hosts (ecs.aliyuncs.com, ecs.cn-hangzhou.aliyuncs.com; BssOpenApi answers on business.aliyuncs.com, Location also on
 * location-readonly.aliyuncs.com). The last three are the calls Alibaba's tools make before any resource: the
 * Terraform provider's account type (BssOpenApi), its endpoint lookup (Location), the account id and the CLI's
 * {@code configure} check (Sts).
 */
public enum AliyunProduct {
    ECS("Ecs", "2014-05-26", "ecs"),
    VPC("Vpc", "2016-04-28", "vpc"),
    SLB("Slb", "2014-05-15", "slb"),
    BSS_OPEN_API("BssOpenApi", "2017-12-14", "bssopenapi", "business"),
    LOCATION("Location", "2015-06-12", "location", "location", "location-readonly"),
    STS("Sts", "2015-04-01", "sts");

    private final String cloudName;
    private final String version;
    private final String code;
    private final List<String> hostLabels;

    AliyunProduct(String cloudName, String version, String code, String... hostLabels) {
        this.cloudName = cloudName;
        this.version = version;
        this.code = code;
        this.hostLabels = hostLabels.length == 0 ? List.of(code) : List.of(hostLabels);
    }

    public String cloudName() { return cloudName; }
    public String version() { return version; }
    /** The product's code: its metadata file's and its generated package's name (ecs, bssopenapi). */
    public String code() { return code; }
    /** The first label of the product's own host (ecs.aliyuncs.com, business.aliyuncs.com). */
    public String hostPrefix() { return hostLabels.get(0); }

    /** The metadata file, by absolute class-path name. */
    public String resource() {
        return "/aliyun-openapi/" + code + "-" + version + ".json";
    }

    /** Reads the product's metadata through the opener. */
    public ProductSpec load(ProductSpec.Opener opener) {
        return new ProductSpec(cloudName, version, hostPrefix(), resource(), opener);
    }

    public static AliyunProduct byVersion(String version) {
        for (AliyunProduct p : values()) if (p.version.equals(version)) return p;
        return null;
    }

    /** The product whose hosts start with this label (ecs, ecs-cn-hangzhou, slb, location-readonly), or null. */
    public static AliyunProduct byHostLabel(String label) {
        for (AliyunProduct p : values()) {
            for (String h : p.hostLabels) if (label.equals(h)) return p;
        }
        for (AliyunProduct p : values()) {
            for (String h : p.hostLabels) if (label.startsWith(h + "-")) return p;
        }
        return null;
    }

    public static AliyunProduct byCloudName(String name) {
        for (AliyunProduct p : values()) if (p.cloudName.equals(name)) return p;
        return null;
    }
}
