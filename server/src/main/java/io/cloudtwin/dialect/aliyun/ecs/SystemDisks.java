package io.cloudtwin.dialect.aliyun.ecs;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Disk;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.compute.SystemDiskService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ReplaceSystemDiskRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ReplaceSystemDiskResponse;

/**
 * ReplaceSystemDisk: alicloud_instance's change of image_id (the instance stopped, then ReplaceSystemDisk with the
 * new ImageId and SystemDisk.Size, then reads until DescribeInstances shows the image and DescribeDisks the new
 * system disk's size). The core's SystemDiskService.
 */
@Component
record SystemDisks(SystemDiskService systemDisks, EcsCatalog catalog, ImageService images)
        implements EcsApi.ReplaceSystemDisk {
    @Override
    public ReplaceSystemDiskResponse replaceSystemDisk(AliyunCall call, ReplaceSystemDiskRequest r) {
        if (r.diskId() != null && !r.diskId().isEmpty()) throw call.invalid("DiskId");
        Scope scope = call.scope();
        Disk old = systemDisks.of(scope, r.instanceId());
        String imageId = r.imageId() == null || r.imageId().isEmpty() ? null : r.imageId();
        boolean custom = imageId != null && catalog.image(imageId).isEmpty();
        int imageSize = 0;
        if (custom) imageSize = EcsImages.launchable(call, images, scope, imageId).sizeGb();
        int size = r.systemDiskSize() == null ? Math.max(old.sizeGb(), imageSize)
                : catalog.systemDiskSize(call, old.category(), old.performanceLevel(), r.systemDiskSize());
        if (size < imageSize) throw call.firstError("SystemDisk.Size", "InvalidSystemDiskSize.LessThanImageSize");
        Disk created = systemDisks.replace(scope, r.instanceId(), imageId, custom, size);
        return new ReplaceSystemDiskResponse().setDiskId(created.id());
    }
}
