package io.cloudtwin.dialect.aliyun.ecs;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Zones;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAvailableResourceRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeAvailableResourceResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeInstanceTypesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRegionsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeRegionsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeZonesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeZonesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/** What ECS offers: regions, zones, public images, instance types and what each zone can create. */
@Component
record Catalog(Zones zones) implements EcsApi {
    private static final List<String> DESTINATIONS = List.of("Zone", "InstanceType", "SystemDisk");

    /** A public image of the catalog. */
    record Image(String id, String osName, String osType, String platform, int size) {}

    static final List<Image> IMAGES = List.of(
            new Image("aliyun_3_x64_20G_alibase_20240819.vhd", "Alibaba Cloud Linux 3.2104 LTS 64 bit", "linux", "Aliyun", 20),
            new Image("ubuntu_22_04_x64_20G_alibase_20240926.vhd", "Ubuntu 22.04 64 bit", "linux", "Ubuntu", 20),
            new Image("centos_7_9_x64_20G_alibase_20240628.vhd", "CentOS 7.9 64 bit", "linux", "CentOS", 20));

    @Override
    @Coverage("the metadata endpoint list; LocalName empty")
    public DescribeRegionsResponse describeRegions(AliyunCall call, DescribeRegionsRequest r) {
        return new DescribeRegionsResponse().setRegions(AliyunFormats.regions(call.spec().product(),
                () -> new DescribeRegionsResponse.Region().setStatus("available")));
    }

    @Override
    @Coverage("the region's real zones (catalog/aliyun-zones.json); resource catalogs empty")
    public DescribeZonesResponse describeZones(AliyunCall call, DescribeZonesRequest r) {
        return new DescribeZonesResponse().setZones(AliyunFormats.zones(zones, r.regionId(), () ->
                new DescribeZonesResponse.Zone().setAvailableResourceCreation(List.of("Instance", "Disk", "VSwitch"))));
    }

    @Override
    @Coverage("a fixed catalog of three public images (ImageId, ImageName, OSType, ImageOwnerAlias filters)")
    public DescribeImagesResponse describeImages(AliyunCall call, DescribeImagesRequest r) {
        var paging = call.paging(10);
        call.dryRun(r.dryRun());
        List<String> ids = AliyunFormats.commaList(r.imageId());
        List<Image> found = IMAGES.stream()
                .filter(i -> ids == null || ids.contains(i.id()))
                .filter(i -> r.imageName() == null || i.id().equals(r.imageName()))
                .filter(i -> r.osType() == null || i.osType().equals(r.osType()))
                .filter(i -> r.imageOwnerAlias() == null || r.imageOwnerAlias().equals("system"))
                .toList();
        return call.paged(new DescribeImagesResponse().setRegionId(r.regionId()).setImages(
                AliyunFormats.page(found, paging).stream().map(i -> new DescribeImagesResponse.Image().setImageId(i.id())
                        .setImageName(i.id()).setOsName(i.osName()).setOsNameEn(i.osName()).setOsType(i.osType())
                        .setPlatform(i.platform()).setArchitecture("x86_64").setSize(i.size()).setStatus("Available")
                        .setImageOwnerAlias("system").setIsPublic(true).setIsSupportCloudinit(true)
                        .setIsSupportIoOptimized(true).setUsage("instance").setBootMode("BIOS").setProgress("100%")
                        .setCreationTime("2024-08-19T00:00:00Z")).toList()), paging, found.size());
    }

    @Override
    @Coverage("a fixed catalog of six g6/c6/r6 types (InstanceTypes.N, InstanceTypeFamily, Minimum/MaximumCpuCoreCount, "
            + "Minimum/MaximumMemorySize filters)")
    public DescribeInstanceTypesResponse describeInstanceTypes(AliyunCall call, DescribeInstanceTypesRequest r) {
        int minCpu = r.minimumCpuCoreCount() == null ? 0 : r.minimumCpuCoreCount();
        int maxCpu = r.maximumCpuCoreCount() == null ? Integer.MAX_VALUE : r.maximumCpuCoreCount();
        double minMem = r.minimumMemorySize() == null ? 0 : r.minimumMemorySize().doubleValue();
        double maxMem = r.maximumMemorySize() == null ? Double.MAX_VALUE : r.maximumMemorySize().doubleValue();
        return new DescribeInstanceTypesResponse().setNextToken("").setInstanceTypes(InstanceTypes.ALL.stream()
                .filter(t -> r.instanceTypes().isEmpty() || r.instanceTypes().contains(t))
                .filter(t -> r.instanceTypeFamily() == null || InstanceTypes.family(t).equals(r.instanceTypeFamily()))
                .filter(t -> cpu(t) >= minCpu && cpu(t) <= maxCpu)
                .filter(t -> memory(t) >= minMem && memory(t) <= maxMem)
                .map(t -> new DescribeInstanceTypesResponse.InstanceType().setInstanceTypeId(t)
                        .setInstanceTypeFamily(InstanceTypes.family(t)).setCpuCoreCount(cpu(t))
                        .setMemorySize(BigDecimal.valueOf(memory(t))).setCpuArchitecture("X86")
                        .setInstanceCategory("General-purpose").setInstanceFamilyLevel("EnterpriseLevel")
                        .setEniQuantity(3).setEniPrivateIpAddressQuantity(10).setGpuAmount(0).setGpuSpec(""))
                .toList());
    }

    private static int cpu(String type) {
        return InstanceTypes.shape(type)[0];
    }

    /** GiB. */
    private static double memory(String type) {
        return InstanceTypes.shape(type)[1] / 1024.0;
    }

    @Override
    @Coverage("DestinationResource Zone, InstanceType or SystemDisk from the fixed catalog; every zone WithStock")
    public DescribeAvailableResourceResponse describeAvailableResource(AliyunCall call, DescribeAvailableResourceRequest r) {
        String destination = r.destinationResource();
        if (!DESTINATIONS.contains(destination)) throw call.invalid("DestinationResource");
        List<String> values = switch (destination) {
            case "InstanceType" -> InstanceTypes.ALL.stream()
                    .filter(t -> r.instanceType() == null || t.equals(r.instanceType())).toList();
            case "SystemDisk" -> InstanceTypes.SYSTEM_DISK_CATEGORIES;
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
