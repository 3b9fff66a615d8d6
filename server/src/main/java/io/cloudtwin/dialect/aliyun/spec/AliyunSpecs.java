package io.cloudtwin.dialect.aliyun.spec;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ProductSpec;

/**
 * The Aliyun products served on the one port, from Alibaba's API metadata (src/main/resources/aliyun-openapi):
 * one per AliyunProduct (ECS 2014-05-26, VPC 2016-04-28, SLB 2014-05-15...). Each product's file is parsed on its first
 * request (about 2 MB of JSON in all),
 * so the server's start does not pay for it.
 * <p>Routing: a Host of the product's own (ecs.aliyuncs.com, ecs.&lt;region&gt;.aliyuncs.com, vpc.aliyuncs.com,
 * vpc.&lt;region&gt;.aliyuncs.com) picks the product, and the version must then be that product's; any other host
 * (127.0.0.1:port, localhost) routes by Version / x-acs-version alone.
 */
@Component
public class AliyunSpecs {
    public static final String ECS = AliyunProduct.ECS.cloudName();
    public static final String VPC = AliyunProduct.VPC.cloudName();
    public static final String SLB = AliyunProduct.SLB.cloudName();
    private static final Logger log = LoggerFactory.getLogger(AliyunSpecs.class);

    private final Map<AliyunProduct, ProductSpec> loaded = new ConcurrentHashMap<>();

    public ProductSpec ecs() {
        return spec(AliyunProduct.ECS);
    }

    public ProductSpec vpc() {
        return spec(AliyunProduct.VPC);
    }

    /** A product's metadata, parsed on first use. */
    public ProductSpec spec(AliyunProduct p) {
        return loaded.computeIfAbsent(p, AliyunSpecs::load);
    }

    public List<ProductSpec> all() {
        return Arrays.stream(AliyunProduct.values()).map(this::spec).toList();
    }

    /** The product by its name as the cloud spells it (Ecs, Vpc, Slb). */
    public ProductSpec product(String name) {
        AliyunProduct p = AliyunProduct.byCloudName(name);
        if (p == null) throw new IllegalArgumentException("no Aliyun product " + name);
        return spec(p);
    }

    /** The product of the host's first label (ecs, ecs-cn-hangzhou, vpc, slb...), or null for any other host. */
    public static String productOfHost(String host) {
        AliyunProduct p = hostProduct(host);
        return p == null ? null : p.cloudName();
    }

    private static AliyunProduct hostProduct(String host) {
        if (host == null) return null;
        String h = host.toLowerCase(Locale.ROOT);
        int colon = h.indexOf(':');
        if (colon >= 0) h = h.substring(0, colon);
        if (!h.endsWith(".aliyuncs.com")) return null;
        return AliyunProduct.byHostLabel(h.substring(0, h.indexOf('.')));
    }

    /** The product a request is for, by host (when it names one) and version; InvalidVersion otherwise. */
    public ProductSpec route(String version, String host) {
        AliyunProduct byHost = hostProduct(host);
        AliyunProduct byVersion = AliyunProduct.byVersion(version);
        if (byVersion == null || (byHost != null && byHost != byVersion)) {
            throw new AliyunException(AliyunError.INVALID_VERSION);
        }
        return spec(byVersion);
    }

    /** The product a request's version names, without failing (for error bodies before routing succeeded). */
    public static String productNameOf(String version, String host) {
        AliyunProduct byHost = hostProduct(host);
        if (byHost != null) return byHost.cloudName();
        AliyunProduct byVersion = version == null ? null : AliyunProduct.byVersion(version);
        return byVersion == null ? ECS : byVersion.cloudName();
    }

    /** The host an error body names: the product's own (ecs.aliyuncs.com). */
    public static String hostIdOf(String product) {
        AliyunProduct p = AliyunProduct.byCloudName(product);
        return (p == null ? "ecs" : p.hostPrefix()) + ".aliyuncs.com";
    }

    private static ProductSpec load(AliyunProduct product) {
        long started = System.nanoTime();
        ProductSpec p = new ProductSpec(product.cloudName(), product.version(), product.hostPrefix(), product.resource());
        log.info("Aliyun {} {} API metadata loaded: {} actions, {} regions in {} ms", product.cloudName(), product.version(),
                p.actionNames().size(), p.regions().size(), (System.nanoTime() - started) / 1_000_000);
        return p;
    }
}
