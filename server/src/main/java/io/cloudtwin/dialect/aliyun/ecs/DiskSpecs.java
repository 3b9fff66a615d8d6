package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;
import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.compute.Disk;
import io.cloudtwin.core.compute.DiskService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDiskSpecRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyDiskSpecResponse;

/**
 * A disk's category and an ESSD's performance level changed in place (alicloud_ecs_disk's category and
 * performance_level, alicloud_instance's system_disk_performance_level): ModifyDiskSpec's rules, checked under the
 * disk's row lock against what it is then.
 */
@Component
record DiskSpecs(DiskService disks, EcsCatalog catalog) implements EcsApi.ModifyDiskSpec {
    private static final String ESSD = "cloud_essd";
    private static final String AUTO = "cloud_auto";
    /** The categories a disk may be changed to (ModifyDiskSpec's DiskCategory). */
    private static final Set<String> CATEGORIES = Set.of("cloud_efficiency", "cloud_ssd", ESSD, AUTO,
            "cloud_essd_entry");
    private static final List<String> LEVELS = List.of("PL0", "PL1", "PL2", "PL3");
    private static final String DEFAULT_LEVEL = "PL1";

    @Override
    public ModifyDiskSpecResponse modifyDiskSpec(AliyunCall call, ModifyDiskSpecRequest r) {
        String category = or(r.diskCategory(), null);
        String level = or(r.performanceLevel(), null);
        if (category != null && !CATEGORIES.contains(category)) {
            throw call.error("InvalidDiskCategory.ValueNotSupported");
        }
        if (level != null && !LEVELS.contains(level)) throw call.error("InvalidPerformanceLevel.Malformed");
        if (r.performanceControlOptions() != null) {
            throw call.error("InvalidPerformanceParameter.DiskNotInDedicatedStorageCluster");
        }
        if (!blank(r.destinationZoneId())) throw call.firstError("DestinationZoneId", "InvalidParameter");
        disks.respec(call.scope(), r.diskId(), d -> decide(call, d, category, level, r.provisionedIops()));
        return new ModifyDiskSpecResponse().setTaskId("").setOrderId("");
    }

    /** What the disk becomes, or the error ECS answers for it. */
    private DiskService.Spec decide(AliyunCall call, Disk d, String category, String level, Long iops) {
        String toCategory = category == null ? d.category() : category;
        boolean essd = toCategory.equals(ESSD);
        if (level != null && !essd) throw call.error("InvalidPerformanceLevelParam.Mismatch");
        if (iops != null && !toCategory.equals(AUTO)) throw call.error("ProvisionedIopsForDiskCategoryUnsupported");
        boolean fromEssd = d.category().equals(ESSD);
        String kept = d.performanceLevel() == null ? "" : d.performanceLevel();
        String was = fromEssd && kept.isEmpty() ? DEFAULT_LEVEL : kept;
        String toLevel = !essd ? "" : level != null ? level : fromEssd ? was : DEFAULT_LEVEL;
        if (toCategory.equals(d.category()) && toLevel.equals(was) && iops == null) {
            throw call.error("NoChangeInDiskCategoryAndPerformanceLevel");
        }
        if (fromEssd && essd && !was.equals("PL0") && toLevel.equals("PL0")) {
            throw call.error("InvalidPerformanceLevel.TooLow");
        }
        var range = d.system() ? catalog.systemDisk(toCategory, toLevel) : catalog.dataDisk(toCategory, toLevel);
        if (range.isEmpty()) throw call.error("InvalidDiskCategory.ValueNotSupported");
        if (!range.get().contains(d.sizeGb())) throw call.error("OperationDenied.PerformanceLevelNotMatch");
        return new DiskService.Spec(toCategory, toLevel);
    }
}
