package io.cloudtwin.dialect.ucloud.uhost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cloud;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Image;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.compute.Instance;
import io.cloudtwin.core.compute.InstanceService;
import io.cloudtwin.core.compute.UhostDetails;
import io.cloudtwin.core.compute.UhostDisk;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.dialect.ucloud.uhost.api.CopyCustomImageRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.CopyCustomImageResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.CopyImageTaskInfo;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateCustomImageRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateCustomImageResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeImageRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeImageResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.TerminateCustomImageRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.TerminateCustomImageResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostImageSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * The base images of {@link UhostCatalog} and the project's custom images (ImageType Custom): the core's images, made
 * from a host by CreateCustomImage (of its boot disk's size; the image carries the source image's OS) and Available
 * at once, as ucloud-cli's "image create" waits for.
 */
@Component
record Images(ImageService images, InstanceService instances, UhostDetails hosts, UcloudApiSpec spec)
        implements UhostApi.DescribeImage, UhostApi.CreateCustomImage, UhostApi.TerminateCustomImage,
        UhostApi.CopyCustomImage {
    private static final int MAX_LIMIT = 10_000;

    @Override
    public DescribeImageResponse describeImage(UcloudCall call, DescribeImageRequest r) {
        List<String> ids = new ArrayList<>(r.imageIds());
        if (r.imageId() != null) ids.add(r.imageId());
        String zone = r.zone() == null ? "" : r.zone();
        List<Shown> all = new ArrayList<>();
        if (r.imageType() == null || r.imageType().equals("Base")) {
            UhostCatalog.IMAGES.stream().filter(i -> ids.isEmpty() || ids.contains(i.imageId()))
                    .map(i -> new Shown(i.osType(), base(i, zone))).forEach(all::add);
        }
        if (r.imageType() == null || r.imageType().equals("Custom")) {
            images.list(call.scope(), ids, null, null, null, 0, MAX_LIMIT).items().stream()
                    .map(i -> new Shown(osType(i), custom(i, zone))).forEach(all::add);
        }
        List<UHostImageSet> matching = all.stream()
                .filter(i -> r.osType() == null || r.osType().equalsIgnoreCase(i.osType()))
                .filter(i -> r.funcType() == null || r.funcType().equals("uhost")).map(Shown::set).toList();
        var window = UcloudFormats.window(r.offset(), r.limit(), MAX_LIMIT);
        return new DescribeImageResponse().setTotalCount(matching.size()).setImageSet(window.of(matching));
    }

    /** An image shown, with its OsType for the filter. */
    private record Shown(String osType, UHostImageSet set) {}

    @Override
    public CreateCustomImageResponse createCustomImage(UcloudCall call, CreateCustomImageRequest r) {
        String name = UcloudFormats.text(r.imageName(), "ImageName", UcloudFormats.NAME);
        Instance host = instances.get(call.scope(), r.uHostId());
        String os = UhostCatalog.find(host.imageId()).map(UhostCatalog.Image::osName).orElse("");
        int boot = hosts.of(List.of(host)).get(host.id()).disks().stream().filter(UhostDisk::boot)
                .mapToInt(UhostDisk::sizeGb).findFirst().orElse(0);
        Image made = images.createFromHost(call.scope(), Ids.random("uimage-", 8), r.uHostId(),
                new ImageService.NewImage(name, UcloudFormats.text(r.imageDescription(), "", "ImageDescription",
                        UcloudFormats.REMARK), "", "", os, "x86_64", "BIOS"), boot);
        return new CreateCustomImageResponse().setImageId(made.id());
    }

    @Override
    public TerminateCustomImageResponse terminateCustomImage(UcloudCall call, TerminateCustomImageRequest r) {
        images.delete(call.scope(), r.imageId(), true);
        return new TerminateCustomImageResponse().setImageId(r.imageId());
    }

    @Override
    public CopyCustomImageResponse copyCustomImage(UcloudCall call, CopyCustomImageRequest r) {
        if (!r.targetRegionList().isEmpty()) throw call.invalid("TargetRegionList");
        String region = UcloudFormats.empty(r.targetRegion()) ? call.scope().region() : r.targetRegion();
        if (!spec.regions().contains(region)) throw call.error(UcloudRetCode.REGION_NOT_AVAILABLE, "TargetRegion");
        if (!call.account().ucloudProjects().contains(r.targetProjectId())) {
            throw call.error(UcloudRetCode.PROJECT_NOT_FOUND, r.targetProjectId());
        }
        Image source = images.get(call.scope(), r.sourceImageId());
        String name = UcloudFormats.empty(r.targetImageName()) ? source.name()
                : UcloudFormats.text(r.targetImageName(), "TargetImageName", UcloudFormats.NAME);
        Scope to = new Scope(Cloud.UCLOUD, call.account().id(), region, r.targetProjectId());
        Image copy = images.copy(call.scope(), source.id(), to, Ids.random("uimage-", 8), name,
                UcloudFormats.text(r.targetImageDescription(), "", "TargetImageDescription", UcloudFormats.REMARK),
                Map.of());
        return new CopyCustomImageResponse().setTargetImageId(copy.id())
                .setInfos(List.of(new CopyImageTaskInfo().setTargetImageId(copy.id()).setTargetRegion(region)));
    }

    private static UHostImageSet base(UhostCatalog.Image i, String zone) {
        return new UHostImageSet().setZone(zone).setImageId(i.imageId()).setImageName(i.imageName()).setTag("Default")
                .setOsType(i.osType()).setOsName(i.osName()).setImageType("Base")
                .setFeatures(List.of("NetEnhanced", "HotPlug", "CloudInit")).setFuncType("uhost")
                .setIntegratedSoftware("")
                .setVendor(i.osType().equals("Windows") ? "Windows" : i.imageName().split(" ")[0]).setLinks("")
                .setState("Available").setImageDescription(i.description())
                .setCreateTime(Math.toIntExact(i.createTime())).setImageSize(i.imageSizeGb()).setMinimalCPU("Intel/Auto")
                .setMaintainEol("");
    }

    private static String osType(Image i) {
        return i.platform().contains("Windows") ? "Windows" : "Linux";
    }

    /** A custom image: its OS the source image's (kept as its platform), its size its system disk's. */
    private static UHostImageSet custom(Image i, String zone) {
        String osType = osType(i);
        return new UHostImageSet().setZone(zone).setImageId(i.id()).setImageName(i.name()).setTag("Default")
                .setOsType(osType).setOsName(i.platform()).setImageType("Custom")
                .setFeatures(List.of("NetEnhanced", "HotPlug", "CloudInit")).setFuncType("uhost")
                .setIntegratedSoftware("").setVendor(osType.equals("Windows") ? "Windows" : "")
                .setLinks("").setState("Available").setImageDescription(i.description())
                .setCreateTime(UcloudFormats.unix(i.createdAt())).setImageSize(i.sizeGb())
                .setMinimalCPU("Intel/Auto").setMaintainEol("");
    }
}
