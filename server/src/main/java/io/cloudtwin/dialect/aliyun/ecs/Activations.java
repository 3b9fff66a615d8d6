package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.Activation;
import io.cloudtwin.core.compute.ActivationService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.ActivationAnswer;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateActivationRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateActivationResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteActivationRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteActivationResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeActivationsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeActivationsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DisableActivationRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DisableActivationResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;

/**
 * Cloud Assistant activations (alicloud_ecs_activation): the code a server outside the cloud registers with as a
 * managed instance. No server registers here: RegisteredCount and DeregisteredCount stay 0, so no activation is in
 * use when it is deleted. The code is answered once, by CreateActivation, as the cloud does.
 */
@Component
record Activations(ActivationService activations, TagService tags)
        implements EcsApi.CreateActivation, EcsApi.DescribeActivations, EcsApi.DisableActivation,
        EcsApi.DeleteActivation {
    /** A managed instance's default name: a letter, then letters, digits, '.', ':', '_' or '-' (2 to 50 in all). */
    private static final Pattern INSTANCE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9.:_-]{1,49}");
    private static final int DESCRIPTION = 100;
    private static final int MOST_INSTANCES = 1000;
    private static final long LONGEST_HOURS = 24;

    /**
     * InstanceName, Description (at most 100), InstanceCount (1 to 1000, 10), TimeToLiveInHours (1 to 24, 4),
     * IpAddressRange (an address, a block or a range a-b; 0.0.0.0/0), Tag.N, ResourceGroupId -> ActivationId and
     * ActivationCode.
     */
    @Override
    public CreateActivationResponse createActivation(AliyunCall call, CreateActivationRequest r) {
        Scope scope = call.scope();
        String name = AliyunFormats.or(r.instanceName(), "");
        if (name.length() > 50) throw call.error("InstanceName.ExceedLimit");
        if (!name.isEmpty() && !INSTANCE_NAME.matcher(name).matches()) throw call.error("InstanceName.InvalidPattern");
        String description = AliyunFormats.or(r.description(), "");
        if (description.length() > DESCRIPTION) throw call.error("ActivationDesc.ExceedLimit");
        int count = r.instanceCount() == null ? 10 : r.instanceCount();
        if (count < 1 || count > MOST_INSTANCES) throw call.error("ActivationLimitation.Invalid");
        long hours = r.timeToLiveInHours() == null ? 4 : r.timeToLiveInHours();
        if (hours < 1) throw call.error("ActivationLimitation.Invalid");
        if (hours > LONGEST_HOURS) throw call.error("ActivationTTL.ExceedLimit");
        String range = AliyunFormats.or(r.ipAddressRange(), "0.0.0.0/0");
        if (!wellFormedRange(range)) throw call.error("AddressRange.InvalidPattern");
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = tags.createIn(ResourceType.ACTIVATION, group, () -> activations.create(scope,
                Ids.uuid().toUpperCase(Locale.ROOT), new ActivationService.NewActivation(name, description, count,
                        hours, range), false, tagged).id());
        return new CreateActivationResponse().setActivationId(id)
                .setActivationCode("a-" + Ids.random("", 36));
    }

    /** ActivationId, InstanceName, Tag.N, ResourceGroupId; PageNumber/PageSize (10) or NextToken/MaxResults. */
    @Override
    public DescribeActivationsResponse describeActivations(AliyunCall call, DescribeActivationsRequest r) {
        Scope scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.ACTIVATION, r.activationId(), r.tag(),
                r.resourceGroupId());
        var out = new DescribeActivationsResponse();
        List<Activation> shown = call.listed(out, call.paging(10), wanted.isEmpty(), activations.listing(scope,
                activations.where(wanted.orElse(List.of()),
                        AliyunFormats.orNull(r.instanceName()))));
        List<String> ids = shown.stream().map(Activation::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setActivationList(AliyunFormats.each(shown, DescribeActivationsResponse.ActivationList::new,
                (item, a) -> answer(item, a).setDisabled(a.disabled()).setResourceGroupId(grouped.get(a.id()))
                        .setTags(AliyunFormats.tags(tagged.get(a.id()), DescribeActivationsResponse.Tags::new))));
    }

    @Override
    public DisableActivationResponse disableActivation(AliyunCall call, DisableActivationRequest r) {
        Activation a = activations.disable(call.scope(), r.activationId());
        return new DisableActivationResponse().setActivation(
                answer(new DisableActivationResponse.Activation(), a).setDisabled(true));
    }

    /** Answers the activation as it was before it went. */
    @Override
    public DeleteActivationResponse deleteActivation(AliyunCall call, DeleteActivationRequest r) {
        Activation a = activations.delete(call.scope(), r.activationId());
        return new DeleteActivationResponse().setActivation(answer(new DeleteActivationResponse.Activation(), a));
    }

    /** The fields every answer of an activation has; no managed instance registers here (counts 0). */
    private static <T extends ActivationAnswer> T answer(T item, Activation a) {
        item.setActivationId(a.id()).setInstanceName(a.instanceName()).setDescription(a.description())
                .setInstanceCount(a.instanceCount()).setTimeToLiveInHours(a.timeToLiveInHours())
                .setIpAddressRange(a.ipAddressRange()).setRegisteredCount(0).setDeregisteredCount(0)
                .setCreationTime(AliyunFormats.time(a.createdAt()));
        return item;
    }

    /** An IPv4 address, a block, or a range of two addresses a-b. */
    private static boolean wellFormedRange(String range) {
        String[] ends = range.split("-", -1);
        try {
            if (ends.length == 2) return Cidr.address(ends[0].strip()) <= Cidr.address(ends[1].strip());
            if (ends.length != 1) return false;
            if (range.contains("/")) Cidr.canonical(range);
            else Cidr.address(range);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
