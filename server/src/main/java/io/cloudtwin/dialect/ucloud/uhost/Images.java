package io.cloudtwin.dialect.ucloud.uhost;

import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeImageRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeImageResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.UHostImageSet;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;

/** The base images of {@link UhostCatalog}. */
@Component
public class Images implements UhostApi.DescribeImage {
    /**
     * Zone, ImageType (Base; Custom and Business are empty here), OsType, FuncType, ImageId / ImageIds.N, Offset,
     * Limit -> ImageSet, TotalCount. An unknown id gives an empty set.
     */
    @Override
    public DescribeImageResponse describeImage(UcloudCall call, DescribeImageRequest r) {
        List<String> ids = new ArrayList<>(r.imageIds());
        if (r.imageId() != null) ids.add(r.imageId());
        List<UhostCatalog.Image> matching = UhostCatalog.IMAGES.stream()
                .filter(i -> ids.isEmpty() || ids.contains(i.imageId()))
                .filter(i -> r.imageType() == null || r.imageType().equals("Base"))
                .filter(i -> r.osType() == null || r.osType().equalsIgnoreCase(i.osType()))
                .filter(i -> r.funcType() == null || r.funcType().equals("uhost"))
                .toList();
        var window = UcloudFormats.window(r.offset(), r.limit(), 10_000);
        String zone = r.zone() == null ? "" : r.zone();
        return new DescribeImageResponse().setTotalCount(matching.size())
                .setImageSet(window.of(matching).stream().map(i -> image(i, zone)).toList());
    }

    private static UHostImageSet image(UhostCatalog.Image i, String zone) {
        return new UHostImageSet().setZone(zone).setImageId(i.imageId()).setImageName(i.imageName()).setTag("Default")
                .setOsType(i.osType()).setOsName(i.osName()).setImageType("Base")
                .setFeatures(List.of("NetEnhanced", "HotPlug", "CloudInit")).setFuncType("uhost")
                .setIntegratedSoftware("")
                .setVendor(i.osType().equals("Windows") ? "Windows" : i.imageName().split(" ")[0]).setLinks("")
                .setState("Available").setImageDescription(i.description())
                .setCreateTime(Math.toIntExact(i.createTime())).setImageSize(i.imageSizeGb()).setMinimalCPU("Intel/Auto")
                .setMaintainEol("");
    }
}
