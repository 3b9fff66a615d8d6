package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.ImageComponent;
import io.cloudtwin.core.compute.ImageComponentService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImageComponentRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateImageComponentResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteImageComponentRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageComponentsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageComponentsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * Image Builder components (alicloud_ecs_image_component): the steps of an image template, one command a line (RUN,
 * ENV, WORKDIR, COPY, USER, CMD, ENTRYPOINT, LABEL, each with its argument; RESTART alone), checked as the cloud
 * checks them and kept as given. No image is built.
 */
@Component
record ImageComponents(ImageComponentService components, TagService tags, ClientTokens tokens)
        implements EcsApi.CreateImageComponent, EcsApi.DescribeImageComponents, EcsApi.DeleteImageComponent {
    private static final Set<String> SYSTEM_TYPES = Set.of("Linux", "Windows");
    private static final Set<String> COMPONENT_TYPES = Set.of("Build", "Test");
    private static final Pattern VERSION = Pattern.compile("[0-9]{1,9}(\\.[0-9]{1,9}){0,2}");
    private static final Set<String> OWNERS = Set.of("SELF", "ALIYUN");

    /**
     * Name (2 to 128, a letter first, not a URL), Description (2 to 256), SystemType (Linux, Windows), ComponentType
     * (Build, Test), ComponentVersion (major[.minor[.patch]]), Content, Tag.N, ResourceGroupId, ClientToken.
     */
    @Override
    public CreateImageComponentResponse createImageComponent(AliyunCall call, CreateImageComponentRequest r) {
        Scope scope = call.scope();
        String name = AliyunFormats.name(r.name(), () -> call.error("InvalidName.Malformed"));
        String description = AliyunFormats.description(r.description(),
                () -> call.error("InvalidDescription.Malformed"));
        String systemType = AliyunFormats.or(r.systemType(), "Linux");
        if (!SYSTEM_TYPES.contains(systemType)) throw call.error("InvalidSystemType.NotSupportedValue");
        String componentType = AliyunFormats.or(r.componentType(), "Build");
        if (!COMPONENT_TYPES.contains(componentType)) throw call.error("InvalidComponentType.NotSupportedValue");
        String version = AliyunFormats.or(r.componentVersion(), "");
        if (!version.isEmpty() && !VERSION.matcher(version).matches()) throw call.invalid("ComponentVersion");
        String content = ImageTemplates.component(call, r.content());
        var spec = new ImageComponentService.NewComponent(name, description, systemType, componentType, version,
                content);
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.IMAGE_COMPONENT, group,
                () -> components.create(scope, Ids.random("ic-", 20), spec, tagged).id()));
        return new CreateImageComponentResponse().setImageComponentId(id);
    }

    /**
     * ImageComponentId.N (at most 20), Name, ComponentType, SystemType, ComponentVersion, Owner (SELF; ALIYUN: the
     * cloud's own components, none here), Tag.N, ResourceGroupId; NextToken/MaxResults, oldest first.
     */
    @Override
    public DescribeImageComponentsResponse describeImageComponents(AliyunCall call,
            DescribeImageComponentsRequest r) {
        Scope scope = call.scope();
        if (r.imageComponentId().size() > 20) throw call.error("InvalidImageComponentIdSize.ExceededMaxNumber");
        String owner = AliyunFormats.or(r.owner(), "SELF");
        if (!OWNERS.contains(owner)) throw call.error("InvalidParameter.Owner");
        var wanted = call.narrow(tags, scope, ResourceType.IMAGE_COMPONENT, r.imageComponentId(), r.tag(),
                r.resourceGroupId());
        var out = new DescribeImageComponentsResponse();
        List<ImageComponent> shown = call.listed(out, call.paging(50), wanted.isEmpty() || !"SELF".equals(owner),
                components.listing(scope, components.where(wanted.orElse(List.of()),
                        AliyunFormats.orNull(r.name()), AliyunFormats.orNull(r.componentType()),
                        AliyunFormats.orNull(r.systemType()), AliyunFormats.orNull(r.componentVersion()))));
        List<String> ids = shown.stream().map(ImageComponent::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setImageComponent(AliyunFormats.each(shown, DescribeImageComponentsResponse.ImageComponentSet::new,
                (item, c) -> item.setImageComponentId(c.id()).setName(c.name()).setDescription(c.description())
                        .setSystemType(c.systemType()).setComponentType(c.componentType())
                        .setComponentVersion(c.componentVersion()).setContent(c.content()).setOwner("SELF")
                        .setCreationTime(AliyunFormats.time(c.createdAt())).setResourceGroupId(grouped.get(c.id()))
                        .setTags(AliyunFormats.tags(tagged.get(c.id()), DescribeImageComponentsResponse.Tag::new))));
    }

    @Override
    public void deleteImageComponent(AliyunCall call, DeleteImageComponentRequest r) {
        components.delete(call.scope(), r.imageComponentId());
    }
}
