package io.cloudtwin.dialect.aliyun.spec;

import java.util.List;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.spec.aliyun.ProductSpec;

/**
 * The Aliyun products served on the one port, from Alibaba's API metadata (src/main/resources/aliyun-openapi):
 * ECS 2014-05-26 and VPC 2016-04-28. Each product's file is parsed on its first request (about 2 MB of JSON in all),
 * so the server's start does not pay for it.
 * <p>Routing: a Host of the product's own (ecs.aliyuncs.com, ecs.&lt;region&gt;.aliyuncs.com, vpc.aliyuncs.com,
 * vpc.&lt;region&gt;.aliyuncs.com) picks the product, and the version must then be that product's; any other host
 * (127.0.0.1:port, localhost) routes by Version / x-acs-version alone.
 */
@Component
public class AliyunSpecs {
    public static final String ECS = "Ecs";
    public static final String VPC = "Vpc";
    private static final Logger log = LoggerFactory.getLogger(AliyunSpecs.class);

    private volatile ProductSpec ecs;
    private volatile ProductSpec vpc;

    public ProductSpec ecs() {
        ProductSpec p = ecs;
        if (p == null) {
            synchronized (this) {
                if (ecs == null) ecs = load(ECS, "2014-05-26", "ecs", "/aliyun-openapi/ecs-2014-05-26.json");
                p = ecs;
            }
        }
        return p;
    }

    public ProductSpec vpc() {
        ProductSpec p = vpc;
        if (p == null) {
            synchronized (this) {
                if (vpc == null) vpc = load(VPC, "2016-04-28", "vpc", "/aliyun-openapi/vpc-2016-04-28.json");
                p = vpc;
            }
        }
        return p;
    }

    public List<ProductSpec> all() {
        return List.of(ecs(), vpc());
    }

    /** The product by its name as the cloud spells it (Ecs, Vpc). */
    public ProductSpec product(String name) {
        return switch (name) {
            case ECS -> ecs();
            case VPC -> vpc();
            default -> throw new IllegalArgumentException("no Aliyun product " + name);
        };
    }

    /** The product of the host's first label, ecs or vpc (ecs-cn-hangzhou too), or null for any other host. */
    public static String productOfHost(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon >= 0) h = h.substring(0, colon);
        if (!h.endsWith(".aliyuncs.com")) return null;
        String label = h.substring(0, h.indexOf('.'));
        if (label.equals("ecs") || label.startsWith("ecs-")) return ECS;
        if (label.equals("vpc") || label.startsWith("vpc-")) return VPC;
        return null;
    }

    /** The product a request is for, by host (when it names one) and version; InvalidVersion otherwise. */
    public ProductSpec route(String version, String host) {
        String byHost = productOfHost(host);
        String byVersion = switch (version) {
            case "2014-05-26" -> ECS;
            case "2016-04-28" -> VPC;
            default -> null;
        };
        if (byVersion == null || (byHost != null && !byHost.equals(byVersion))) {
            throw new AliyunException(AliyunError.INVALID_VERSION);
        }
        return product(byVersion);
    }

    /** The product a request's version names, without failing (for error bodies before routing succeeded). */
    public static String productNameOf(String version, String host) {
        String byHost = productOfHost(host);
        if (byHost != null) return byHost;
        return "2016-04-28".equals(version) ? VPC : ECS;
    }

    private static ProductSpec load(String name, String version, String prefix, String resource) {
        long started = System.nanoTime();
        ProductSpec p = new ProductSpec(name, version, prefix, resource);
        log.info("Aliyun {} {} API metadata loaded: {} actions, {} regions in {} ms", name, version,
                p.actionNames().size(), p.regions().size(), (System.nanoTime() - started) / 1_000_000);
        return p;
    }
}
