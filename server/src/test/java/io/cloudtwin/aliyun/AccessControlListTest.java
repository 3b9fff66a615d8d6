package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.slb20140515.Client;
import com.aliyun.slb20140515.models.AddAccessControlListEntryRequest;
import com.aliyun.slb20140515.models.CreateAccessControlListRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerRequest;
import com.aliyun.slb20140515.models.CreateLoadBalancerTCPListenerRequest;
import com.aliyun.slb20140515.models.DeleteAccessControlListRequest;
import com.aliyun.slb20140515.models.DescribeAccessControlListAttributeRequest;
import com.aliyun.slb20140515.models.DescribeAccessControlListAttributeResponseBody;
import com.aliyun.slb20140515.models.DescribeAccessControlListsRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.DescribeLoadBalancerTCPListenerAttributeResponseBody;
import com.aliyun.slb20140515.models.ListTagResourcesRequest;
import com.aliyun.slb20140515.models.RemoveAccessControlListEntryRequest;
import com.aliyun.slb20140515.models.SetAccessControlListAttributeRequest;
import com.aliyun.slb20140515.models.SetLoadBalancerTCPListenerAttributeRequest;
import com.aliyun.slb20140515.models.TagResourcesRequest;
import com.aliyun.tea.TeaException;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Access control lists as alicloud_slb_acl, alicloud_slb_acl_entry_attachment and alicloud_slb_listener's acl_status,
 * acl_type and acl_id drive them (CreateAccessControlList, Add/RemoveAccessControlListEntry with AclEntrys,
 * DescribeAccessControlListAttribute, whose AclNotExist the provider reads as gone, SetAccessControlListAttribute, a
 * listener with AclId, DeleteAccessControlList), through the SDK; the entries' rules, a list a listener binds stays, a
 * race of a deletion and a listener, and the state round trip.
 */
class AccessControlListTest extends ServerTestBase {
    private Client slb;

    @BeforeEach
    void clients() throws Exception {
        slb = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION));
    }

    private String acl(String name, String version) throws Exception {
        return slb.createAccessControlList(new CreateAccessControlListRequest().setRegionId(REGION).setAclName(name)
                .setAddressIPVersion(version)).getBody().getAclId();
    }

    private void add(String acl, String entrys) throws Exception {
        slb.addAccessControlListEntry(new AddAccessControlListEntryRequest().setRegionId(REGION).setAclId(acl)
                .setAclEntrys(entrys));
    }

    private DescribeAccessControlListAttributeResponseBody read(String acl) throws Exception {
        return slb.describeAccessControlListAttribute(new DescribeAccessControlListAttributeRequest()
                .setRegionId(REGION).setAclId(acl)).getBody();
    }

    /** The list's entries as "block comment". */
    private List<String> entries(String acl) throws Exception {
        return read(acl).getAclEntrys().getAclEntry().stream()
                .map(e -> e.getAclEntryIP() + " " + e.getAclEntryComment()).toList();
    }

    private String loadBalancer() throws Exception {
        return slb.createLoadBalancer(new CreateLoadBalancerRequest().setRegionId(REGION)
                .setLoadBalancerSpec("slb.s1.small")).getBody().getLoadBalancerId();
    }

    private CreateLoadBalancerTCPListenerRequest tcp(String lb, int port, String acl) {
        return new CreateLoadBalancerTCPListenerRequest().setRegionId(REGION).setLoadBalancerId(lb)
                .setListenerPort(port).setBackendServerPort(port).setBandwidth(-1).setAclStatus("on")
                .setAclType("white").setAclId(acl);
    }

    private DescribeLoadBalancerTCPListenerAttributeResponseBody listener(String lb, int port) throws Exception {
        return slb.describeLoadBalancerTCPListenerAttribute(new DescribeLoadBalancerTCPListenerAttributeRequest()
                .setRegionId(REGION).setLoadBalancerId(lb).setListenerPort(port)).getBody();
    }

    private void delete(String acl) throws Exception {
        slb.deleteAccessControlList(new DeleteAccessControlListRequest().setRegionId(REGION).setAclId(acl));
    }

    @Test
    void aListItsEntriesAndAListenerTheProvidersWay() throws Exception {
        String acl = acl("tf-acl", "ipv4");
        assertThat(acl).startsWith("acl-");
        add(acl, "[{\"entry\":\"10.10.0.0/24\",\"comment\":\"office\"},{\"entry\":\"168.10.10.0/24\",\"comment\":\"\"}]");
        add(acl, "[{'entry':'192.168.1.7/32','comment':'one host'}]");
        var read = read(acl);
        assertThat(List.of(read.getAclName(), read.getAddressIPVersion(), read.getAclId())).containsExactly("tf-acl",
                "ipv4", acl);
        assertThat(read.getTotalAclEntry()).isEqualTo(3);
        assertThat(entries(acl)).containsExactly("10.10.0.0/24 office", "168.10.10.0/24 ", "192.168.1.7/32 one host");

        slb.setAccessControlListAttribute(new SetAccessControlListAttributeRequest().setRegionId(REGION).setAclId(acl)
                .setAclName("renamed"));
        slb.removeAccessControlListEntry(new RemoveAccessControlListEntryRequest().setRegionId(REGION).setAclId(acl)
                .setAclEntrys("[{\"entry\":\"168.10.10.0/24\"},{\"entry\":\"192.168.1.7\"},{\"entry\":\"1.1.1.0/24\"}]"));
        assertThat(read(acl).getAclName()).isEqualTo("renamed");
        assertThat(entries(acl)).containsExactly("10.10.0.0/24 office");
        var page = slb.describeAccessControlListAttribute(new DescribeAccessControlListAttributeRequest()
                .setRegionId(REGION).setAclId(acl).setPage(2).setPageSize(1)).getBody();
        assertThat(page.getAclEntrys().getAclEntry()).isEmpty();
        assertThat(page.getTotalAclEntry()).isEqualTo(1);

        // a listener binds it; the list stays while it does
        String lb = loadBalancer();
        slb.createLoadBalancerTCPListener(tcp(lb, 80, acl));
        var l = listener(lb, 80);
        assertThat(List.of(l.getAclStatus(), l.getAclType(), l.getAclId())).containsExactly("on", "white", acl);
        assertThat(read(acl).getRelatedListeners().getRelatedListener()).singleElement().satisfies(r ->
                assertThat(r.getLoadBalancerId() + ":" + r.getListenerPort() + "/" + r.getProtocol() + " "
                        + r.getAclType()).isEqualTo(lb + ":80/tcp white"));
        TeaException inUse = refused(() -> { delete(acl); return null; });
        assertThat(inUse.getCode()).isEqualTo("OperationFailed.AclBindedWithVip");

        // acl_status off: the listener no longer uses the list, and turned on again uses it again
        slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setAclStatus("off"));
        assertThat(read(acl).getRelatedListeners().getRelatedListener()).isEmpty();
        slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setAclStatus("on"));
        assertThat(read(acl).getRelatedListeners().getRelatedListener()).hasSize(1);
        slb.setLoadBalancerTCPListenerAttribute(new SetLoadBalancerTCPListenerAttributeRequest().setRegionId(REGION)
                .setLoadBalancerId(lb).setListenerPort(80).setAclStatus("off").setAclId(""));
        assertThat(read(acl).getRelatedListeners().getRelatedListener()).isEmpty();
        delete(acl);
        TeaException gone = refused(() -> read(acl));
        assertThat(gone.getCode()).isEqualTo("AclNotExist");
        assertThat(gone.getMessage()).contains("Acl does not exist");
        assertThat(refused(() -> { delete(acl); return null; }).getCode()).isEqualTo("AclNotExist");
    }

    @Test
    void entriesAreBlocksOfTheListsVersionOnceEachAndAtMostThreeHundred() throws Exception {
        String acl = acl("rules", null);
        add(acl, "[{\"entry\":\"10.0.0.0/8\",\"comment\":\"a\"},{\"entry\":\"10.0.0.0/8\",\"comment\":\"twice\"}]");
        assertThat(entries(acl)).as("a block given twice is added once").containsExactly("10.0.0.0/8 a");
        assertThat(refused(() -> { add(acl, "[{\"entry\":\"10.0.0.0/8\"}]"); return null; }).getCode())
                .isEqualTo("InvalidParam.AclEntryExists");
        assertThat(refused(() -> { add(acl, "[{\"entry\":\"300.0.0.0/8\"}]"); return null; }).getCode())
                .isEqualTo("AclEntryIllegal");
        assertThat(refused(() -> { add(acl, "[{\"entry\":\"2001:db8::/32\"}]"); return null; }).getCode())
                .isEqualTo("IllegalEntry");
        // all or none: the good block of a refused call is not added
        assertThat(refused(() -> { add(acl, "[{\"entry\":\"11.0.0.0/8\"},{\"entry\":\"nonsense\"}]"); return null; })
                .getCode()).isEqualTo("AclEntryIllegal");
        assertThat(entries(acl)).containsExactly("10.0.0.0/8 a");
        assertThat(refused(() -> { add(acl, "not json"); return null; }).getCode()).isEqualTo("InvalidParameter");
        assertThat(refused(() -> { add(acl, blocks(0, 51)); return null; }).getCode())
                .as("51 in one call").isEqualTo("AclEntryExceedLimit");
        for (int i = 0; i < 5; i++) add(acl, blocks(i * 50, 50));
        add(acl, blocks(250, 49));
        assertThat(read(acl).getTotalAclEntry()).isEqualTo(300);
        assertThat(refused(() -> { add(acl, blocks(299, 1)); return null; }).getCode())
                .as("the 301st").isEqualTo("AclEntryExceedLimit");

        String v6 = acl("six", "ipv6");
        add(v6, "[{\"entry\":\"2001:DB8::/32\"}]");
        assertThat(entries(v6)).containsExactly("2001:db8::/32 ");
        assertThat(refused(() -> { add(v6, "[{\"entry\":\"10.0.0.0/8\"}]"); return null; }).getCode())
                .isEqualTo("IllegalEntry");
        assertThat(refused(() -> acl("bad", "ipv5")).getCode()).isEqualTo("InvalidParameter");
        assertThat(refused(() -> { add("acl-none", "[{\"entry\":\"10.0.0.0/8\"}]"); return null; }).getCode())
                .isEqualTo("AclNotExist");
    }

    /** n blocks 20.x.y.0/24 from the i-th on, as AclEntrys. */
    private static String blocks(int from, int n) {
        StringBuilder out = new StringBuilder("[");
        for (int i = from; i < from + n; i++) {
            if (i > from) out.append(',');
            out.append("{\"entry\":\"20.").append(i / 256).append('.').append(i % 256).append(".0/24\"}");
        }
        return out.append(']').toString();
    }

    @Test
    void listsAreFoundByNamePartVersionAndTagAndPaged() throws Exception {
        String web = acl("paged-web", "ipv4");
        String db = acl("paged-db", "ipv4");
        String six = acl("paged-six", "ipv6");
        slb.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType("acl")
                .setResourceId(List.of(db)).setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag()
                        .setKey("tier").setValue("data"))));
        var all = slb.describeAccessControlLists(new DescribeAccessControlListsRequest().setRegionId(REGION)
                .setAclName("paged-")).getBody();
        assertThat(all.getAcls().getAcl()).extracting(a -> a.getAclId()).containsExactly(web, db, six);
        assertThat(all.getTotalCount()).isEqualTo(3);
        var tagged = slb.listTagResources(new ListTagResourcesRequest().setRegionId(REGION).setResourceType("acl")
                .setResourceId(List.of(web, db))).getBody().getTagResources().getTagResource();
        assertThat(tagged).singleElement().satisfies(t -> assertThat(t.getResourceId() + " " + t.getTagKey() + "="
                + t.getTagValue()).isEqualTo(db + " tier=data"));
        var v6 = slb.describeAccessControlLists(new DescribeAccessControlListsRequest().setRegionId(REGION)
                .setAclName("paged-").setAddressIPVersion("ipv6")).getBody().getAcls().getAcl();
        assertThat(v6).extracting(a -> a.getAclId()).containsExactly(six);
        var second = slb.describeAccessControlLists(new DescribeAccessControlListsRequest().setRegionId(REGION)
                .setAclName("paged-").setPageNumber(2).setPageSize(2)).getBody();
        assertThat(second.getAcls().getAcl()).extracting(a -> a.getAclId()).containsExactly(six);
        assertThat(List.of(second.getCount(), second.getTotalCount(), second.getPageNumber(), second.getPageSize()))
                .containsExactly(1, 3, 2, 2);
        assertThat(slb.describeAccessControlLists(new DescribeAccessControlListsRequest().setRegionId(REGION)
                .setAclName("paged_")).getBody().getAcls().getAcl()).as("_ is not a wildcard").isEmpty();
    }

    @Test
    void aListenerNamingAnUnknownListIsNotMade() throws Exception {
        String lb = loadBalancer();
        assertThat(refused(() -> slb.createLoadBalancerTCPListener(tcp(lb, 81, "acl-none"))).getCode())
                .isEqualTo("AclNotExist");
        assertThat(refused(() -> listener(lb, 81)).getCode()).isNotEqualTo("AclNotExist");
        slb.createLoadBalancerTCPListener(tcp(lb, 81, ""));
        assertThat(listener(lb, 81).getAclId()).isEmpty();
    }

    @Test
    void aDeletionAndAListenerThatBindsTheListNeverBothWin() throws Exception {
        String lb = loadBalancer();
        for (int round = 0; round < 5; round++) {
            String acl = acl("race", "ipv4");
            int port = 2000 + round;
            List<String> codes = race(racing(), () -> slb.createLoadBalancerTCPListener(tcp(lb, port, acl)),
                    () -> { delete(acl); return null; });
            assertThat(codes).as("listener, deletion").isIn(List.of("ok", "OperationFailed.AclBindedWithVip"),
                    List.of("AclNotExist", "ok"));
        }
    }

    @Test
    void listsRoundTripTheState() throws Exception {
        String acl = acl("kept", "ipv4");
        add(acl, "[{\"entry\":\"10.1.0.0/16\",\"comment\":\"vpn\"}]");
        String lb = loadBalancer();
        slb.createLoadBalancerTCPListener(tcp(lb, 80, acl));

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        var imported = admin("POST", "/_cloudtwin/state", exported);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);

        assertThat(read(acl).getAclName()).isEqualTo("kept");
        assertThat(entries(acl)).containsExactly("10.1.0.0/16 vpn");
        assertThat(listener(lb, 80).getAclId()).isEqualTo(acl);
        assertThat(refused(() -> { delete(acl); return null; }).getCode())
                .isEqualTo("OperationFailed.AclBindedWithVip");
    }

    /** Conformance recipes: each answer checked against the metadata's schema. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String setup(AliyunApi api) {
            String acl = api.slb("CreateAccessControlList", "RegionId", REGION, "AclName", "recipe").path("AclId")
                    .asString();
            api.slb("AddAccessControlListEntry", "RegionId", REGION, "AclId", acl, "AclEntrys",
                    "[{\"entry\":\"10.0.0.0/8\",\"comment\":\"c\"}]");
            return acl;
        }

        @Override
        public void register(Recipes r) {
            r.slb("CreateAccessControlList", api -> AliyunApi.params("RegionId", REGION, "AclName", "n",
                    "AddressIPVersion", "ipv4", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.slb("DescribeAccessControlLists", api -> {
                setup(api);
                return AliyunApi.params("RegionId", REGION, "AclName", "rec", "PageNumber", "1", "PageSize", "10");
            });
            r.slb("DescribeAccessControlListAttribute", api -> {
                String acl = setup(api);
                String lb = SlbScenarioTest.Recipe.setup(api)[0];
                api.slb("CreateLoadBalancerTCPListener", "RegionId", REGION, "LoadBalancerId", lb, "ListenerPort", "80",
                        "BackendServerPort", "80", "Bandwidth", "-1", "AclStatus", "on", "AclType", "black", "AclId",
                        acl);
                return AliyunApi.params("RegionId", REGION, "AclId", acl);
            }).fails("AclNotExist", api -> AliyunApi.params("RegionId", REGION, "AclId", "acl-missing"));
            r.slb("SetAccessControlListAttribute", api -> AliyunApi.params("RegionId", REGION, "AclId", setup(api),
                    "AclName", "m"));
            r.slb("AddAccessControlListEntry", api -> AliyunApi.params("RegionId", REGION, "AclId", setup(api),
                    "AclEntrys", "[{\"entry\":\"11.0.0.0/8\",\"comment\":\"d\"}]"))
                    .fails("InvalidParam.AclEntryExists", api -> AliyunApi.params("RegionId", REGION, "AclId",
                            setup(api), "AclEntrys", "[{\"entry\":\"10.0.0.0/8\"}]"));
            r.slb("RemoveAccessControlListEntry", api -> AliyunApi.params("RegionId", REGION, "AclId", setup(api),
                    "AclEntrys", "[{\"entry\":\"10.0.0.0/8\"}]"));
            r.slb("DeleteAccessControlList", api -> AliyunApi.params("RegionId", REGION, "AclId", setup(api)))
                    .fails("OperationFailed.AclBindedWithVip", api -> {
                        String acl = setup(api);
                        String lb = SlbScenarioTest.Recipe.setup(api)[0];
                        api.slb("CreateLoadBalancerTCPListener", "RegionId", REGION, "LoadBalancerId", lb,
                                "ListenerPort", "80", "BackendServerPort", "80", "Bandwidth", "-1", "AclStatus", "on",
                                "AclType", "white", "AclId", acl);
                        return AliyunApi.params("RegionId", REGION, "AclId", acl);
                    });
        }
    }
}
