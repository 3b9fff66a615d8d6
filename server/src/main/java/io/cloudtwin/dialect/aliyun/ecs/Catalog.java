package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAvailableResourceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAvailableResourceResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageSupportInstanceTypesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageSupportInstanceTypesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypeFamiliesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypeFamiliesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/** What ECS offers: regions, zones, instance types and what each zone can create (EcsCatalog's facts). */
@Component
record Catalog(Zones zones, EcsCatalog catalog, ImageService images)
        implements EcsApi.DescribeRegions, EcsApi.DescribeZones, EcsApi.DescribeInstanceTypes,
        EcsApi.DescribeAvailableResource, EcsApi.DescribeInstanceTypeFamilies,
        EcsApi.DescribeImageSupportInstanceTypes {
    private static final List<String> DESTINATIONS = List.of("Zone", "InstanceType", "SystemDisk", "DataDisk");

    @Override
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        return new DescribeRegionsResponse().setRegions(AliyunFormats.regions(call.spec().product(),
                () -> new DescribeRegionsResponse.Region().setStatus("available")));
    }

    @Override
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        List<String> types = catalog.instanceTypes().stream().map(t -> t.path("InstanceTypeId").asString()).toList();
        Map<String, String> families = catalog.families();
        var resources = new DescribeZonesResponse.ResourcesInfo().setIoOptimized(true)
                .setSystemDiskCategories(catalog.systemDiskCategories())
                .setDataDiskCategories(catalog.dataDiskCategories()).setInstanceTypes(types)
                .setInstanceTypeFamilies(List.copyOf(families.keySet()))
                .setInstanceGenerations(families.values().stream().filter(g -> !g.isEmpty()).distinct().sorted().toList())
                .setNetworkTypes(List.of("vpc"));
        return new DescribeZonesResponse().setZones(AliyunFormats.zones(zones, r.regionId(), () ->
                new DescribeZonesResponse.Zone().setAvailableResourceCreation(List.of("Instance", "Disk", "VSwitch"))
                        .setAvailableInstanceTypes(types).setAvailableDiskCategories(catalog.dataDiskCategories())
                        .setAvailableVolumeCategories(List.of()).setAvailableDedicatedHostTypes(List.of())
                        .setDedicatedHostGenerations(List.of()).setAvailableResources(List.of(resources))));
    }

    @Override
    public DescribeInstanceTypeFamiliesResponse describeInstanceTypeFamilies(AliyunCall call,
                                                                             DescribeInstanceTypeFamiliesRequest r) {
        return new DescribeInstanceTypeFamiliesResponse().setInstanceTypeFamilies(catalog.families().entrySet().stream()
                .filter(f -> blank(r.generation()) || f.getValue().equals(r.generation()))
                .map(f -> new DescribeInstanceTypeFamiliesResponse.InstanceTypeFamily().setInstanceTypeFamilyId(f.getKey())
                        .setGeneration(f.getValue()))
                .toList());
    }

    @Override
    public DescribeImageSupportInstanceTypesResponse describeImageSupportInstanceTypes(
            AliyunCall call, DescribeImageSupportInstanceTypesRequest r) {
        List<JsonNode> types = catalog.instanceTypes();
        if (!blank(r.imageId())) {
            String architecture = catalog.image(r.imageId()).map(i -> i.path("Architecture").asString())
                    .orElseGet(() -> EcsImages.launchable(call, images, call.scope(), r.imageId()).architecture());
            types = catalog.instanceTypesFor(architecture);
        }
        return new DescribeImageSupportInstanceTypesResponse().setImageId(AliyunFormats.nz(r.imageId()))
                .setRegionId(r.regionId()).setInstanceTypes(types.stream().map(t ->
                        new DescribeImageSupportInstanceTypesResponse.InstanceType()
                                .setInstanceTypeId(t.path("InstanceTypeId").asString())
                                .setInstanceTypeFamily(t.path("InstanceTypeFamily").asString())
                                .setCpuCoreCount(t.path("CpuCoreCount").asInt())
                                .setMemorySize(BigDecimal.valueOf(t.path("MemorySize").asDouble())))
                        .toList());
    }

    @Override
    public DescribeInstanceTypesResponse describeInstanceTypes(AliyunCall call, DescribeInstanceTypesRequest r) {
        int minCpu = r.minimumCpuCoreCount() == null ? 0 : r.minimumCpuCoreCount();
        int maxCpu = r.maximumCpuCoreCount() == null ? Integer.MAX_VALUE : r.maximumCpuCoreCount();
        double minMem = r.minimumMemorySize() == null ? 0 : r.minimumMemorySize().doubleValue();
        double maxMem = r.maximumMemorySize() == null ? Double.MAX_VALUE : r.maximumMemorySize().doubleValue();
        return new DescribeInstanceTypesResponse().setNextToken("").setInstanceTypes(catalog.instanceTypes().stream()
                .filter(t -> r.instanceTypes().isEmpty() || r.instanceTypes().contains(t.path("InstanceTypeId").asString()))
                .filter(t -> r.instanceTypeFamily() == null
                        || t.path("InstanceTypeFamily").asString().equals(r.instanceTypeFamily()))
                .filter(t -> t.path("CpuCoreCount").asInt() >= minCpu && t.path("CpuCoreCount").asInt() <= maxCpu)
                .filter(t -> t.path("MemorySize").asDouble() >= minMem && t.path("MemorySize").asDouble() <= maxMem)
                .map(t -> new DescribeInstanceTypesResponse.InstanceType().setInstanceTypeId(t.path("InstanceTypeId").asString())
                        .setInstanceTypeFamily(t.path("InstanceTypeFamily").asString())
                        .setCpuCoreCount(t.path("CpuCoreCount").asInt())
                        .setMemorySize(BigDecimal.valueOf(t.path("MemorySize").asDouble()))
                        .setCpuArchitecture(t.path("CpuArchitecture").asString("X86"))
                        .setInstanceFamilyLevel(t.path("InstanceFamilyLevel").asString("EnterpriseLevel"))
                        .setInstanceCategory("General-purpose").setEniQuantity(t.path("EniQuantity").asInt(2))
                        .setEniPrivateIpAddressQuantity(t.path("EniPrivateIpAddressQuantity").asInt(6))
                        .setPrimaryEniQueueNumber(t.path("PrimaryEniQueueNumber").asInt(2))
                        .setGpuAmount(t.path("GPUAmount").asInt(0)).setGpuSpec(t.path("GPUSpec").asString("")))
                .toList());
    }

    @Override
    public DescribeAvailableResourceResponse describeAvailableResource(AliyunCall call, DescribeAvailableResourceRequest r) {
        String destination = r.destinationResource();
        if (!DESTINATIONS.contains(destination)) throw call.invalid("DestinationResource");
        List<String> values = switch (destination) {
            case "InstanceType" -> catalog.instanceTypes().stream()
                    .filter(t -> r.instanceType() == null || t.path("InstanceTypeId").asString().equals(r.instanceType()))
                    .filter(t -> r.cores() == null || t.path("CpuCoreCount").asInt() == r.cores())
                    .filter(t -> r.memory() == null || t.path("MemorySize").asDouble() == r.memory().doubleValue())
                    .map(t -> t.path("InstanceTypeId").asString()).toList();
            case "SystemDisk" -> catalog.systemDiskCategories();
            case "DataDisk" -> catalog.dataDiskCategories();
            default -> List.of();
        };
        return new DescribeAvailableResourceResponse().setAvailableZones(zones.of(Cloud.ALIYUN, r.regionId()).stream()
                .filter(z -> r.zoneId() == null || z.equals(r.zoneId()))
                .map(z -> new DescribeAvailableResourceResponse.AvailableZone().setZoneId(z).setRegionId(r.regionId())
                        .setStatus("Available").setStatusCategory("WithStock")
                        .setAvailableResources(destination.equals("Zone") ? List.of()
                                : List.of(new DescribeAvailableResourceResponse.AvailableResource().setType(destination)
                                        .setSupportedResources(values.stream().map(v ->
                                                new DescribeAvailableResourceResponse.SupportedResource().setValue(v)
                                                        .setStatus("Available").setStatusCategory("WithStock"))
                                                .toList()))))
                .toList());
    }
}
