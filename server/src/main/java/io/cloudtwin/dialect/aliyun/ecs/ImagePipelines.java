package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Image;
import io.cloudtwin.core.compute.ImageComponentService;
import io.cloudtwin.core.compute.ImagePipeline;
import io.cloudtwin.core.compute.ImagePipelineExecution;
import io.cloudtwin.core.compute.ImagePipelineService;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImagePipelineRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImagePipelineResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteImagePipelineRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagePipelineExecutionsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagePipelineExecutionsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagePipelinesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImagePipelinesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.StartImagePipelineExecutionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.StartImagePipelineExecutionResponse;

/**
 * Image builder pipelines (alicloud_ecs_image_pipeline) and their executions. A pipeline is kept as it was made (the
 * cloud changes none of its fields); an execution builds at once, so it has succeeded when StartImagePipelineExecution
 * answers: its image, named ImageName_ExecutionId (the execution's id without an ImageName), is usable, copied to each
 * ToRegionId and shared with each AddAccount. Nothing is built on an instance, so the template is checked, not run;
 * and no execution runs long enough to be cancelled, so CancelImagePipelineExecution is not served.
 */
@Component
record ImagePipelines(ImagePipelineService pipelines, ImageService images, ImageComponentService components,
                      EcsCatalog catalog, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateImagePipeline, EcsApi.DescribeImagePipelines, EcsApi.DeleteImagePipeline,
        EcsApi.StartImagePipelineExecution, EcsApi.DescribeImagePipelineExecutions {
    private static final String IMAGE = "IMAGE";
    private static final String IMAGE_FAMILY = "IMAGE_FAMILY";
    private static final Set<String> BASE_IMAGE_TYPES = Set.of(IMAGE, IMAGE_FAMILY);
    /** A pipeline's name and its images' name prefix: a letter, then letters, digits, ':', '.', '_' or '-'. */
    private static final Pattern NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:._-]{1,127}");
    private static final Pattern IMAGE_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9:._-]{1,63}");
    private static final int MOST_TARGETS = 20;
    /** An execution's statuses, in the cloud's words. */
    private static final Set<String> STATUSES = Set.of("PREPARING", "REPAIRING", "BUILDING", "TESTING",
            "DISTRIBUTING", "RELEASING", "SUCCESS", "FAILED", "CANCELLING", "CANCELLED");
    private static final String WINDOWS = "windows";

    /**
     * BaseImageType (IMAGE: BaseImage an image the account may launch; IMAGE_FAMILY: a family of one; not Windows),
     * Name, Description,
     * ImageName (the images' name prefix), VSwitchId, InstanceType, SystemDiskSize (20 to 500, 40),
     * InternetMaxBandwidthOut (0 to 100, 0), DeleteInstanceOnFailure (true), BuildContent (the template), ToRegionId.N
     * (regions of the product) and AddAccount.N (20 each at most), Tag.N, ResourceGroupId, ClientToken.
     */
    @Override
    public CreateImagePipelineResponse createImagePipeline(AliyunCall call, CreateImagePipelineRequest r) {
        Scope scope = call.scope();
        String name = text(call, r.name(), NAME, "InvalidName.Malformed");
        String description = AliyunFormats.description(r.description(),
                () -> call.error("InvalidDescription.Malformed", r.description()));
        String imageName = text(call, r.imageName(), IMAGE_NAME, "InvalidImageName.Malformed");
        if (!BASE_IMAGE_TYPES.contains(r.baseImageType())) {
            throw call.error("InvalidBaseImageType.NotSupportedValue", r.baseImageType());
        }
        String baseImage = AliyunFormats.or(r.baseImage(), "");
        Base base = base(scope, r.baseImageType(), baseImage)
                .orElseThrow(() -> call.error("InvalidImage.NotFound", baseImage));
        if (WINDOWS.equalsIgnoreCase(base.osType())) throw call.error("ImagePipeline.NotSupportWindowsInstance");
        int systemDisk = r.systemDiskSize() == null ? 40 : r.systemDiskSize();
        if (systemDisk < 20 || systemDisk > 500) {
            throw call.error("InvalidSystemDiskSize.NotSupportedValue", String.valueOf(systemDisk));
        }
        int bandwidth = r.internetMaxBandwidthOut() == null ? 0 : r.internetMaxBandwidthOut();
        if (bandwidth < 0 || bandwidth > 100) {
            throw call.error("InvalidInternetMaxBandwidthOut.NotSupportedValue", String.valueOf(bandwidth));
        }
        if (r.addAccount().size() > MOST_TARGETS) {
            throw call.error("InvalidAddAccountSize.ExceededMaxNumber", "AddAccount names more than 20 accounts");
        }
        if (r.toRegionId().size() > MOST_TARGETS) {
            throw call.error("InvalidToRegionIdSize.ExceededMaxNumber", "ToRegionId names more than 20 regions");
        }
        for (String region : r.toRegionId()) {
            if (!call.spec().product().hasRegion(region)) throw call.invalid("ToRegionId");
        }
        String content = ImageTemplates.pipeline(call, r.buildContent(), id -> components.exists(scope, id));
        var spec = new ImagePipelineService.NewPipeline(name, description, r.baseImageType(), baseImage, imageName,
                AliyunFormats.or(r.vSwitchId(), ""), AliyunFormats.or(r.instanceType(), ""), systemDisk, bandwidth,
                !Boolean.FALSE.equals(r.deleteInstanceOnFailure()), content,
                r.toRegionId().stream().distinct().toList(),
                r.addAccount().stream().map(String::valueOf).distinct().toList());
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.IMAGE_PIPELINE, group,
                () -> pipelines.create(scope, Ids.random("ip-", 20), spec, tagged).id()));
        return new CreateImagePipelineResponse().setImagePipelineId(id);
    }

    /** ImagePipelineId.N (at most 20), Name, Tag.N, ResourceGroupId; NextToken/MaxResults, oldest first. */
    @Override
    public DescribeImagePipelinesResponse describeImagePipelines(AliyunCall call, DescribeImagePipelinesRequest r) {
        Scope scope = call.scope();
        if (r.imagePipelineId().size() > MOST_TARGETS) {
            throw call.error("InvalidImagePipelineIdSize.ExceededMaxNumber", "ImagePipelineId names more than 20");
        }
        var wanted = call.narrow(tags, scope, ResourceType.IMAGE_PIPELINE, r.imagePipelineId(), r.tag(),
                r.resourceGroupId());
        var out = new DescribeImagePipelinesResponse();
        List<ImagePipeline> shown = call.listed(out, call.paging(50), wanted.isEmpty(), pipelines.listing(scope,
                pipelines.where(wanted.orElse(List.of()), AliyunFormats.orNull(r.name()))));
        List<String> ids = shown.stream().map(ImagePipeline::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setImagePipeline(AliyunFormats.each(shown, DescribeImagePipelinesResponse.ImagePipelineSet::new,
                (item, p) -> item.setImagePipelineId(p.id()).setName(p.name()).setDescription(p.description())
                        .setBaseImageType(p.baseImageType()).setBaseImage(p.baseImage()).setImageName(p.imageName())
                        .setVSwitchId(p.vswitchId()).setInstanceType(p.instanceType())
                        .setSystemDiskSize(p.systemDiskSize()).setInternetMaxBandwidthOut(p.internetMaxBandwidthOut())
                        .setDeleteInstanceOnFailure(p.deleteInstanceOnFailure()).setBuildContent(p.buildContent())
                        .setToRegionIds(p.toRegionIds()).setAddAccounts(p.addAccounts())
                        .setCreationTime(AliyunFormats.time(p.createdAt())).setResourceGroupId(grouped.get(p.id()))
                        .setTags(AliyunFormats.tags(tagged.get(p.id()), DescribeImagePipelinesResponse.Tag::new))));
    }

    /** Its executions go with it (none is ever running here). */
    @Override
    public void deleteImagePipeline(AliyunCall call, DeleteImagePipelineRequest r) {
        pipelines.delete(call.scope(), r.imagePipelineId());
    }

    /** ImagePipelineId, Tag.N (the execution's), ClientToken -> the execution, succeeded, its image made. */
    @Override
    public StartImagePipelineExecutionResponse startImagePipelineExecution(AliyunCall call,
            StartImagePipelineExecutionRequest r) {
        Scope scope = call.scope();
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> {
            ImagePipeline p = pipelines.get(scope, r.imagePipelineId());
            String executionId = Ids.random("exec-", 20);
            String name = p.imageName().isEmpty() ? executionId : p.imageName() + "_" + executionId;
            Base base = base(scope, p.baseImageType(), p.baseImage()).orElse(new Base("", null, ""));
            var image = new ImageService.NewImage(name, "Built by image pipeline " + p.id(), "", "",
                    base.platform(), base.architecture(), null);
            return pipelines.start(scope, p.id(), executionId, ImageService.newId(), image, tagged).id();
        });
        return new StartImagePipelineExecutionResponse().setExecutionId(id);
    }

    /**
     * ImagePipelineId or ExecutionId (one of them: MissingParameter.ImagePipelineId), Status (statuses, comma
     * separated), Tag.N; NextToken/MaxResults, oldest first.
     */
    @Override
    public DescribeImagePipelineExecutionsResponse describeImagePipelineExecutions(AliyunCall call,
            DescribeImagePipelineExecutionsRequest r) {
        Scope scope = call.scope();
        String pipeline = AliyunFormats.orNull(r.imagePipelineId());
        String execution = AliyunFormats.orNull(r.executionId());
        if (pipeline == null && execution == null) throw call.error("MissingParameter.ImagePipelineId");
        if (pipeline != null) pipelines.get(scope, pipeline);
        List<String> statuses = AliyunFormats.blank(r.status()) ? List.of()
                : Arrays.stream(r.status().split(",")).map(String::strip).toList();
        for (String status : statuses) {
            if (!STATUSES.contains(status)) throw call.error("InvalidParameter.Status", status);
        }
        var wanted = call.narrow(tags, scope, ResourceType.IMAGE_PIPELINE_EXECUTION, execution, r.tag(), null);
        var out = new DescribeImagePipelineExecutionsResponse();
        List<ImagePipelineExecution> shown = call.listed(out, call.paging(50), wanted.isEmpty(),
                pipelines.executions(scope, pipeline, wanted.orElse(List.of()), statuses));
        List<String> ids = shown.stream().map(ImagePipelineExecution::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setImagePipelineExecution(AliyunFormats.each(shown,
                DescribeImagePipelineExecutionsResponse.ImagePipelineExecutionSet::new, (item, e) -> item
                        .setExecutionId(e.id()).setImagePipelineId(e.pipelineId()).setStatus(e.status())
                        .setMessage(e.message()).setImageId(e.imageId())
                        .setCreationTime(AliyunFormats.time(e.createdAt()))
                        .setModifiedTime(AliyunFormats.time(e.modifiedAt())).setResourceGroupId(grouped.get(e.id()))
                        .setTags(AliyunFormats.tags(tagged.get(e.id()),
                                DescribeImagePipelineExecutionsResponse.Tag::new))));
    }

    /** A name or prefix of that form; absent: "". */
    private static String text(AliyunCall call, String value, Pattern form, String code) {
        String text = AliyunFormats.or(value, "");
        if (!text.isEmpty() && (!form.matcher(text).matches() || AliyunFormats.url(text))) throw call.error(code, text);
        return text;
    }

    /**
     * The base image: IMAGE, a catalog image or a custom one the scope may launch; IMAGE_FAMILY, a custom image of the
     * family, else a catalog image of it.
     */
    private Optional<Base> base(Scope scope, String type, String baseImage) {
        if (baseImage.isEmpty()) return Optional.empty();
        if (IMAGE.equals(type)) {
            var listed = catalog.image(baseImage);
            if (listed.isPresent()) return listed.map(Base::of);
            try {
                return Optional.of(Base.of(images.launchable(scope, baseImage)));
            } catch (DomainException e) {
                return Optional.empty();
            }
        }
        var custom = images.list(scope, null, null, baseImage, null, 0, 1).items();
        if (!custom.isEmpty()) return Optional.of(Base.of(custom.get(0)));
        return catalog.images().stream().filter(i -> i.path("ImageFamily").asString().equals(baseImage))
                .findFirst().map(Base::of);
    }

    /** What an image built on a base image takes of it. */
    private record Base(String platform, String architecture, String osType) {
        static Base of(JsonNode listed) {
            return new Base(listed.path("Platform").asString(), listed.path("Architecture").asString(),
                    listed.path("OSType").asString());
        }

        static Base of(Image custom) {
            return new Base(custom.platform(), custom.architecture(), custom.osType());
        }
    }
}
