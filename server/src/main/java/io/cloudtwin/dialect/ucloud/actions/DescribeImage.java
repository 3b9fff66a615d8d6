package io.cloudtwin.dialect.ucloud.actions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.ucloud.UcloudAction;
import io.cloudtwin.dialect.ucloud.UcloudRequest;
import io.cloudtwin.dialect.ucloud.UhostCatalog;

/**
 * Zone, ImageType (Base; Custom and Business are empty here), OsType, ImageId / ImageIds.N, Offset, Limit ->
 * ImageSet[UHostImageSet], TotalCount from the catalog in {@link UhostCatalog}. An unknown id gives an empty set.
 */
@Component
public class DescribeImage implements UcloudAction {
    @Override
    public String name() {
        return "DescribeImage";
    }

    @Override
    public Map<String, Object> handle(UcloudRequest r) {
        List<String> ids = new ArrayList<>(r.strings("ImageIds"));
        if (r.has("ImageId")) ids.add(r.string("ImageId"));
        String type = r.string("ImageType");
        String osType = r.string("OsType");
        String funcType = r.string("FuncType");
        List<UhostCatalog.Image> matching = UhostCatalog.IMAGES.stream()
                .filter(i -> ids.isEmpty() || ids.contains(i.imageId()))
                .filter(i -> type == null || type.equals("Base"))
                .filter(i -> osType == null || osType.equalsIgnoreCase(i.osType()))
                .filter(i -> funcType == null || funcType.equals("uhost"))
                .toList();
        int offset = Paging.offset(r);
        int limit = Paging.limit(r, 10_000);
        String zone = r.string("Zone", "");
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("TotalCount", matching.size());
        out.put("ImageSet", matching.stream().skip(offset).limit(limit).map(i -> image(i, zone)).toList());
        return out;
    }

    private static Map<String, Object> image(UhostCatalog.Image i, String zone) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Zone", zone);
        m.put("ImageId", i.imageId());
        m.put("ImageName", i.imageName());
        m.put("Tag", "Default");
        m.put("OsType", i.osType());
        m.put("OsName", i.osName());
        m.put("ImageType", "Base");
        m.put("Features", List.of("NetEnhanced", "HotPlug", "CloudInit"));
        m.put("FuncType", "uhost");
        m.put("IntegratedSoftware", "");
        m.put("Vendor", i.osType().equals("Windows") ? "Windows" : i.imageName().split(" ")[0]);
        m.put("Links", "");
        m.put("State", "Available");
        m.put("ImageDescription", i.description());
        m.put("CreateTime", i.createTime());
        m.put("ImageSize", i.imageSizeGb());
        m.put("MinimalCPU", "Intel/Auto");
        m.put("MaintainEol", "");
        return m;
    }
}
