package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;

/** The catalog's public images (Catalog); filters ImageId (comma-separated), ImageName, OSType, ImageOwnerAlias. */
@Component
public class DescribeImages implements AliyunAction {
    @Override
    public String name() {
        return "DescribeImages";
    }

    @Override
    public String coverageNote() {
        return "a fixed catalog of three public images (ImageId, ImageName, OSType, ImageOwnerAlias filters)";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        String region = r.required("RegionId");
        var paging = r.paging(10);
        r.dryRunCheck();
        List<String> ids = r.string("ImageId") == null ? null : List.of(r.string("ImageId").split(","));
        String owner = r.string("ImageOwnerAlias");
        List<Catalog.Image> found = Catalog.IMAGES.stream()
                .filter(i -> ids == null || ids.contains(i.id()))
                .filter(i -> r.string("ImageName") == null || i.name().equals(r.string("ImageName")))
                .filter(i -> r.string("OSType") == null || i.osType().equals(r.string("OSType")))
                .filter(i -> owner == null || owner.equals("system"))
                .toList();
        Map<String, Object> out = new LinkedHashMap<>(paging.answer(found.size()));
        out.put("RegionId", region);
        out.put("Images", found.subList(Math.min(found.size(), paging.offset()),
                (int) Math.min(found.size(), (long) paging.offset() + paging.limit())).stream().map(i -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("ImageId", i.id());
                    m.put("ImageName", i.name());
                    m.put("OSName", i.osName());
                    m.put("OSNameEn", i.osName());
                    m.put("OSType", i.osType());
                    m.put("Platform", i.platform());
                    m.put("Architecture", "x86_64");
                    m.put("Size", i.size());
                    m.put("Status", "Available");
                    m.put("ImageOwnerAlias", "system");
                    m.put("IsPublic", true);
                    m.put("IsSupportCloudinit", true);
                    m.put("IsSupportIoOptimized", true);
                    m.put("Usage", "instance");
                    m.put("BootMode", "BIOS");
                    m.put("Progress", "100%");
                    m.put("CreationTime", "2024-08-19T00:00:00Z");
                    return m;
                }).toList());
        return out;
    }
}
