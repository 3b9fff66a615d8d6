package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** The catalog's instance types (Catalog); filters InstanceTypes.N, InstanceTypeFamily, CPU and memory bounds. */
@Component
public class DescribeInstanceTypes implements AliyunAction {
    @Override
    public String name() {
        return "DescribeInstanceTypes";
    }

    @Override
    public String coverageNote() {
        return "a fixed catalog of six g6/c6/r6 types (InstanceTypes.N, InstanceTypeFamily, Minimum/MaximumCpuCoreCount, "
                + "Minimum/MaximumMemorySize filters)";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        List<String> wanted = r.list("InstanceTypes");
        String family = r.string("InstanceTypeFamily");
        int minCpu = r.integer("MinimumCpuCoreCount", 0);
        int maxCpu = r.integer("MaximumCpuCoreCount", Integer.MAX_VALUE);
        double minMem = r.number("MinimumMemorySize") == null ? 0 : r.number("MinimumMemorySize").doubleValue();
        double maxMem = r.number("MaximumMemorySize") == null ? Double.MAX_VALUE : r.number("MaximumMemorySize").doubleValue();
        List<Map<String, Object>> types = Catalog.INSTANCE_TYPES.stream()
                .filter(t -> wanted.isEmpty() || wanted.contains(t))
                .filter(t -> family == null || Catalog.family(t).equals(family))
                .filter(t -> Catalog.cpu(t) >= minCpu && Catalog.cpu(t) <= maxCpu)
                .filter(t -> Catalog.memory(t) >= minMem && Catalog.memory(t) <= maxMem)
                .map(t -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("InstanceTypeId", t);
                    m.put("InstanceTypeFamily", Catalog.family(t));
                    m.put("CpuCoreCount", Catalog.cpu(t));
                    m.put("MemorySize", Catalog.memory(t));
                    m.put("CpuArchitecture", "X86");
                    m.put("InstanceCategory", "General-purpose");
                    m.put("InstanceFamilyLevel", "EnterpriseLevel");
                    m.put("EniQuantity", 3);
                    m.put("EniPrivateIpAddressQuantity", 10);
                    m.put("GPUAmount", 0);
                    m.put("GPUSpec", "");
                    return m;
                }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("NextToken", "");
        out.put("InstanceTypes", types);
        return out;
    }
}
