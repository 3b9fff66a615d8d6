package io.cloudtwin.dialect.aliyun.location;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.location.api.DescribeEndpointsRequest;
import io.cloudtwin.dialect.aliyun.location.api.DescribeEndpointsResponse;
import io.cloudtwin.dialect.aliyun.location.api.LocationApi;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.spec.aliyun.AliyunProduct;
import io.cloudtwin.spec.aliyun.ProductSpec;

/**
 * Where each product is served, as the Terraform provider (for every product without an {@code endpoints} override)
 * and the CLI ask before their first call. Every product cloudtwin serves is served here, on the host the question came
 * to: asked on localhost:4566 the answer is localhost:4566, so the tool's next call comes back to the emulator. Asked on
 * an Alibaba host (a client whose DNS points there at the emulator), the answer is the product's real regional host.
 * A product cloudtwin does not serve, a region the product does not have, or a Type other than openAPI: no endpoint,
 * and the tools fall back to their built-in hosts.
 */
@Component
record Endpoints(AliyunSpecs specs) implements LocationApi.DescribeEndpoints {
    static final String OPEN_API = "openAPI";

    @Override
    public DescribeEndpointsResponse describeEndpoints(AliyunCall call, DescribeEndpointsRequest r) {
        var answer = new DescribeEndpointsResponse().setSuccess(true);
        AliyunProduct product = r.serviceCode() == null ? null : byCode(r.serviceCode());
        if (product == null || (r.type() != null && !r.type().isEmpty() && !OPEN_API.equals(r.type()))) {
            return answer.setEndpoints(List.of());
        }
        ProductSpec spec = specs.spec(product);
        String region = r.id() == null || r.id().isEmpty() ? null : r.id();
        if (region != null && !spec.regions().contains(region)) return answer.setEndpoints(List.of());
        return answer.setEndpoints(List.of(new DescribeEndpointsResponse.Endpoint()
                .setEndpoint(host(call.host(), spec, region))
                .setId(region == null ? "" : region)
                .setNamespace("")
                .setSerivceCode(product.code())
                .setType(OPEN_API)
                .setProtocols(List.of("HTTP", "HTTPS"))));
    }

    private static AliyunProduct byCode(String serviceCode) {
        String code = serviceCode.toLowerCase(Locale.ROOT);
        for (AliyunProduct p : AliyunProduct.values()) if (p.code().equals(code)) return p;
        return null;
    }

    private static String host(String asked, ProductSpec spec, String region) {
        if (asked != null && AliyunSpecs.productOfHost(asked) == null) return asked;
        String own = region == null ? null : spec.endpoint(region);
        return own != null ? own : spec.hostPrefix() + ".aliyuncs.com";
    }
}
