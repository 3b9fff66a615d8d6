package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Image;
import io.cloudtwin.core.compute.ImageDisk;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CopyImageRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CopyImageResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImageRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImageResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteImageRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyImageAttributeRequest;

/**
 * ECS images: the catalog's public ones (EcsCatalog) and the account's custom ones, made from snapshots or from an
 * instance and Available at once (Usable, Progress 100%), listed beside the public ones with ImageOwnerAlias self.
 */
@Component
record EcsImages(EcsCatalog catalog, ImageService images, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateImage, EcsApi.DescribeImages, EcsApi.DeleteImage, EcsApi.ModifyImageAttribute,
        EcsApi.CopyImage {
    private static final Set<String> OWNERS = Set.of("system", "self", "others", "marketplace");
    private static final Set<String> ARCHITECTURES = Set.of("i386", "x86_64", "arm64");
    private static final Set<String> BOOT_MODES = Set.of("BIOS", "UEFI");

    @Override
    public CreateImageResponse createImage(AliyunCall call, CreateImageRequest r) {
        Scope scope = call.scope();
        String group = call.resourceGroup(r.resourceGroupId());
        String name = r.imageName();
        if (name != null && !validName(name)) throw call.firstError("ImageName", "InvalidImageName.Malformed");
        if (r.description() != null && r.description().length() > 256) throw call.invalid("Description");
        if (r.imageFamily() != null && !r.imageFamily().isEmpty() && !validName(r.imageFamily())) {
            throw call.firstError("ImageFamily", "InvalidImageFamily.Malformed");
        }
        if (r.imageVersion() != null && r.imageVersion().length() > 40) {
            throw call.firstError("ImageVersion", "InvalidImageVersion.Malformed");
        }
        if (r.architecture() != null && !ARCHITECTURES.contains(r.architecture())) throw call.invalid("Architecture");
        if (r.bootMode() != null && !BOOT_MODES.contains(r.bootMode())) throw call.invalid("BootMode");
        List<ImageService.NewDisk> mappings = new ArrayList<>();
        for (var m : r.diskDeviceMapping()) {
            String kind = m.diskType() == null || m.diskType().isEmpty() ? null : m.diskType();
            if (kind != null && !kind.equals("system") && !kind.equals("data")) throw call.invalid("DiskDeviceMapping.DiskType");
            mappings.add(new ImageService.NewDisk(empty(m.snapshotId()), m.size() == null || m.size() == 0 ? null : m.size(),
                    empty(m.device()), kind));
        }
        boolean fromInstance = r.instanceId() != null && !r.instanceId().isEmpty();
        if (!fromInstance && mappings.isEmpty()) {
            if (r.snapshotId() == null || r.snapshotId().isEmpty()) throw call.missing("SnapshotId");
            mappings.add(new ImageService.NewDisk(r.snapshotId(), null, null, "system"));
        }
        var spec = new ImageService.NewImage(name, r.description(), r.imageFamily(), r.imageVersion(), r.platform(),
                r.architecture(), r.bootMode());
        var tagged = call.tags(r.tag());
        String id = ImageService.newId();
        String created = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.IMAGE, group,
                () -> (fromInstance
                        ? images.createFromInstance(scope, id, r.instanceId(), spec, tagged)
                        : images.createFromSnapshots(scope, id, spec, mappings, tagged)).id()));
        return new CreateImageResponse().setImageId(created);
    }

    @Override
    public DescribeImagesResponse describeImages(AliyunCall call, DescribeImagesRequest r) {
        Scope scope = call.scope();
        var paging = call.paging(10);
        String owner = r.imageOwnerAlias();
        if (owner != null && !OWNERS.contains(owner)) {
            throw call.firstError("ImageOwnerAlias", "InvalidImageOwnerAlias.ValueNotSupported");
        }
        List<String> ids = AliyunFormats.commaList(r.imageId());
        boolean available = r.status() == null || List.of(r.status().split(",")).stream()
                .anyMatch(s -> s.trim().equals("Available") || s.trim().equalsIgnoreCase("ALL"));
        var wantedTags = call.tags(r.tag());
        List<DescribeImagesResponse.Image> found = new ArrayList<>();
        if (available && (owner == null || owner.equals("self"))) {
            var wanted = tags.narrow(scope, ResourceType.IMAGE, ids == null ? List.of() : ids, wantedTags,
                    r.resourceGroupId(), call.defaultResourceGroup());
            if (wanted.isPresent()) {
                List<Image> own = images.list(scope, wanted.get(), r.imageName(), r.imageFamily(), r.snapshotId(), 0,
                        Integer.MAX_VALUE).items().stream()
                        .filter(i -> r.osType() == null || i.osType().equalsIgnoreCase(r.osType()))
                        .filter(i -> r.architecture() == null || i.architecture().equals(r.architecture()))
                        .toList();
                List<String> ownIds = own.stream().map(Image::id).toList();
                Map<String, List<ImageDisk>> disks = images.disksOf(ownIds);
                var tagged = tags.of(ownIds);
                var grouped = tags.groups(ownIds, call.defaultResourceGroup());
                var shared = Set.copyOf(images.shared(ownIds));
                for (Image i : own) {
                    found.add(custom(i, disks.getOrDefault(i.id(), List.of()), tagged.get(i.id()))
                            .setResourceGroupId(grouped.get(i.id()))
                            .setIsSelfShared(shared.contains(i.id()) ? "True" : "False"));
                }
            }
        }
        // other accounts' images shared with this one: theirs, so neither its tags nor its resource groups
        if (available && (owner == null || owner.equals("others")) && wantedTags.isEmpty() && r.snapshotId() == null
                && AliyunFormats.blank(r.resourceGroupId())) {
            List<Image> others = images.sharedWith(scope, ids, r.imageName(), r.imageFamily()).stream()
                    .filter(i -> r.osType() == null || i.osType().equalsIgnoreCase(r.osType()))
                    .filter(i -> r.architecture() == null || i.architecture().equals(r.architecture()))
                    .toList();
            Map<String, List<ImageDisk>> disks = images.disksOf(others.stream().map(Image::id).toList());
            for (Image i : others) {
                found.add(custom(i, disks.getOrDefault(i.id(), List.of()), Map.of()).setImageOwnerAlias("others")
                        .setImageOwnerId(i.accountId().matches("[0-9]{1,18}") ? Long.valueOf(i.accountId()) : null)
                        .setResourceGroupId(""));
            }
        }
        if (available && (owner == null || owner.equals("system")) && wantedTags.isEmpty() && r.snapshotId() == null
                && AliyunFormats.blank(r.resourceGroupId())) {
            catalog.images().stream()
                    .filter(i -> ids == null || ids.contains(i.path("ImageId").asString()))
                    .filter(i -> r.imageName() == null || i.path("ImageName").asString().equals(r.imageName()))
                    .filter(i -> r.imageFamily() == null || i.path("ImageFamily").asString().equals(r.imageFamily()))
                    .filter(i -> r.osType() == null || i.path("OSType").asString().equalsIgnoreCase(r.osType()))
                    .filter(i -> r.architecture() == null || i.path("Architecture").asString().equals(r.architecture()))
                    .map(EcsImages::system).forEach(found::add);
        }
        return call.paged(new DescribeImagesResponse().setRegionId(scope.region())
                .setImages(AliyunFormats.page(found, paging)), paging, found.size());
    }

    private static DescribeImagesResponse.Image system(JsonNode i) {
        return new DescribeImagesResponse.Image().setImageId(i.path("ImageId").asString())
                .setImageName(i.path("ImageName").asString()).setImageFamily(i.path("ImageFamily").asString(""))
                .setOsName(i.path("OSName").asString()).setOsNameEn(i.path("OSNameEn").asString())
                .setOsType(i.path("OSType").asString()).setPlatform(i.path("Platform").asString())
                .setArchitecture(i.path("Architecture").asString()).setSize(i.path("Size").asInt())
                .setStatus("Available").setUsable(true).setImageOwnerAlias("system").setIsPublic(true)
                .setIsSupportCloudinit(i.path("IsSupportCloudinit").asBoolean(true))
                .setIsSupportIoOptimized(i.path("IsSupportIoOptimized").asBoolean(true)).setUsage("instance")
                .setBootMode("BIOS").setProgress("100%").setDescription("").setImageVersion("")
                .setCreationTime(i.path("CreationTime").asString());
    }

    /** A custom image as DescribeImages writes it: Usable (alicloud_image waits for it), its disks naming their snapshots. */
    private static DescribeImagesResponse.Image custom(Image i, List<ImageDisk> disks, Map<String, String> tagged) {
        return new DescribeImagesResponse.Image().setImageId(i.id()).setImageName(i.name()).setDescription(i.description())
                .setImageFamily(i.imageFamily()).setImageVersion(i.imageVersion()).setPlatform(i.platform())
                .setOsType(i.osType()).setOsName(i.platform()).setOsNameEn(i.platform())
                .setArchitecture(i.architecture()).setBootMode(i.bootMode()).setSize(i.sizeGb()).setStatus("Available")
                .setUsable(true).setProgress("100%").setImageOwnerAlias("self").setIsPublic(false).setIsCopied(false)
                .setIsSelfShared("").setIsSubscribed(false).setIsSupportCloudinit(true).setIsSupportIoOptimized(true)
                .setUsage("instance").setProductCode("").setSupplierName("")
                .setLoginAsNonRootSupported(false).setCreationTime(AliyunFormats.time(i.createdAt()))
                .setDiskDeviceMappings(disks.stream().map(d -> new DescribeImagesResponse.DiskDeviceMapping()
                        .setSnapshotId(d.snapshotId()).setDevice(d.device()).setType(d.kind())
                        .setSize(String.valueOf(d.sizeGb())).setFormat("").setImportOSSBucket("")
                        .setImportOSSObject("").setProgress("100%").setRemainTime(0)).toList())
                .setTags(AliyunFormats.tags(tagged, DescribeImagesResponse.Tag::new));
    }

    @Override
    public void deleteImage(AliyunCall call, DeleteImageRequest r) {
        if (catalog.image(r.imageId()).isPresent()) throw call.error("ImageIsPublic");
        images.delete(call.scope(), r.imageId(), Boolean.TRUE.equals(r.force()));
    }

    @Override
    public void modifyImageAttribute(AliyunCall call, ModifyImageAttributeRequest r) {
        if (r.imageName() != null && !validName(r.imageName())) throw call.firstError("ImageName", "InvalidImageName.Malformed");
        if (r.description() != null && r.description().length() > 256) throw call.invalid("Description");
        if (r.imageFamily() != null && !r.imageFamily().isEmpty() && !validName(r.imageFamily())) {
            throw call.firstError("ImageFamily", "InvalidImageFamily.Malformed");
        }
        images.modify(call.scope(), r.imageId(), r.imageName(), r.description(), r.imageFamily());
    }

    /** 2 to 128 characters, a letter first, not aliyun or acs: nor a URL. */
    @Override
    public CopyImageResponse copyImage(AliyunCall call, CopyImageRequest r) {
        Scope from = call.scope();
        String region = r.destinationRegionId() == null || r.destinationRegionId().isEmpty() ? from.region()
                : r.destinationRegionId();
        if (!call.spec().product().hasRegion(region)) {
            throw call.firstError("DestinationRegionId", "DestinationRegion.NotFound");
        }
        String name = r.destinationImageName();
        if (name != null && !name.isEmpty() && !validName(name)) {
            throw call.firstError("DestinationImageName", "InvalidImageName.Malformed");
        }
        if (r.destinationDescription() != null && r.destinationDescription().length() > 256) {
            throw call.firstError("DestinationDescription", "InvalidDescription.Malformed");
        }
        Scope to = Scope.of(from.cloud(), from.accountId(), region);
        var tagged = call.tags(r.tag());
        String id = ImageService.newId();
        String copied = call.once(tokens, from, r.clientToken(), () -> tags.createIn(ResourceType.IMAGE,
                call.resourceGroup(r.resourceGroupId()), () -> images.copy(from, r.imageId(), to, id, name,
                        r.destinationDescription(), tagged).id()));
        return new CopyImageResponse().setImageId(copied);
    }

    private static boolean validName(String name) {
        return name.length() >= 2 && name.length() <= 128 && Character.isLetter(name.charAt(0))
                && !name.startsWith("aliyun") && !name.startsWith("acs:") && !url(name);
    }

    private static String empty(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /**
     * A custom image that ImageId names and the scope may launch (a catalog image is the caller's to tell apart
     * first): its own, or one shared with its account in its region; else InvalidImageId.NotFound, the code every
     * action taking ImageId answers for it.
     */
    static Image launchable(AliyunCall call, ImageService images, Scope scope, String imageId) {
        try {
            return images.launchable(scope, imageId);
        } catch (DomainException e) {
            throw call.firstError("ImageId", "InvalidImageId.NotFound");
        }
    }
}
