package io.cloudtwin.dialect.aliyun.actions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/**
 * ECS DescribeRegions: the regions of the ECS metadata's endpoint list, each with its endpoint, all available.
 * LocalName is left empty: the metadata does not give the regions' display names.
 */
@Component
public class DescribeRegions implements AliyunAction {
    @Override
    public String name() {
        return "DescribeRegions";
    }

    @Override
    public String coverageNote() {
        return "the metadata endpoint list; LocalName empty";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Map.of("Regions", regions(r, true));
    }

    static List<Map<String, Object>> regions(AliyunRequest r, boolean withStatus) {
        var product = r.product();
        return product.regions().stream().map(id -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("RegionId", id);
            m.put("RegionEndpoint", product.endpoint(id));
            if (withStatus) m.put("Status", "available");
            return m;
        }).toList();
    }
}
