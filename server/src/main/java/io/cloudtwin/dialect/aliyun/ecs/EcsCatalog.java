package io.cloudtwin.dialect.aliyun.ecs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.dialect.aliyun.AliyunCall;

/**
 * ECS's facts of sale, from resources/catalog/aliyun-catalog.json (public images, instance types, disk categories and
 * the sizes each allows, with their sources): what DescribeImages and DescribeInstanceTypes list and what a creation
 * is checked against.
 */
@Component
public class EcsCatalog {
    private static final String RESOURCE = "/catalog/aliyun-catalog.json";

    /** A size range in GiB. */
    record Range(int min, int max) {
        boolean contains(int size) {
            return size >= min && size <= max;
        }
    }

    private final JsonNode disks;
    private final List<JsonNode> images = new ArrayList<>();
    private final List<JsonNode> instanceTypes = new ArrayList<>();
    private final Map<String, String> generations = new TreeMap<>();

    /**
     * The catalog of the class path, plus the images and instance types configuration adds
     * (cloudtwin.catalog.aliyun-images, cloudtwin.catalog.aliyun-instance-types: comma-separated ids; an added image
     * is a Linux one of 20 GiB, an added type's vCPUs and memory follow its size: large 2 vCPUs, xlarge 4, Nxlarge 4N),
     * as moto lets its users add AMIs.
     */
    public EcsCatalog(@Value("${cloudtwin.catalog.aliyun-images:}") List<String> extraImages,
                      @Value("${cloudtwin.catalog.aliyun-instance-types:}") List<String> extraTypes) {
        JsonNode root;
        try (InputStream in = EcsCatalog.class.getResourceAsStream(RESOURCE)) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
        disks = root.path("disks");
        root.path("images").forEach(images::add);
        root.path("instance_types").forEach(instanceTypes::add);
        root.path("instance_type_family_generations").properties()
                .forEach(e -> generations.put(e.getKey(), e.getValue().isString() ? e.getValue().asString() : ""));
        var json = JsonMapper.builder().build();
        for (String id : extraImages) {
            if (id.isBlank() || image(id.trim()).isPresent()) continue;
            images.add(json.createObjectNode().put("ImageId", id.trim()).put("ImageName", id.trim()).put("OSType", "linux")
                    .put("OSName", id.trim()).put("OSNameEn", id.trim()).put("Platform", "Others Linux")
                    .put("Architecture", "x86_64").put("Size", 20).put("ImageOwnerAlias", "system").put("IsPublic", true)
                    .put("Status", "Available").put("Usage", "instance").put("IsSupportCloudinit", true)
                    .put("IsSupportIoOptimized", true).put("CreationTime", "2024-01-01T00:00:00Z"));
        }
        for (String id : extraTypes) {
            if (id.isBlank() || instanceType(id.trim()).isPresent()) continue;
            int[] shape = InstanceTypes.shape(id.trim());
            instanceTypes.add(json.createObjectNode().put("InstanceTypeId", id.trim())
                    .put("InstanceTypeFamily", InstanceTypes.family(id.trim())).put("CpuCoreCount", shape[0])
                    .put("MemorySize", shape[1] / 1024.0).put("CpuArchitecture", "X86")
                    .put("InstanceFamilyLevel", "EnterpriseLevel").put("EniQuantity", 2)
                    .put("EniPrivateIpAddressQuantity", 6).put("GPUAmount", 0).put("GPUSpec", ""));
        }
    }

    Optional<JsonNode> instanceType(String id) {
        return instanceTypes.stream().filter(t -> t.path("InstanceTypeId").asString().equals(id)).findFirst();
    }

    /** vCPUs and memory (MiB) of a type of the catalog. */
    int[] shape(String id) {
        return instanceType(id).map(t -> new int[] {t.path("CpuCoreCount").asInt(),
                (int) Math.round(t.path("MemorySize").asDouble() * 1024)}).orElseGet(() -> InstanceTypes.shape(id));
    }

    /** The data-disk categories sold (the keys of the catalog's table). */
    List<String> dataDiskCategories() {
        List<String> out = new ArrayList<>();
        disks.path("data_disk_categories").forEach(c -> out.add(c.asString()));
        return out;
    }

    List<String> systemDiskCategories() {
        List<String> out = new ArrayList<>();
        disks.path("system_disk_categories").forEach(c -> out.add(c.asString()));
        return out;
    }

    List<JsonNode> images() {
        return images;
    }

    Optional<JsonNode> image(String id) {
        return images.stream().filter(i -> i.path("ImageId").asString().equals(id)).findFirst();
    }

    List<JsonNode> instanceTypes() {
        return instanceTypes;
    }

    /** Each family of the catalog's instance types, in id order, with its generation ("" where no source gives it). */
    Map<String, String> families() {
        Map<String, String> out = new TreeMap<>();
        instanceTypes.forEach(t -> {
            String family = t.path("InstanceTypeFamily").asString();
            out.put(family, generations.getOrDefault(family, ""));
        });
        return out;
    }

    /** The catalog's instance types an image of this architecture (x86_64, arm64, ...) runs on. */
    List<JsonNode> instanceTypesFor(String imageArchitecture) {
        String cpu = "arm64".equalsIgnoreCase(imageArchitecture) ? "ARM" : "X86";
        return instanceTypes.stream().filter(t -> t.path("CpuArchitecture").asString("X86").equals(cpu)).toList();
    }

    /** The size range of a data-disk category (ESSD by performance level, PL1 by default); empty: not sold. */
    Optional<Range> dataDisk(String category, String performanceLevel) {
        return range(disks.path("data_disk_size_GiB"), category, performanceLevel);
    }

    Optional<Range> systemDisk(String category, String performanceLevel) {
        return range(disks.path("system_disk_size_GiB"), category, performanceLevel);
    }

    private static Optional<Range> range(JsonNode table, String category, String performanceLevel) {
        JsonNode c = table.path(category);
        if (c.isMissingNode() || !c.isObject()) return Optional.empty();
        if (!c.has("min")) c = c.path(performanceLevel == null || performanceLevel.isEmpty() ? "PL1" : performanceLevel);
        if (!c.has("min")) return Optional.empty();
        return Optional.of(new Range(c.path("min").asInt(), c.path("max").asInt()));
    }

    /**
     * A data disk's size as asked (absent: the category's least), checked against the category. prefix names the
     * parameters in errors: "DataDisk.1." for RunInstances' disks, "" for CreateDisk's own Size and DiskCategory.
     */
    int dataDiskSize(AliyunCall call, String category, String performanceLevel, Integer size, String prefix) {
        boolean own = prefix.isEmpty();
        Range r = dataDisk(category, performanceLevel).orElseThrow(() -> own
                ? call.firstError("DiskCategory", "InvalidDiskCategory.ValueNotSupported", "InvalidDiskCategory.NotSupported")
                : call.firstError(prefix + "Category", "InvalidDataDiskCategory.ValueNotSupported",
                        "InvalidDiskCategory.ValueNotSupported"));
        int s = size == null ? r.min() : size;
        if (!r.contains(s)) {
            throw own ? call.firstError("Size", "InvalidSize.ValueNotSupported", "InvalidDiskSize.NotSupported")
                    : call.firstError(prefix + "Size", "InvalidDataDiskSize.ValueNotSupported", "InvalidSize.ValueNotSupported");
        }
        return s;
    }

    /** A system disk's size as asked (absent: 40 GiB), checked against the category. */
    int systemDiskSize(AliyunCall call, String category, String performanceLevel, Integer size) {
        Range r = systemDisk(category, performanceLevel).orElseThrow(() -> call.firstError("SystemDisk.Category",
                "InvalidSystemDiskCategory.ValueNotSupported", "InvalidDiskCategory.ValueNotSupported"));
        int s = size == null ? Math.max(40, r.min()) : size;
        if (!r.contains(s)) throw call.firstError("SystemDisk.Size", "InvalidSystemDiskSize.ValueNotSupported",
                "InvalidSystemDiskSize");
        return s;
    }

    /** The largest size a disk of that category may grow to. */
    int maxSize(String category, String performanceLevel, boolean system) {
        return (system ? systemDisk(category, performanceLevel) : dataDisk(category, performanceLevel))
                .map(Range::max).orElse(32768);
    }
}
