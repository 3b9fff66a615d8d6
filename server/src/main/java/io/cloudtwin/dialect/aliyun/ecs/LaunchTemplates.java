package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.LaunchTemplate;
import io.cloudtwin.core.compute.LaunchTemplateService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.TagFields;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateVersionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateVersionResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteLaunchTemplateRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteLaunchTemplateResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteLaunchTemplateVersionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteLaunchTemplateVersionResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplatesRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplatesResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyLaunchTemplateDefaultVersionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyLaunchTemplateDefaultVersionResponse;

/**
 * Launch templates: named sets of instance settings in numbered versions. A version keeps the settings it was made
 * with as they were given (LaunchTemplateSettings); nothing it names (image, group, vSwitch) has to exist yet, as in
 * Alibaba's API, where the template is checked when an instance is launched from it.
 */
@Component
record LaunchTemplates(LaunchTemplateService templates, TagService tags)
        implements EcsApi.CreateLaunchTemplate, EcsApi.CreateLaunchTemplateVersion, EcsApi.DescribeLaunchTemplates,
        EcsApi.DescribeLaunchTemplateVersions, EcsApi.ModifyLaunchTemplateDefaultVersion,
        EcsApi.DeleteLaunchTemplateVersion, EcsApi.DeleteLaunchTemplate {
    @Override
    public CreateLaunchTemplateResponse createLaunchTemplate(AliyunCall call, CreateLaunchTemplateRequest r) {
        var scope = call.scope();
        String name = name(call, r.launchTemplateName());
        String description = EcsNames.description(call, "VersionDescription", r.versionDescription());
        checkSettings(call, r.userData(), r.hostName(), r.tag());
        String data = LaunchTemplateSettings.of(r);
        LaunchTemplate t = tags.createIn(ResourceType.LAUNCH_TEMPLATE, call.resourceGroup(r.templateResourceGroupId()),
                () -> templates.create(scope, Ids.random("lt-", 20), name, description, data,
                        call.tags(r.templateTag())), LaunchTemplate::id);
        return new CreateLaunchTemplateResponse().setLaunchTemplateId(t.id())
                .setLaunchTemplateVersionNumber(t.latestVersion());
    }

    @Override
    public CreateLaunchTemplateVersionResponse createLaunchTemplateVersion(AliyunCall call,
                                                                           CreateLaunchTemplateVersionRequest r) {
        var scope = call.scope();
        LaunchTemplate t = template(call, r.launchTemplateId(), r.launchTemplateName());
        String description = EcsNames.description(call, "VersionDescription", r.versionDescription());
        checkSettings(call, r.userData(), r.hostName(), r.tag());
        long number = templates.addVersion(scope, t.id(), description, LaunchTemplateSettings.of(r));
        return new CreateLaunchTemplateVersionResponse().setLaunchTemplateId(t.id())
                .setLaunchTemplateVersionNumber(number);
    }

    @Override
    public DescribeLaunchTemplatesResponse describeLaunchTemplates(AliyunCall call, DescribeLaunchTemplatesRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        var narrowed = call.narrow(tags, scope, ResourceType.LAUNCH_TEMPLATE,
                r.launchTemplateId(), r.templateTag(), r.templateResourceGroupId());
        var answer = new DescribeLaunchTemplatesResponse();
        if (narrowed.isEmpty()) return call.paged(answer, paging, 0);
        var page = templates.list(scope, narrowed.get(), r.launchTemplateName(), paging.offset(), paging.limit());
        var shown = page.items().stream().map(LaunchTemplate::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        return call.paged(answer.setLaunchTemplateSets(page.items().stream().map(t ->
                new DescribeLaunchTemplatesResponse.LaunchTemplateSet().setLaunchTemplateId(t.id())
                        .setLaunchTemplateName(t.name()).setDefaultVersionNumber(t.defaultVersion())
                        .setLatestVersionNumber(t.latestVersion()).setCreatedBy(call.account().id())
                        .setCreateTime(AliyunFormats.time(t.createdAt()))
                        .setModifiedTime(AliyunFormats.time(t.modifiedAt())).setResourceGroupId(grouped.get(t.id()))
                        .setTags(AliyunFormats.tags(tagged.get(t.id()), DescribeLaunchTemplatesResponse.Tag::new)))
                .toList()), paging, page.total());
    }

    @Override
    public DescribeLaunchTemplateVersionsResponse describeLaunchTemplateVersions(
            AliyunCall call, DescribeLaunchTemplateVersionsRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        LaunchTemplate t = template(call, r.launchTemplateId(), r.launchTemplateName());
        var all = templates.versions(scope, t.id(), r.launchTemplateVersion(), r.minVersion(), r.maxVersion()).stream()
                .filter(v -> !Boolean.TRUE.equals(r.defaultVersion()) || v.versionNumber() == t.defaultVersion())
                .toList();
        boolean detail = !Boolean.FALSE.equals(r.detailFlag());
        String owner = call.account().id();
        return call.paged(new DescribeLaunchTemplateVersionsResponse().setLaunchTemplateVersionSets(
                AliyunFormats.page(all, paging).stream().map(v ->
                        new DescribeLaunchTemplateVersionsResponse.LaunchTemplateVersionSet()
                                .setLaunchTemplateId(t.id()).setLaunchTemplateName(t.name())
                                .setVersionNumber(v.versionNumber()).setVersionDescription(v.description())
                                .setDefaultVersion(v.versionNumber() == t.defaultVersion()).setCreatedBy(owner)
                                .setCreateTime(AliyunFormats.time(v.createdAt()))
                                .setModifiedTime(AliyunFormats.time(v.createdAt()))
                                .setLaunchTemplateData(detail ? LaunchTemplateSettings.data(v.data()) : null))
                        .toList()), paging, all.size());
    }

    @Override
    public ModifyLaunchTemplateDefaultVersionResponse modifyLaunchTemplateDefaultVersion(
            AliyunCall call, ModifyLaunchTemplateDefaultVersionRequest r) {
        LaunchTemplate t = template(call, r.launchTemplateId(), r.launchTemplateName());
        templates.setDefault(call.scope(), t.id(), r.defaultVersionNumber());
        return new ModifyLaunchTemplateDefaultVersionResponse().setLaunchTemplateId(t.id());
    }

    @Override
    public DeleteLaunchTemplateVersionResponse deleteLaunchTemplateVersion(AliyunCall call,
                                                                           DeleteLaunchTemplateVersionRequest r) {
        LaunchTemplate t = template(call, r.launchTemplateId(), r.launchTemplateName());
        templates.deleteVersions(call.scope(), t.id(), r.deleteVersion());
        return new DeleteLaunchTemplateVersionResponse().setLaunchTemplateVersions(AliyunFormats.each(
                r.deleteVersion().stream().distinct().toList(),
                DeleteLaunchTemplateVersionResponse.LaunchTemplateVersion::new,
                (item, n) -> item.setLaunchTemplateId(t.id()).setLaunchTemplateVersionNumber(n)));
    }

    @Override
    public DeleteLaunchTemplateResponse deleteLaunchTemplate(AliyunCall call, DeleteLaunchTemplateRequest r) {
        var scope = call.scope();
        LaunchTemplate t = template(call, r.launchTemplateId(), r.launchTemplateName());
        return new DeleteLaunchTemplateResponse().setLaunchTemplateId(t.id())
                .setLaunchTemplateVersionNumbers(templates.delete(scope, t.id()));
    }

    /** The template a request names by id or, without one, by name; naming neither is a missing LaunchTemplateId. */
    private LaunchTemplate template(AliyunCall call, String id, String name) {
        var scope = call.scope();
        if (!AliyunFormats.blank(id)) return templates.get(scope, id);
        if (!AliyunFormats.blank(name)) return templates.named(scope, name);
        throw call.missing("LaunchTemplateId");
    }

    private static String name(AliyunCall call, String name) {
        if (!EcsNames.LETTER_FIRST_OR_DOT.matcher(name).matches() || url(name)) {
            throw call.firstError("LaunchTemplateName", "InvalidLaunchTemplateName.Malformed");
        }
        return name;
    }

    /**
     * What Alibaba checks of the settings when a version is made: UserData is Base64 of at most 32 KB, HostName is
     * one it would give an instance, and no Tag.N.Key repeats.
     */
    private static void checkSettings(AliyunCall call, String userData, String hostName,
                                      List<? extends TagFields> tagged) {
        Instances.checkUserData(call, userData);
        if (hostName != null && (hostName.length() < 2 || hostName.length() > 64 || hostName.startsWith(".")
                || hostName.startsWith("-") || hostName.endsWith(".") || hostName.endsWith("-"))) {
            throw call.firstError("HostName", "InvalidHostName.Malformed");
        }
        if (call.tags(tagged).size() < tagged.size()) throw call.firstError("Tag", "Duplicate.TagKey");
    }
}
