package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import com.aliyuncs.vpc.model.v20160428.CancelPhysicalConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.ConfirmPhysicalConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.CreatePhysicalConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.DeletePhysicalConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeAccessPointsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeAccessPointsResponse;
import com.aliyuncs.vpc.model.v20160428.DescribePhysicalConnectionsRequest;
import com.aliyuncs.vpc.model.v20160428.DescribePhysicalConnectionsResponse;
import com.aliyuncs.vpc.model.v20160428.EnablePhysicalConnectionRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyPhysicalConnectionAttributeRequest;
import com.aliyuncs.vpc.model.v20160428.TerminatePhysicalConnectionRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_express_connect_physical_connection through the classic VPC SDK, in the provider's order:
 * DescribeAccessPoints (the data source), CreatePhysicalConnection, DescribePhysicalConnections filtered by its id
 * until Allocated, ModifyPhysicalConnectionAttribute, the status moves its status argument drives (Confirmed, then
 * Enabled by a paid occupancy order, then Terminated), DeletePhysicalConnection; the moves a status refuses, the
 * refusals of a creation, another account's view and the state round trip.
 */
class PhysicalConnectionTest extends ServerTestBase {
    static final String ACCESS_POINT = "ap-cn-hangzhou-yh-B";

    private ClassicSdk vpc;
    private AliyunApi raw;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
        raw = new AliyunApi(port);
    }

    private String create(String name) throws Exception {
        CreatePhysicalConnectionRequest c = new CreatePhysicalConnectionRequest();
        c.setAccessPointId(ACCESS_POINT);
        c.setLineOperator("CU");
        c.setPortType("1000Base-LX");
        c.setName(name);
        c.setClientToken("pc-" + name);
        return vpc.call(c).getPhysicalConnectionId();
    }

    private List<DescribePhysicalConnectionsResponse.PhysicalConnectionType> connections(ClassicSdk sdk, String id)
            throws Exception {
        DescribePhysicalConnectionsRequest d = new DescribePhysicalConnectionsRequest();
        DescribePhysicalConnectionsRequest.Filter f = new DescribePhysicalConnectionsRequest.Filter();
        f.setKey("PhysicalConnectionId");
        f.setValues(List.of(id));
        d.setFilters(List.of(f));
        d.setPageSize(50);
        return sdk.call(d).getPhysicalConnectionSet();
    }

    private String status(String id) throws Exception {
        return connections(vpc, id).get(0).getStatus();
    }

    @Test
    void theProvidersCallsCreateMoveAndDeleteACircuit() throws Exception {
        DescribeAccessPointsRequest a = new DescribeAccessPointsRequest();
        var points = vpc.call(a).getAccessPointSet();
        assertThat(points).extracting(DescribeAccessPointsResponse.AccessPointType::getAccessPointId)
                .contains(ACCESS_POINT);
        var point = points.stream().filter(p -> p.getAccessPointId().equals(ACCESS_POINT)).findFirst().orElseThrow();
        assertThat(point.getName()).isEqualTo("杭州-余杭-B");
        assertThat(point.getStatus()).isEqualTo("recommended");
        assertThat(point.getType()).isEqualTo("VPC");
        assertThat(point.getAttachedRegionNo()).isEqualTo(REGION);
        assertThat(point.getAccessPointFeatureModels()).isNotEmpty();

        String id = create("tf-circuit");
        assertThat(id).startsWith("pc-");
        assertThat(create("tf-circuit")).as("the same ClientToken answers the same circuit").isEqualTo(id);
        var c = connections(vpc, id);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).getStatus()).isEqualTo("Allocated");
        assertThat(c.get(0).getAccessPointId()).isEqualTo(ACCESS_POINT);
        assertThat(c.get(0).getLineOperator()).isEqualTo("CU");
        assertThat(c.get(0).getPortType()).isEqualTo("1000Base-LX");
        assertThat(c.get(0).getType()).isEqualTo("VPC");
        assertThat(c.get(0).getName()).isEqualTo("tf-circuit");
        assertThat(c.get(0).getCreationTime()).isNotEmpty();

        ModifyPhysicalConnectionAttributeRequest m = new ModifyPhysicalConnectionAttributeRequest();
        m.setPhysicalConnectionId(id);
        m.setLineOperator("CM");
        m.setBandwidth(10);
        m.setCircuitCode("longtel001");
        m.setPeerLocation("hangzhou idc");
        m.setDescription("the provider's description");
        vpc.call(m);
        c = connections(vpc, id);
        assertThat(c.get(0).getLineOperator()).isEqualTo("CM");
        assertThat(c.get(0).getBandwidth()).isEqualTo(10L);
        assertThat(c.get(0).getCircuitCode()).isEqualTo("longtel001");
        assertThat(c.get(0).getPeerLocation()).isEqualTo("hangzhou idc");
        assertThat(c.get(0).getDescription()).isEqualTo("the provider's description");

        ConfirmPhysicalConnectionRequest confirm = new ConfirmPhysicalConnectionRequest();
        confirm.setPhysicalConnectionId(id);
        vpc.call(confirm);
        assertThat(status(id)).isEqualTo("Confirmed");
        // the classic SDK does not decode Data; the provider reads Data.OrderId
        assertThat(raw.vpc("CreatePhysicalConnectionOccupancyOrder", "RegionId", REGION, "PhysicalConnectionId", id,
                "InstanceChargeType", "PrePaid", "AutoPay", "true", "Period", "1", "PricingCycle", "Month")
                .path("Data").path("OrderId").asString()).isNotEmpty();
        c = connections(vpc, id);
        assertThat(c.get(0).getStatus()).isEqualTo("Enabled");
        assertThat(c.get(0).getEnabledTime()).isNotEmpty();
        assertThat(c.get(0).getEndTime()).isNotEmpty();
        assertThat(c.get(0).getChargeType()).isEqualTo("Prepaid");

        DeletePhysicalConnectionRequest delete = new DeletePhysicalConnectionRequest();
        delete.setPhysicalConnectionId(id);
        assertThat(vpc.refusal(delete)).as("an Enabled circuit is terminated first")
                .isEqualTo("Forbidden.NotInAllowDeleteStatus");
        TerminatePhysicalConnectionRequest terminate = new TerminatePhysicalConnectionRequest();
        terminate.setPhysicalConnectionId(id);
        vpc.call(terminate);
        assertThat(status(id)).isEqualTo("Terminated");
        vpc.call(delete);
        assertThat(connections(vpc, id)).as("the provider reads an empty list as gone").isEmpty();
        assertThat(vpc.refusal(delete)).isEqualTo("InvalidPhysicalConnectionId.NotFound");
    }

    @Test
    void eachMoveStartsFromItsOwnStatuses() throws Exception {
        String id = create("moves");
        EnablePhysicalConnectionRequest enable = new EnablePhysicalConnectionRequest();
        enable.setPhysicalConnectionId(id);
        assertThat(vpc.refusal(enable)).as("an Allocated circuit is confirmed first")
                .isEqualTo("Forbidden.NotAllowedInState");
        TerminatePhysicalConnectionRequest terminate = new TerminatePhysicalConnectionRequest();
        terminate.setPhysicalConnectionId(id);
        assertThat(vpc.refusal(terminate)).isEqualTo("Forbidden.NotAllowedInState");
        assertThat(raw.refusal(AliyunSpecs.VPC, "CreatePhysicalConnectionOccupancyOrder", "RegionId", REGION,
                "PhysicalConnectionId", id, "AutoPay", "true")).isEqualTo("Forbidden.NotAllowedInState");
        assertThat(status(id)).isEqualTo("Allocated");

        ConfirmPhysicalConnectionRequest confirm = new ConfirmPhysicalConnectionRequest();
        confirm.setPhysicalConnectionId(id);
        vpc.call(confirm);
        assertThat(vpc.refusal(confirm)).isEqualTo("IncorrectStatus.PhysicalConnection");
        raw.vpc("CreatePhysicalConnectionOccupancyOrder", "RegionId", REGION, "PhysicalConnectionId", id);
        assertThat(status(id)).as("an unpaid order leaves the circuit Confirmed").isEqualTo("Confirmed");
        vpc.call(enable);
        assertThat(status(id)).isEqualTo("Enabled");
        CancelPhysicalConnectionRequest cancel = new CancelPhysicalConnectionRequest();
        cancel.setPhysicalConnectionId(id);
        assertThat(vpc.refusal(cancel)).as("an Enabled circuit is terminated, not canceled")
                .isEqualTo("Forbidden.NotAllowedInState");

        String other = create("canceled");
        cancel.setPhysicalConnectionId(other);
        vpc.call(cancel);
        assertThat(status(other)).isEqualTo("Canceled");
        ModifyPhysicalConnectionAttributeRequest m = new ModifyPhysicalConnectionAttributeRequest();
        m.setPhysicalConnectionId(other);
        m.setName("renamed");
        assertThat(vpc.refusal(m)).isEqualTo("InvalidStatus");
        DeletePhysicalConnectionRequest delete = new DeletePhysicalConnectionRequest();
        delete.setPhysicalConnectionId(other);
        vpc.call(delete);
        assertThat(connections(vpc, other)).isEmpty();
    }

    @Test
    void theRefusalsOfACreation() throws Exception {
        assertThat(code("AccessPointId", "ap-cn-nowhere-Z", "LineOperator", "CT")).isEqualTo("InvalidParameter");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "XX"))
                .isEqualTo("InvalidLineOperator.Malformd");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "CT", "PortType", "1Base-Q"))
                .isEqualTo("InvalidPortType.Malformd");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "CT", "Type", "CLASSIC"))
                .isEqualTo("InvalidType.Malformd");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "CT", "bandwidth", "0"))
                .isEqualTo("InvalidBandwidth");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "CT", "Name", "http://x"))
                .isEqualTo("InvalidName.Malformed");
        assertThat(code("AccessPointId", ACCESS_POINT, "LineOperator", "CT", "RedundantPhysicalConnectionId",
                "pc-nothere")).isEqualTo("InvalidRedundantPhysicalConnectionId.NotFound");
        assertThat(raw.vpc("DescribePhysicalConnections", "RegionId", REGION).path("TotalCount").asInt())
                .as("no refusal made a circuit").isZero();
        assertThat(raw.refusal(AliyunSpecs.VPC, "DescribePhysicalConnections", "RegionId", REGION,
                "Filter.1.Key", "Color", "Filter.1.Value.1", "blue")).isEqualTo("InvalidFilterKey.ValueNotSupported");
    }

    @Test
    void aRedundantCircuitAndTheFilters() throws Exception {
        String first = create("primary");
        String second = raw.vpc("CreatePhysicalConnection", "RegionId", REGION, "AccessPointId", ACCESS_POINT,
                "LineOperator", "CT", "bandwidth", "100", "RedundantPhysicalConnectionId", first, "Name", "backup")
                .path("PhysicalConnectionId").asString();
        var c = connections(vpc, second);
        assertThat(c.get(0).getRedundantPhysicalConnectionId()).isEqualTo(first);
        assertThat(c.get(0).getBandwidth()).isEqualTo(100L);
        assertThat(c.get(0).getPortType()).as("no port type given, none answered").isEmpty();
        var byOperator = raw.vpc("DescribePhysicalConnections", "RegionId", REGION, "Filter.1.Key", "LineOperator",
                "Filter.1.Value.1", "CT");
        assertThat(byOperator.path("TotalCount").asInt()).isEqualTo(1);
        assertThat(byOperator.path("PhysicalConnectionSet").path("PhysicalConnectionType").get(0)
                .path("PhysicalConnectionId").asString()).isEqualTo(second);
        assertThat(raw.vpc("DescribePhysicalConnections", "RegionId", REGION, "Filter.1.Key", "Status",
                "Filter.1.Value.1", "Enabled").path("TotalCount").asInt()).isZero();
    }

    @Test
    void anotherAccountNeitherSeesNorDeletesACircuit() throws Exception {
        String id = create("mine");
        ClassicSdk other = new ClassicSdk(endpoint(), "other-ak", "other-secret");
        assertThat(connections(other, id)).isEmpty();
        DeletePhysicalConnectionRequest delete = new DeletePhysicalConnectionRequest();
        delete.setPhysicalConnectionId(id);
        assertThat(other.refusal(delete)).isEqualTo("InvalidPhysicalConnectionId.NotFound");
        assertThat(connections(vpc, id)).hasSize(1);
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = create("kept");
        ConfirmPhysicalConnectionRequest confirm = new ConfirmPhysicalConnectionRequest();
        confirm.setPhysicalConnectionId(id);
        vpc.call(confirm);
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        var c = connections(vpc, id);
        assertThat(c).hasSize(1);
        assertThat(c.get(0).getStatus()).isEqualTo("Confirmed");
        assertThat(c.get(0).getName()).isEqualTo("kept");
    }

    private String code(String... params) {
        List<String> all = new ArrayList<>(List.of("RegionId", REGION));
        all.addAll(List.of(params));
        return raw.refusal(AliyunSpecs.VPC, "CreatePhysicalConnection", all.toArray(String[]::new));
    }

    /** Conformance calls: each served action of this family, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        static String circuit(AliyunApi api) {
            return api.vpc("CreatePhysicalConnection", "RegionId", REGION, "AccessPointId", ACCESS_POINT,
                    "LineOperator", "CT").path("PhysicalConnectionId").asString();
        }

        static String confirmed(AliyunApi api) {
            String id = circuit(api);
            api.vpc("ConfirmPhysicalConnection", "RegionId", REGION, "PhysicalConnectionId", id);
            return id;
        }

        /** An Enabled circuit, as a virtual border router needs. */
        static String enabled(AliyunApi api) {
            String id = confirmed(api);
            api.vpc("EnablePhysicalConnection", "RegionId", REGION, "PhysicalConnectionId", id);
            return id;
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreatePhysicalConnection", api -> AliyunApi.params("RegionId", REGION, "AccessPointId",
                    ACCESS_POINT, "LineOperator", "CT", "PortType", "1000Base-LX", "bandwidth", "100"))
                    .fails("InvalidLineOperator.Malformd", api -> AliyunApi.params("RegionId", REGION,
                            "AccessPointId", ACCESS_POINT, "LineOperator", "XX"));
            r.vpc("DescribePhysicalConnections", api -> AliyunApi.params("RegionId", REGION, "Filter.1.Key",
                    "PhysicalConnectionId", "Filter.1.Value.1", circuit(api)));
            r.vpc("ModifyPhysicalConnectionAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "PhysicalConnectionId", circuit(api), "Name", "renamed"))
                    .fails("InvalidPhysicalConnectionId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                            "PhysicalConnectionId", "pc-nothere", "Name", "renamed"));
            r.vpc("ConfirmPhysicalConnection", api -> AliyunApi.params("RegionId", REGION, "PhysicalConnectionId",
                    circuit(api)));
            r.vpc("CreatePhysicalConnectionOccupancyOrder", api -> AliyunApi.params("RegionId", REGION,
                    "PhysicalConnectionId", confirmed(api), "AutoPay", "true"));
            r.vpc("EnablePhysicalConnection", api -> AliyunApi.params("RegionId", REGION, "PhysicalConnectionId",
                    confirmed(api)))
                    .fails("Forbidden.NotAllowedInState", api -> AliyunApi.params("RegionId", REGION,
                            "PhysicalConnectionId", circuit(api)));
            r.vpc("CancelPhysicalConnection", api -> AliyunApi.params("RegionId", REGION, "PhysicalConnectionId",
                    circuit(api)));
            r.vpc("TerminatePhysicalConnection", api -> AliyunApi.params("RegionId", REGION,
                    "PhysicalConnectionId", enabled(api)));
            r.vpc("DeletePhysicalConnection", api -> AliyunApi.params("RegionId", REGION, "PhysicalConnectionId",
                    circuit(api)))
                    .fails("Forbidden.NotInAllowDeleteStatus", api -> AliyunApi.params("RegionId", REGION,
                            "PhysicalConnectionId", enabled(api)));
            r.vpc("DescribeAccessPoints", api -> AliyunApi.params("RegionId", REGION));
        }
    }
}
