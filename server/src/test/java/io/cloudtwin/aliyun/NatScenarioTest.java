package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

import com.aliyuncs.exceptions.ClientException;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressResponse;
import com.aliyuncs.vpc.model.v20160428.AssociateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.ListEnhanhcedNatGatewayAvailableZonesRequest;
import com.aliyuncs.vpc.model.v20160428.CreateForwardEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.CreateNatGatewayResponse;
import com.aliyuncs.vpc.model.v20160428.CreateSnatEntryRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVSwitchRequest;
import com.aliyuncs.vpc.model.v20160428.CreateVpcRequest;
import com.aliyuncs.vpc.model.v20160428.UpdateNatGatewayNatTypeRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteForwardEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteNatGatewayRequest;
import com.aliyuncs.vpc.model.v20160428.DeleteSnatEntryRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeForwardTableEntriesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNatGatewaysRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeNatGatewaysResponse;
import com.aliyuncs.vpc.model.v20160428.ModifyForwardEntryRequest;
import com.aliyuncs.vpc.model.v20160428.ModifyNatGatewaySpecRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSnatTableEntriesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeSnatTableEntriesResponse;
import com.aliyuncs.vpc.model.v20160428.TagResourcesRequest;
import com.aliyuncs.vpc.model.v20160428.UnassociateEipAddressRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_nat_gateway, alicloud_snat_entry and alicloud_forward_entry, in the provider's order and with
 * its parameters: create (Enhanced, in a vSwitch) -> wait Available -> TagResources NATGATEWAY -> read (the table-id
 * wrappers and NatGatewayPrivateInfo the provider type-asserts) -> an EIP bound to it -> SNAT entry (by vSwitch) ->
 * wait Available -> forward entry -> deletes, each refused while something depends on it -> gone. The races: an SNAT
 * entry created while its EIP is unbound, two SNAT entries for one source.
 */
class NatScenarioTest extends ServerTestBase {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private ClassicSdk vpc;

    @BeforeEach
    void clients() {
        vpc = new ClassicSdk(endpoint());
    }

    /** A VPC 10.30.0.0/16 with a vSwitch 10.30.1.0/24: [vpc, vswitch]. */
    private String[] network() throws ClientException {
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.30.0.0/16");
        String vpcId = vpc.call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.30.1.0/24");
        s.setZoneId(REGION + "-h");
        return new String[] {vpcId, vpc.call(s).getVSwitchId()};
    }

    private CreateNatGatewayResponse gateway(String[] net) throws ClientException {
        CreateNatGatewayRequest c = new CreateNatGatewayRequest();
        c.setVpcId(net[0]);
        c.setVSwitchId(net[1]);
        c.setNatType("Enhanced");
        c.setName("tf-nat");
        c.setInternetChargeType("PayByLcu");
        c.setNetworkType("internet");
        c.setEipBindMode("MULTI_BINDED");
        return vpc.call(c);
    }

    private AllocateEipAddressResponse boundEip(String gatewayId) throws ClientException {
        AllocateEipAddressResponse eip = vpc.call(new AllocateEipAddressRequest());
        AssociateEipAddressRequest a = new AssociateEipAddressRequest();
        a.setAllocationId(eip.getAllocationId());
        a.setInstanceId(gatewayId);
        a.setInstanceType("Nat");
        vpc.call(a);
        return eip;
    }

    private String snat(String tableId, String vswitch, String ip) throws ClientException {
        CreateSnatEntryRequest s = new CreateSnatEntryRequest();
        s.setSnatTableId(tableId);
        s.setSourceVSwitchId(vswitch);
        s.setSnatIp(ip);
        s.setSnatEntryName("tf-snat");
        return vpc.call(s).getSnatEntryId();
    }

    private void unassociate(String allocationId, String gatewayId) throws ClientException {
        UnassociateEipAddressRequest u = new UnassociateEipAddressRequest();
        u.setAllocationId(allocationId);
        u.setInstanceId(gatewayId);
        u.setInstanceType("Nat");
        vpc.call(u);
    }

    private List<DescribeNatGatewaysResponse.NatGateway> read(String gatewayId) throws ClientException {
        DescribeNatGatewaysRequest d = new DescribeNatGatewaysRequest();
        d.setNatGatewayId(gatewayId);
        return vpc.call(d).getNatGateways();
    }

    @Test
    void gatewayWithSnatAndForwardEntriesTheProvidersWay() throws Exception {
        String[] net = network();
        var created = gateway(net);
        String id = created.getNatGatewayId();
        String snatTable = created.getSnatTableIds().get(0);
        String forwardTable = created.getForwardTableIds().get(0);
        assertThat(id).startsWith("ngw-");
        assertThat(snatTable).startsWith("stb-");
        assertThat(forwardTable).startsWith("ftb-");
        assertThat(read(id)).singleElement().satisfies(g -> {
            assertThat(g.getStatus()).isEqualTo("Available");
            assertThat(g.getNatType()).isEqualTo("Enhanced");
            assertThat(g.getSnatTableIds()).containsExactly(snatTable);
            assertThat(g.getNatGatewayPrivateInfo().getVswitchId()).isEqualTo(net[1]);
            assertThat(g.getInstanceChargeType()).isEqualTo("PostPaid");
        });
        // the provider reads the raw JSON and type-asserts these wrappers: they must be there
        JsonNode raw = new AliyunApi(port).vpc("DescribeNatGateways", "RegionId", REGION, "NatGatewayId", id)
                .path("NatGateways").path("NatGateway").path(0);
        assertThat(raw.path("ForwardTableIds").path("ForwardTableId").isArray()).isTrue();
        assertThat(raw.path("SnatTableIds").path("SnatTableId").isArray()).isTrue();
        assertThat(raw.path("NatGatewayPrivateInfo").isObject()).isTrue();
        assertThat(raw.path("InstanceChargeType").isString()).isTrue();
        TagResourcesRequest tag = new TagResourcesRequest();
        tag.setResourceType("NATGATEWAY");
        tag.setResourceIds(List.of(id));
        TagResourcesRequest.Tag t = new TagResourcesRequest.Tag();
        t.setKey("env");
        t.setValue("dev");
        tag.setTags(List.of(t));
        vpc.call(tag);

        // alicloud_eip_association to the gateway, then alicloud_snat_entry
        var eip = boundEip(id);
        assertThat(read(id).get(0).getIpLists()).extracting(l -> l.getIpAddress()).containsExactly(eip.getEipAddress());
        String entry = snat(snatTable, net[1], eip.getEipAddress());
        DescribeSnatTableEntriesRequest byId = new DescribeSnatTableEntriesRequest();
        byId.setSnatTableId(snatTable);
        byId.setSnatEntryId(entry);
        List<DescribeSnatTableEntriesResponse.SnatTableEntry> entries = vpc.call(byId).getSnatTableEntries();
        assertThat(entries).singleElement().satisfies(e -> {
            assertThat(e.getStatus()).isEqualTo("Available");
            assertThat(e.getSourceVSwitchId()).isEqualTo(net[1]);
            assertThat(e.getSnatIp()).isEqualTo(eip.getEipAddress());
        });
        assertThat(code(() -> snat(snatTable, net[1], eip.getEipAddress()))).as("one entry per source")
                .isEqualTo("Forbidden.SourceVSwitchId.Duplicated");
        assertThat(code(() -> snat(snatTable, net[1], "198.51.100.7"))).as("not an EIP of the gateway")
                .isEqualTo("EIP_NOT_IN_GATEWAY");

        // alicloud_forward_entry
        CreateForwardEntryRequest f = new CreateForwardEntryRequest();
        f.setForwardTableId(forwardTable);
        f.setExternalIp(eip.getEipAddress());
        f.setExternalPort("80");
        f.setInternalIp("10.30.1.10");
        f.setInternalPort("8080");
        f.setIpProtocol("tcp");
        f.setForwardEntryName("tf-dnat");
        String forward = vpc.call(f).getForwardEntryId();
        assertThat(code(() -> vpc.call(f))).isEqualTo("ForwardEntry.Duplicated");
        f.setExternalPort("81");
        f.setInternalIp("192.168.0.1");
        assertThat(code(() -> vpc.call(f))).as("outside the VPC").isEqualTo("Forbidden.InternalIpOutOfVpcCIDR");
        DescribeForwardTableEntriesRequest fwd = new DescribeForwardTableEntriesRequest();
        fwd.setForwardTableId(forwardTable);
        fwd.setForwardEntryId(forward);
        assertThat(vpc.call(fwd).getForwardTableEntries()).singleElement().satisfies(e -> {
            assertThat(e.getExternalPort()).isEqualTo("80");
            assertThat(e.getInternalIp()).isEqualTo("10.30.1.10");
            assertThat(e.getStatus()).isEqualTo("Available");
        });
        // the API documents TCP, UDP and Any, the provider sends them in lower case: either is one protocol
        f.setExternalPort("80");
        f.setInternalIp("10.30.1.10");
        f.setIpProtocol("TCP");
        assertThat(code(() -> vpc.call(f))).as("TCP is tcp").isEqualTo("ForwardEntry.Duplicated");
        f.setIpProtocol("UDP");
        f.setForwardEntryName("tf-dnat-udp");
        String udp = vpc.call(f).getForwardEntryId();
        DescribeForwardTableEntriesRequest byProtocol = new DescribeForwardTableEntriesRequest();
        byProtocol.setForwardTableId(forwardTable);
        byProtocol.setIpProtocol("Udp");
        assertThat(vpc.call(byProtocol).getForwardTableEntries()).singleElement().satisfies(e -> {
            assertThat(e.getForwardEntryId()).isEqualTo(udp);
            assertThat(e.getIpProtocol()).as("kept as the provider reads it back").isEqualTo("udp");
        });
        DeleteForwardEntryRequest dropUdp = new DeleteForwardEntryRequest();
        dropUdp.setForwardTableId(forwardTable);
        dropUdp.setForwardEntryId(udp);
        vpc.call(dropUdp);
        f.setIpProtocol("Any");
        f.setExternalPort("Any");
        f.setInternalPort("Any");
        f.setInternalIp("10.30.1.11");
        f.setForwardEntryName("tf-dnat-any");
        DeleteForwardEntryRequest dropAny = new DeleteForwardEntryRequest();
        dropAny.setForwardTableId(forwardTable);
        dropAny.setForwardEntryId(vpc.call(f).getForwardEntryId());
        vpc.call(dropAny);

        DeleteNatGatewayRequest delete = new DeleteNatGatewayRequest();
        delete.setNatGatewayId(id);
        assertThat(code(() -> vpc.call(delete))).isEqualTo("DependencyViolation.SnatEntry");
        assertThat(code(() -> { unassociate(eip.getAllocationId(), id); return null; }))
                .as("the SNAT entry uses it").isEqualTo("InvalidIpStatus.HasBeenUsedBySnatTable");
        DeleteSnatEntryRequest ds = new DeleteSnatEntryRequest();
        ds.setSnatTableId(snatTable);
        ds.setSnatEntryId(entry);
        vpc.call(ds);
        assertThat(vpc.call(byId).getSnatTableEntries()).as("gone: an empty list").isEmpty();
        assertThat(code(() -> vpc.call(delete))).isEqualTo("DependencyViolation.ForwardEntry");
        DeleteForwardEntryRequest df = new DeleteForwardEntryRequest();
        df.setForwardTableId(forwardTable);
        df.setForwardEntryId(forward);
        vpc.call(df);
        assertThat(code(() -> vpc.call(delete))).isEqualTo("DependencyViolation.EIPS");
        unassociate(eip.getAllocationId(), id);
        vpc.call(delete);
        assertThat(read(id)).as("gone: an empty list").isEmpty();
        assertThat(code(() -> vpc.call(delete))).isEqualTo("InvalidNatGatewayId.NotFound");
    }

    /**
     * alicloud_forward_entry's update (ModifyForwardEntry with the changed fields only) and alicloud_nat_gateway's
     * specification change (ModifyNatGatewaySpec, for a gateway billed by its spec).
     */
    @Test
    void aForwardEntryAndASpecChangedInPlace() throws Exception {
        String[] net = network();
        CreateNatGatewayRequest bySpec = new CreateNatGatewayRequest();
        bySpec.setVpcId(net[0]);
        bySpec.setVSwitchId(net[1]);
        bySpec.setNatType("Enhanced");
        bySpec.setInternetChargeType("PayBySpec");
        bySpec.setSpec("Small");
        var created = vpc.call(bySpec);
        String id = created.getNatGatewayId();
        String table = created.getForwardTableIds().get(0);
        String address = boundEip(id).getEipAddress();
        CreateForwardEntryRequest f = new CreateForwardEntryRequest();
        f.setForwardTableId(table);
        f.setExternalIp(address);
        f.setExternalPort("8080");
        f.setInternalIp("10.30.1.20");
        f.setInternalPort("80");
        f.setIpProtocol("tcp");
        f.setForwardEntryName("web");
        String entry = vpc.call(f).getForwardEntryId();
        f.setExternalPort("8443");
        f.setInternalPort("443");
        f.setForwardEntryName("tls");
        vpc.call(f);

        ModifyForwardEntryRequest m = new ModifyForwardEntryRequest();
        m.setForwardTableId(table);
        m.setForwardEntryId(entry);
        m.setInternalIp("10.30.1.21");
        m.setForwardEntryName("web2");
        vpc.call(m);
        DescribeForwardTableEntriesRequest read = new DescribeForwardTableEntriesRequest();
        read.setForwardTableId(table);
        read.setForwardEntryId(entry);
        assertThat(vpc.call(read).getForwardTableEntries()).singleElement().satisfies(e -> assertThat(List.of(
                e.getExternalPort(), e.getInternalIp(), e.getInternalPort(), e.getIpProtocol(), e.getForwardEntryName()))
                .as("the rest kept").containsExactly("8080", "10.30.1.21", "80", "tcp", "web2"));
        ModifyForwardEntryRequest clash = new ModifyForwardEntryRequest();
        clash.setForwardTableId(table);
        clash.setForwardEntryId(entry);
        clash.setExternalPort("8443");
        assertThat(code(() -> vpc.call(clash))).as("the other entry's port").isEqualTo("ForwardEntry.Duplicated");
        clash.setForwardEntryId("fwd-nothere");
        assertThat(code(() -> vpc.call(clash))).isEqualTo("InvalidForwardEntryId.NotFound");
        assertThat(vpc.call(read).getForwardTableEntries().get(0).getExternalPort()).isEqualTo("8080");

        ModifyNatGatewaySpecRequest spec = new ModifyNatGatewaySpecRequest();
        spec.setNatGatewayId(id);
        spec.setSpec("Middle");
        vpc.call(spec);
        assertThat(read(id).get(0).getSpec()).isEqualTo("Middle");
        assertThat(code(() -> vpc.call(spec))).isEqualTo("NATGW_MODIFY_SPEC_SAME");
        spec.setSpec("Huge");
        assertThat(code(() -> vpc.call(spec))).isEqualTo("InvalidParameter.Spec.ValueNotSupported");
        spec.setNatGatewayId(gateway(network()).getNatGatewayId());
        spec.setSpec("Large");
        assertThat(code(() -> vpc.call(spec))).as("billed by capacity units")
                .isEqualTo("OperationUnsupported.PayByLcuNatModifySpec");
        assertThat(read(id).get(0).getSpec()).isEqualTo("Middle");
    }

    @Test
    void aForcedDeleteTakesEntriesAndFreesItsEips() throws Exception {
        String[] net = network();
        var created = gateway(net);
        var eip = boundEip(created.getNatGatewayId());
        snat(created.getSnatTableIds().get(0), net[1], eip.getEipAddress());
        DeleteNatGatewayRequest delete = new DeleteNatGatewayRequest();
        delete.setNatGatewayId(created.getNatGatewayId());
        delete.setForce(true);
        vpc.call(delete);
        var free = new AliyunApi(port).vpc("DescribeEipAddresses", "RegionId", REGION, "AllocationId", eip.getAllocationId());
        assertThat(free.path("EipAddresses").path("EipAddress").path(0).path("Status").asString()).isEqualTo("Available");
    }

    @Test
    void anSnatEntryAndItsEipsUnbindingNeverBothWin() throws Exception {
        for (int round = 0; round < 8; round++) {
            String[] net = network();
            var created = gateway(net);
            String id = created.getNatGatewayId();
            var eip = boundEip(id);
            List<String> won = winners(() -> snat(created.getSnatTableIds().get(0), net[1], eip.getEipAddress()),
                    () -> { unassociate(eip.getAllocationId(), id); return "unbound"; });
            assertThat(won).as("round " + round + ": " + won).hasSize(1);
            DescribeSnatTableEntriesRequest all = new DescribeSnatTableEntriesRequest();
            all.setSnatTableId(created.getSnatTableIds().get(0));
            boolean entry = !vpc.call(all).getSnatTableEntries().isEmpty();
            boolean bound = !read(id).get(0).getIpLists().isEmpty();
            assertThat(entry).as("an entry exists exactly when its EIP is still bound").isEqualTo(bound);

            CreateVSwitchRequest s = new CreateVSwitchRequest();
            s.setVpcId(net[0]);
            s.setCidrBlock("10.30.2.0/24");
            s.setZoneId(REGION + "-h");
            String other = vpc.call(s).getVSwitchId();
            var second = boundEip(id);
            assertThat(winners(() -> snat(created.getSnatTableIds().get(0), other, second.getEipAddress()),
                    () -> snat(created.getSnatTableIds().get(0), other, second.getEipAddress())))
                    .as("two entries for one source").hasSize(1);
        }
    }

    private List<String> winners(Callable<String> one, Callable<String> two) throws Exception {
        List<Future<String>> results = new ArrayList<>(List.of(racing().submit(one), racing().submit(two)));
        List<String> won = new ArrayList<>();
        for (Future<String> f : results) {
            try {
                won.add(f.get());
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ClientException.class);
            }
        }
        return won;
    }

    @Test
    void theStateDocumentCarriesGatewaysEipsAndEntries() throws Exception {
        String[] net = network();
        var created = gateway(net);
        var eip = boundEip(created.getNatGatewayId());
        String entry = snat(created.getSnatTableIds().get(0), net[1], eip.getEipAddress());
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(JSON.readTree(exported).get("natGateways")).hasSize(1);
        assertThat(JSON.readTree(exported).get("natEntries")).hasSize(1);
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(read(created.getNatGatewayId())).isEmpty();
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(read(created.getNatGatewayId())).singleElement()
                .satisfies(g -> assertThat(g.getIpLists()).hasSize(1));
        DescribeSnatTableEntriesRequest byId = new DescribeSnatTableEntriesRequest();
        byId.setSnatTableId(created.getSnatTableIds().get(0));
        byId.setSnatEntryId(entry);
        assertThat(vpc.call(byId).getSnatTableEntries()).hasSize(1);
    }

    /** Conformance recipes: each action's answers held to the VPC metadata, the fuzz thrown at each. */
    /**
     * alicloud_nat_gateway's change of nat_type (and vswitch_id): UpdateNatGatewayNatType, then the read until
     * Available. A Normal gateway becomes Enhanced in a vSwitch of its VPC, once.
     */
    @Test
    void aNormalGatewayBecomesEnhancedInAVSwitchOfItsVpc() throws Exception {
        String[] net = network();
        CreateNatGatewayRequest c = new CreateNatGatewayRequest();
        c.setVpcId(net[0]);
        c.setNatType("Normal");
        String id = vpc.call(c).getNatGatewayId();
        CreateVpcRequest otherVpc = new CreateVpcRequest();
        otherVpc.setCidrBlock("10.31.0.0/16");
        String[] other = {vpc.call(otherVpc).getVpcId(), null};
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(other[0]);
        s.setCidrBlock("10.31.1.0/24");
        s.setZoneId(REGION + "-h");
        other[1] = vpc.call(s).getVSwitchId();

        UpdateNatGatewayNatTypeRequest u = new UpdateNatGatewayNatTypeRequest();
        u.setNatGatewayId(id);
        u.setNatType("Normal");
        u.setVSwitchId(net[1]);
        assertThat(code(() -> vpc.call(u))).isEqualTo("OperationFailed.NatTypeNotEnhanced");
        u.setNatType("Enhanced");
        u.setVSwitchId(other[1]);
        assertThat(code(() -> vpc.call(u))).isEqualTo("OperationFailed.VswNotBelongToVpc");
        u.setVSwitchId("vsw-nothere");
        assertThat(code(() -> vpc.call(u))).isEqualTo("OperationFailed.VswNotExist");
        u.setVSwitchId(net[1]);
        vpc.call(u);
        DescribeNatGatewaysRequest d = new DescribeNatGatewaysRequest();
        d.setNatGatewayId(id);
        assertThat(vpc.call(d).getNatGateways()).singleElement().satisfies(g -> {
            assertThat(g.getNatType()).isEqualTo("Enhanced");
            assertThat(g.getStatus()).isEqualTo("Available");
            assertThat(g.getNatGatewayPrivateInfo().getVswitchId()).isEqualTo(net[1]);
        });
        assertThat(code(() -> vpc.call(u))).isEqualTo("OperationUnsupported.NatConvert");
        u.setNatGatewayId("ngw-nothere");
        assertThat(code(() -> vpc.call(u))).isEqualTo("NATGW_NOT_EXIST");
    }

    /**
     * The provider's NAT example: alicloud_enhanced_nat_available_zones (ListEnhanhcedNatGatewayAvailableZones, its
     * first zone by ZoneId), a vSwitch in that zone, then the enhanced gateway in it.
     */
    @Test
    void anEnhancedGatewayInTheFirstZoneTheDataSourceOffers() throws Exception {
        var zones = vpc.call(new ListEnhanhcedNatGatewayAvailableZonesRequest()).getZones();
        assertThat(zones).extracting(z -> z.getZoneId()).contains(REGION + "-h", REGION + "-i")
                .allMatch(z -> z.startsWith(REGION + "-"));
        assertThat(zones).allSatisfy(z -> assertThat(z.getLocalName()).isEqualTo(z.getZoneId()));
        String first = zones.stream().map(z -> z.getZoneId()).sorted().findFirst().orElseThrow();
        CreateVpcRequest v = new CreateVpcRequest();
        v.setCidrBlock("10.32.0.0/16");
        String vpcId = vpc.call(v).getVpcId();
        CreateVSwitchRequest s = new CreateVSwitchRequest();
        s.setVpcId(vpcId);
        s.setCidrBlock("10.32.1.0/24");
        s.setZoneId(first);
        String id = gateway(new String[] {vpcId, vpc.call(s).getVSwitchId()}).getNatGatewayId();
        assertThat(read(id)).singleElement().satisfies(g -> assertThat(g.getNatType()).isEqualTo("Enhanced"));
    }

    public static class Recipe implements Recipes.RecipeBook {
        /** [gateway, snat table, forward table, vswitch, eip address] of a new gateway with a bound EIP. */
        private static String[] setup(AliyunApi api) {
            String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.40.0.0/16").path("VpcId").asString();
            String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.40.1.0/24",
                    "ZoneId", REGION + "-h").path("VSwitchId").asString();
            JsonNode nat = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", vpc, "VSwitchId", vsw, "NatType", "Enhanced");
            String id = nat.path("NatGatewayId").asString();
            JsonNode eip = api.vpc("AllocateEipAddress", "RegionId", REGION);
            api.vpc("AssociateEipAddress", "RegionId", REGION, "AllocationId", eip.path("AllocationId").asString(),
                    "InstanceId", id, "InstanceType", "Nat");
            return new String[] {id, "stb-" + id.substring(4), "ftb-" + id.substring(4), vsw, eip.path("EipAddress").asString()};
        }

        private static String[] withSnat(AliyunApi api) {
            String[] s = setup(api);
            String entry = api.vpc("CreateSnatEntry", "RegionId", REGION, "SnatTableId", s[1], "SourceVSwitchId", s[3],
                    "SnatIp", s[4]).path("SnatEntryId").asString();
            return new String[] {s[0], s[1], entry};
        }

        private static String[] withForward(AliyunApi api) {
            String[] s = setup(api);
            String entry = api.vpc("CreateForwardEntry", "RegionId", REGION, "ForwardTableId", s[2], "ExternalIp", s[4],
                    "ExternalPort", "80", "InternalIp", "10.40.1.5", "InternalPort", "80", "IpProtocol", "tcp")
                    .path("ForwardEntryId").asString();
            return new String[] {s[0], s[2], entry};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("ListEnhanhcedNatGatewayAvailableZones", api -> AliyunApi.params("RegionId", REGION));
            r.vpc("CreateNatGateway", api -> {
                String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.40.0.0/16").path("VpcId").asString();
                String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.40.1.0/24",
                        "ZoneId", REGION + "-h").path("VSwitchId").asString();
                return AliyunApi.params("RegionId", REGION, "VpcId", vpc, "VSwitchId", vsw, "NatType", "Enhanced");
            }).fails("InvalidVpcId.NotFound", api -> AliyunApi.params("RegionId", REGION, "VpcId", "vpc-nothere",
                    "VSwitchId", "vsw-nothere"));
            r.vpc("DescribeNatGateways", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", setup(api)[0]));
            r.vpc("UpdateNatGatewayNatType", api -> {
                String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.41.0.0/16").path("VpcId")
                        .asString();
                String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.41.1.0/24",
                        "ZoneId", REGION + "-h").path("VSwitchId").asString();
                String id = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", vpc, "NatType", "Normal")
                        .path("NatGatewayId").asString();
                return AliyunApi.params("RegionId", REGION, "NatGatewayId", id, "NatType", "Enhanced", "VSwitchId",
                        vsw);
            });
            r.vpc("ModifyNatGatewayAttribute", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", setup(api)[0],
                    "Name", "n")).fails("InvalidNatGatewayId.NotFound", api -> AliyunApi.params("RegionId", REGION,
                    "NatGatewayId", "ngw-nothere"));
            r.vpc("DeleteNatGateway", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", setup(api)[0], "Force", "true"))
                    .fails("DependencyViolation.EIPS", api -> AliyunApi.params("RegionId", REGION, "NatGatewayId", setup(api)[0]));
            r.vpc("CreateSnatEntry", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "SnatTableId", s[1], "SourceCIDR", "10.40.1.0/24", "SnatIp", s[4]);
            }).fails("EIP_NOT_IN_GATEWAY", api -> AliyunApi.params("RegionId", REGION, "SnatTableId", setup(api)[1],
                    "SourceCIDR", "10.40.1.0/24", "SnatIp", "198.51.100.1"));
            r.vpc("DescribeSnatTableEntries", api -> {
                String[] s = withSnat(api);
                return AliyunApi.params("RegionId", REGION, "SnatTableId", s[1], "SnatEntryId", s[2]);
            });
            r.vpc("ModifySnatEntry", api -> {
                String[] s = withSnat(api);
                return AliyunApi.params("RegionId", REGION, "SnatTableId", s[1], "SnatEntryId", s[2], "SnatEntryName", "n");
            });
            r.vpc("DeleteSnatEntry", api -> {
                String[] s = withSnat(api);
                return AliyunApi.params("RegionId", REGION, "SnatTableId", s[1], "SnatEntryId", s[2]);
            }).fails("InvalidSnatEntryId.NotFound", api -> AliyunApi.params("RegionId", REGION, "SnatTableId",
                    setup(api)[1], "SnatEntryId", "snat-nothere"));
            r.vpc("CreateForwardEntry", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", s[2], "ExternalIp", s[4], "ExternalPort",
                        "443", "InternalIp", "10.40.1.9", "InternalPort", "443", "IpProtocol", "tcp");
            }).fails("InvalidProtocal.ValueNotSupported", api -> {
                String[] s = setup(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", s[2], "ExternalIp", s[4], "ExternalPort",
                        "443", "InternalIp", "10.40.1.9", "InternalPort", "443", "IpProtocol", "icmp");
            });
            r.vpc("DescribeForwardTableEntries", api -> {
                String[] s = withForward(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", s[1], "ForwardEntryId", s[2]);
            });
            r.vpc("ModifyForwardEntry", api -> {
                String[] s = withForward(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", s[1], "ForwardEntryId", s[2],
                        "InternalPort", "8080");
            });
            r.vpc("ModifyNatGatewaySpec", api -> {
                String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.40.0.0/16").path("VpcId").asString();
                String vsw = api.vpc("CreateVSwitch", "RegionId", REGION, "VpcId", vpc, "CidrBlock", "10.40.1.0/24",
                        "ZoneId", REGION + "-h").path("VSwitchId").asString();
                String id = api.vpc("CreateNatGateway", "RegionId", REGION, "VpcId", vpc, "VSwitchId", vsw,
                        "InternetChargeType", "PayBySpec", "Spec", "Small").path("NatGatewayId").asString();
                return AliyunApi.params("RegionId", REGION, "NatGatewayId", id, "Spec", "Middle");
            });
            r.vpc("DeleteForwardEntry", api -> {
                String[] s = withForward(api);
                return AliyunApi.params("RegionId", REGION, "ForwardTableId", s[1], "ForwardEntryId", s[2]);
            });
        }
    }
}
