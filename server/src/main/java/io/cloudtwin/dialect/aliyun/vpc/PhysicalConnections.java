package io.cloudtwin.dialect.aliyun.vpc;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.express.PhysicalConnection;
import io.cloudtwin.core.express.PhysicalConnectionService;
import io.cloudtwin.core.express.PhysicalConnectionService.Move;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.CancelPhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ConfirmPhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePhysicalConnectionOccupancyOrderRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePhysicalConnectionOccupancyOrderResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePhysicalConnectionResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeletePhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeAccessPointsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribeAccessPointsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribePhysicalConnectionsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DescribePhysicalConnectionsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.EnablePhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ModifyPhysicalConnectionAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.TerminatePhysicalConnectionRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Express Connect circuits (alicloud_express_connect_physical_connection) at the region's access points
 * (AccessPoints). A circuit is Allocated when created (no port is waited for); ConfirmPhysicalConnection confirms it,
 * EnablePhysicalConnection or a paid occupancy order enables it, CancelPhysicalConnection cancels it before that and
 * TerminatePhysicalConnection ends an Enabled one; DeletePhysicalConnection removes one that is not Enabled.
 */
@Component
record PhysicalConnections(PhysicalConnectionService connections, AccessPoints accessPoints, TagService tags,
                           ClientTokens tokens, WallClock clock)
        implements VpcApi.CreatePhysicalConnection, VpcApi.DescribePhysicalConnections,
        VpcApi.ModifyPhysicalConnectionAttribute, VpcApi.ConfirmPhysicalConnection,
        VpcApi.CreatePhysicalConnectionOccupancyOrder, VpcApi.EnablePhysicalConnection,
        VpcApi.CancelPhysicalConnection, VpcApi.TerminatePhysicalConnection, VpcApi.DeletePhysicalConnection,
        VpcApi.DescribeAccessPoints {
    private static final String VPC = "VPC";
    /** The lines a circuit is leased from (the provider's documented line_operator values). */
    private static final Set<String> LINE_OPERATORS = Set.of("CT", "CU", "CM", "CO", "Equinix", "Other");
    /** The ports a circuit is plugged into (the provider's validation of port_type). */
    private static final Set<String> PORT_TYPES = Set.of("100Base-T", "1000Base-T", "1000Base-LX", "10GBase-T",
            "10GBase-LR", "40GBase-LR", "100GBase-LR");
    private static final Set<String> FILTER_KEYS = Set.of("PhysicalConnectionId", "AccessPointId", "Type",
            "LineOperator", "Status", "Name", "ProductType", "Spec");
    /** An occupancy order's billing: the charge type a circuit shows once it is paid. */
    private static final Map<String, String> CHARGE_TYPES = Map.of("PrePaid", "Prepaid", "PostPaid", "PostPaid");
    /** An order's longest period in each pricing cycle. */
    private static final Map<String, Integer> LONGEST = Map.of("Month", 9, "Year", 5);

    /**
     * AccessPointId (one of the region's), LineOperator, Type (VPC), PortType, bandwidth (Mbit/s, above 0),
     * PeerLocation, CircuitCode, RedundantPhysicalConnectionId (the caller's, not Canceled nor Terminated), Name,
     * Description, Tag.N, ResourceGroupId, ClientToken -> PhysicalConnectionId.
     */
    @Override
    public CreatePhysicalConnectionResponse createPhysicalConnection(AliyunCall call,
            CreatePhysicalConnectionRequest r) {
        Scope scope = call.scope();
        if (accessPoints.of(scope.region()).stream().noneMatch(a -> a.id().equals(r.accessPointId()))) {
            throw call.invalid("AccessPointId");
        }
        if (!VPC.equals(AliyunFormats.or(r.type(), VPC))) throw call.error("InvalidType.Malformd");
        var spec = new PhysicalConnectionService.NewConnection(r.accessPointId(), VPC,
                lineOperator(call, r.lineOperator()), portType(call, r.portType()), bandwidth(call, r.bandwidth()),
                AliyunFormats.or(r.peerLocation(), ""), AliyunFormats.or(r.circuitCode(), ""),
                redundant(call, r.redundantPhysicalConnectionId()),
                AliyunFormats.name(r.name(), () -> call.error("InvalidName.Malformed")),
                AliyunFormats.description(r.description(), () -> call.error("InvalidDescription.Malformed")));
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.PHYSICAL_CONNECTION,
                group, () -> connections.create(scope, Ids.random("pc-", 20), spec,
                        PhysicalConnectionService.Standing.NEW, tagged).id()));
        return new CreatePhysicalConnectionResponse().setPhysicalConnectionId(id);
    }

    /**
     * Filter.N (PhysicalConnectionId, AccessPointId, Type, LineOperator, Status, Name; ProductType and Spec match
     * none), Tags.N, ResourceGroupId; PageNumber/PageSize (10), oldest first.
     */
    @Override
    public DescribePhysicalConnectionsResponse describePhysicalConnections(AliyunCall call,
            DescribePhysicalConnectionsRequest r) {
        Scope scope = call.scope();
        var filters = call.filters(r.filter(), DescribePhysicalConnectionsRequest.Filter::key,
                DescribePhysicalConnectionsRequest.Filter::value, FILTER_KEYS);
        var wanted = call.narrow(tags, scope, ResourceType.PHYSICAL_CONNECTION,
                filters.getOrDefault("PhysicalConnectionId", List.of()), r.tags(), r.resourceGroupId());
        boolean none = wanted.isEmpty() || filters.containsKey("ProductType") || filters.containsKey("Spec");
        var out = new DescribePhysicalConnectionsResponse();
        List<PhysicalConnection> shown = call.listed(out, call.paging(10), none, connections.listing(scope,
                connections.where(wanted.orElse(List.of()), filters.get("AccessPointId"), filters.get("Type"),
                        filters.get("LineOperator"), filters.get("Status"), filters.get("Name"))));
        List<String> ids = shown.stream().map(PhysicalConnection::id).toList();
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setPhysicalConnectionSet(AliyunFormats.each(shown,
                DescribePhysicalConnectionsResponse.PhysicalConnectionType::new, (item, p) -> item
                        .setPhysicalConnectionId(p.id()).setAccessPointId(p.accessPointId()).setType(p.type())
                        .setAccessPointType(VPC).setLineOperator(p.lineOperator()).setPortType(p.portType())
                        .setBandwidth(p.bandwidth() == null ? null : p.bandwidth().longValue())
                        .setPeerLocation(p.peerLocation()).setCircuitCode(p.circuitCode())
                        .setRedundantPhysicalConnectionId(p.redundantId()).setName(p.name())
                        .setDescription(p.description()).setStatus(p.status()).setBusinessStatus("Normal")
                        .setChargeType(p.chargeType()).setCreationTime(AliyunFormats.time(p.createdAt()))
                        .setEnabledTime(p.enabledAt() == null ? "" : AliyunFormats.time(p.enabledAt()))
                        .setEndTime(p.endTime() == null ? "" : AliyunFormats.time(p.endTime()))
                        .setHasReservationData("false").setVirtualPhysicalConnectionCount(0)
                        .setResourceGroupId(grouped.get(p.id()))
                        .setTags(AliyunFormats.keyValueTags(tagged.get(p.id()),
                                DescribePhysicalConnectionsResponse.Tags::new))));
    }

    /**
     * LineOperator, PortType, bandwidth, PeerLocation, CircuitCode, RedundantPhysicalConnectionId, Name, Description
     * of a circuit that is neither Canceled nor Terminated.
     */
    @Override
    public void modifyPhysicalConnectionAttribute(AliyunCall call, ModifyPhysicalConnectionAttributeRequest r) {
        Scope scope = call.scope();
        connections.get(scope, r.physicalConnectionId());
        String redundant = r.redundantPhysicalConnectionId() == null ? null
                : redundant(call, r.redundantPhysicalConnectionId());
        connections.modify(scope, r.physicalConnectionId(), new PhysicalConnectionService.Changes(
                r.lineOperator() == null ? null : lineOperator(call, r.lineOperator()),
                r.portType() == null ? null : portType(call, r.portType()), bandwidth(call, r.bandwidth()),
                r.peerLocation(), r.circuitCode(), redundant,
                r.name() == null ? null : AliyunFormats.name(r.name(), () -> call.error("InvalidName.Malformed")),
                r.description() == null ? null : AliyunFormats.description(r.description(),
                        () -> call.error("InvalidDescription.Malformed"))));
    }

    @Override
    public void confirmPhysicalConnection(AliyunCall call, ConfirmPhysicalConnectionRequest r) {
        connections.move(call.scope(), r.physicalConnectionId(), Move.CONFIRM);
    }

    /**
     * The order of a Confirmed circuit's port: InstanceChargeType (PrePaid, the default, for Period of PricingCycle:
     * Month 1-9, Year 1-5; or PostPaid). Paid (AutoPay true) it enables the circuit at once; unpaid it leaves it
     * Confirmed, as an order waiting for its payment does.
     */
    @Override
    public CreatePhysicalConnectionOccupancyOrderResponse createPhysicalConnectionOccupancyOrder(AliyunCall call,
            CreatePhysicalConnectionOccupancyOrderRequest r) {
        String chargeType = CHARGE_TYPES.get(AliyunFormats.or(r.instanceChargeType(), "PrePaid"));
        if (chargeType == null) throw call.error("InvalidPhysicalConnectionChargeType.Malformed");
        String cycle = AliyunFormats.or(r.pricingCycle(), "Month");
        if (!LONGEST.containsKey(cycle)) throw call.error("InvalidPhysicalConnectionPricingCycle.Malformed");
        int period = r.period() == null ? 1 : r.period();
        if (period < 1 || period > LONGEST.get(cycle)) throw call.error("InvalidPhysicalConnectionPeriod.Malformed");
        OffsetDateTime now = clock.now();
        OffsetDateTime end = !"Prepaid".equals(chargeType) ? null
                : "Year".equals(cycle) ? now.plusYears(period) : now.plusMonths(period);
        Scope scope = call.scope();
        if (Boolean.TRUE.equals(r.autoPay())) {
            connections.move(scope, r.physicalConnectionId(), Move.ENABLE, chargeType, end);
        } else if (!PhysicalConnection.CONFIRMED.equals(connections.get(scope, r.physicalConnectionId()).status())) {
            throw call.error("Forbidden.NotAllowedInState", r.physicalConnectionId());
        }
        return new CreatePhysicalConnectionOccupancyOrderResponse().setData(
                new CreatePhysicalConnectionOccupancyOrderResponse.Data()
                        .setOrderId(String.valueOf(Ids.number(100_000_000, 999_999_999))));
    }

    @Override
    public void enablePhysicalConnection(AliyunCall call, EnablePhysicalConnectionRequest r) {
        connections.move(call.scope(), r.physicalConnectionId(), Move.ENABLE);
    }

    @Override
    public void cancelPhysicalConnection(AliyunCall call, CancelPhysicalConnectionRequest r) {
        connections.move(call.scope(), r.physicalConnectionId(), Move.CANCEL);
    }

    @Override
    public void terminatePhysicalConnection(AliyunCall call, TerminatePhysicalConnectionRequest r) {
        connections.move(call.scope(), r.physicalConnectionId(), Move.TERMINATE);
    }

    @Override
    public void deletePhysicalConnection(AliyunCall call, DeletePhysicalConnectionRequest r) {
        connections.delete(call.scope(), r.physicalConnectionId());
    }

    /** The region's access points (AcceptLanguage changes nothing: the names are the Chinese ones). */
    @Override
    public DescribeAccessPointsResponse describeAccessPoints(AliyunCall call, DescribeAccessPointsRequest r) {
        var paging = call.paging(10);
        var all = accessPoints.of(call.scope().region());
        var out = call.paged(new DescribeAccessPointsResponse(), paging, all.size());
        return out.setAccessPointSet(AliyunFormats.each(AliyunFormats.page(all, paging),
                DescribeAccessPointsResponse.AccessPointType::new, (item, a) -> item.setAccessPointId(a.id())
                        .setName(a.name()).setDescription(a.name()).setHostOperator(a.hostOperator())
                        .setAttachedRegionNo(call.scope().region()).setLocation("").setStatus("recommended")
                        .setType(VPC).setAccessPointFeatureModels(List.of(
                                new DescribeAccessPointsResponse.AccessPointFeatureModel()
                                        .setFeatureKey("AP_Support_VbrBandwidthLimit").setFeatureValue("true")))));
    }

    private static String lineOperator(AliyunCall call, String given) {
        if (!LINE_OPERATORS.contains(given)) throw call.error("InvalidLineOperator.Malformd");
        return given;
    }

    private static String portType(AliyunCall call, String given) {
        if (AliyunFormats.blank(given)) return "";
        if (!PORT_TYPES.contains(given)) throw call.error("InvalidPortType.Malformd");
        return given;
    }

    private static Integer bandwidth(AliyunCall call, Integer given) {
        if (given != null && given < 1) throw call.error("InvalidBandwidth");
        return given;
    }

    /** A circuit to back up: the caller's, and neither Canceled nor Terminated; blank: none. */
    private String redundant(AliyunCall call, String id) {
        if (AliyunFormats.blank(id)) return "";
        var other = connections.find(call.scope(), id);
        if (other.isEmpty()) throw call.error("InvalidRedundantPhysicalConnectionId.NotFound");
        String status = other.get().status();
        if (PhysicalConnection.CANCELED.equals(status) || PhysicalConnection.TERMINATED.equals(status)) {
            throw call.error("InvalidRedundantPhysicalConnectionStatus");
        }
        return id;
    }
}
