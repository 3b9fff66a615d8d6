package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.network.CidrReservation;
import io.cloudtwin.core.network.CidrReservationService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchCidrReservationRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreateVSwitchCidrReservationResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeleteVSwitchCidrReservationRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVSwitchCidrReservationUsageRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetVSwitchCidrReservationUsageResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVSwitchCidrReservationsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListVSwitchCidrReservationsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyVSwitchCidrReservationAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * vSwitch CIDR reservations (alicloud_vpc_vswitch_cidr_reservation): IPv4 blocks of a vSwitch kept for IP prefixes,
 * by block or by mask, Assigned at once; the vSwitch's address allocation passes over them. No prefix is ever given
 * out of one (ENI prefixes are not served), so its usage is empty; IPv6 reservations are not served.
 */
@Component
record VSwitchCidrReservations(CidrReservationService reservations, TagService tags, ClientTokens tokens)
        implements VpcApi.CreateVSwitchCidrReservation, VpcApi.ListVSwitchCidrReservations,
        VpcApi.ModifyVSwitchCidrReservationAttribute, VpcApi.DeleteVSwitchCidrReservation,
        VpcApi.GetVSwitchCidrReservationUsage {
    private static final String ASSIGNED = "Assigned";
    private static final String IPV6 = "IPv6";

    @Override
    public CreateVSwitchCidrReservationResponse createVSwitchCidrReservation(AliyunCall call,
                                                                             CreateVSwitchCidrReservationRequest r) {
        var scope = call.scope();
        if (!blank(r.ipVersion()) && !r.ipVersion().equalsIgnoreCase(CidrReservation.IPV4)) {
            throw call.firstError("IpVersion", "UnsupportedFeature.VSwitchIpv6");
        }
        if (!blank(r.vSwitchCidrReservationType())
                && !r.vSwitchCidrReservationType().equalsIgnoreCase(CidrReservation.PREFIX)) {
            throw call.firstError("VSwitchCidrReservationType", "UnsupportedFeature.ReservedType");
        }
        boolean byBlock = !blank(r.vSwitchCidrReservationCidr());
        boolean byMask = !blank(r.vSwitchCidrReservationMask());
        if (byBlock == byMask) {
            throw call.firstError("VSwitchCidrReservationCidr", byBlock
                    ? "Conflict.CidrReservationMaskAndCidrReservationCidr"
                    : "MissingParam.CidrReservationMaskOrCidrReservationCidr");
        }
        var asked = new CidrReservationService.NewReservation(r.vSwitchId(),
                byBlock ? block(call, r.vSwitchCidrReservationCidr()) : null,
                byMask ? mask(call, r.vSwitchCidrReservationMask()) : null,
                AliyunFormats.name(call, "VSwitchCidrReservationName", r.vSwitchCidrReservationName()),
                AliyunFormats.description(call, "VSwitchCidrReservationDescription",
                        r.vSwitchCidrReservationDescription()));
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(),
                () -> reservations.create(scope, Ids.random("vcr-", 20), asked, tagged).id());
        return new CreateVSwitchCidrReservationResponse().setVSwitchCidrReservationId(id);
    }

    @Override
    public ListVSwitchCidrReservationsResponse listVSwitchCidrReservations(AliyunCall call,
                                                                           ListVSwitchCidrReservationsRequest r) {
        var scope = call.scope();
        var wanted = call.narrow(tags, scope, ResourceType.CIDR_RESERVATION,
                r.vSwitchCidrReservationIds(), r.tags(), null);
        List<String> ids = wanted.orElse(List.of());
        String subnet = AliyunFormats.orNull(r.vSwitchId());
        String kind = blank(r.vSwitchCidrReservationType()) ? null : CidrReservation.PREFIX;
        String version = blank(r.ipVersion()) ? null
                : r.ipVersion().toUpperCase(Locale.ROOT).equals("IPV4") ? CidrReservation.IPV4 : IPV6;
        boolean none = wanted.isEmpty() || !blank(r.vSwitchCidrReservationType())
                && !r.vSwitchCidrReservationType().equalsIgnoreCase(CidrReservation.PREFIX);
        var out = new ListVSwitchCidrReservationsResponse();
        List<CidrReservation> shown = call.listed(out, call.paging(10), none,
                reservations.listing(scope, ids, subnet, kind, version));
        var tagged = tags.of(shown.stream().map(CidrReservation::id).toList());
        return out.setVSwitchCidrReservations(AliyunFormats.each(shown,
                ListVSwitchCidrReservationsResponse.VSwitchCidrReservations::new, (item, c) -> item
                        .setVpcId(c.vpcId()).setVSwitchId(c.subnetId()).setVSwitchCidrReservationId(c.id())
                        .setVSwitchCidrReservationCidr(c.cidr()).setVSwitchCidrReservationName(c.name())
                        .setVSwitchCidrReservationDescription(c.description()).setIpVersion(c.ipVersion())
                        .setType(c.kind()).setStatus(ASSIGNED).setCreationTime(AliyunFormats.time(c.createdAt()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(c.id()),
                                ListVSwitchCidrReservationsResponse.Tags::new))));
    }

    @Override
    public void modifyVSwitchCidrReservationAttribute(AliyunCall call, ModifyVSwitchCidrReservationAttributeRequest r) {
        reservations.describe(call.scope(), r.vSwitchCidrReservationId(),
                r.vSwitchCidrReservationName() == null ? null
                        : AliyunFormats.name(call, "VSwitchCidrReservationName", r.vSwitchCidrReservationName()),
                r.vSwitchCidrReservationDescription() == null ? null : AliyunFormats.description(call,
                        "VSwitchCidrReservationDescription", r.vSwitchCidrReservationDescription()));
    }

    @Override
    public void deleteVSwitchCidrReservation(AliyunCall call, DeleteVSwitchCidrReservationRequest r) {
        reservations.delete(call.scope(), r.vSwitchCidrReservationId());
    }

    @Override
    public GetVSwitchCidrReservationUsageResponse getVSwitchCidrReservationUsage(
            AliyunCall call, GetVSwitchCidrReservationUsageRequest r) {
        reservations.get(call.scope(), r.vSwitchCidrReservationId());
        return call.paged(new GetVSwitchCidrReservationUsageResponse().setCidrReservationUsages(List.of()),
                call.paging(10), 0);
    }

    /** A block as the API takes one: a network address and its prefix. */
    private static String block(AliyunCall call, String text) {
        try {
            return Cidr.parse(Cidr.canonical(text)).toString();
        } catch (IllegalArgumentException e) {
            throw call.firstError("VSwitchCidrReservationCidr", "IllegalParamFormat.VSwitchCidrReservationCidr");
        }
    }

    private static int mask(AliyunCall call, String text) {
        try {
            return Integer.parseInt(text.startsWith("/") ? text.substring(1) : text);
        } catch (NumberFormatException e) {
            throw call.firstError("VSwitchCidrReservationMask", "IllegalParam.VSwitchCidrReservationMask");
        }
    }
}
