package io.cloudtwin.aliyun;

import static io.cloudtwin.support.TeaCalls.race;
import static io.cloudtwin.support.TeaCalls.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.AuthorizeSecurityGroupEgressRequest;
import com.aliyun.ecs20140526.models.AuthorizeSecurityGroupRequest;
import com.aliyun.ecs20140526.models.CreatePrefixListRequest;
import com.aliyun.ecs20140526.models.CreatePrefixListRequest.CreatePrefixListRequestEntry;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.DeletePrefixListRequest;
import com.aliyun.ecs20140526.models.DescribePrefixListAssociationsRequest;
import com.aliyun.ecs20140526.models.DescribePrefixListAttributesRequest;
import com.aliyun.ecs20140526.models.DescribePrefixListAttributesResponseBody;
import com.aliyun.ecs20140526.models.DescribePrefixListsRequest;
import com.aliyun.ecs20140526.models.DescribePrefixListsResponseBody.DescribePrefixListsResponseBodyPrefixListsPrefixList;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupAttributeRequest;
import com.aliyun.ecs20140526.models.DescribeSecurityGroupAttributeResponseBody.DescribeSecurityGroupAttributeResponseBodyPermissionsPermission;
import com.aliyun.ecs20140526.models.ModifyPrefixListRequest;
import com.aliyun.ecs20140526.models.ModifyPrefixListRequest.ModifyPrefixListRequestAddEntry;
import com.aliyun.ecs20140526.models.ModifyPrefixListRequest.ModifyPrefixListRequestRemoveEntry;
import com.aliyun.ecs20140526.models.RevokeSecurityGroupRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_ecs_prefix_list and alicloud_security_group_rule's prefix_list_id through the tea client:
 * CreatePrefixList with Entry.N -> DescribePrefixListAttributes -> ModifyPrefixList (RemoveEntry.N, AddEntry.N) ->
 * AuthorizeSecurityGroup(Egress) with SourcePrefixListId/DestPrefixListId -> DescribeSecurityGroupAttribute, where the
 * provider finds the rule by its prefix list -> DescribePrefixListAssociations -> RevokeSecurityGroup -> DeletePrefixList.
 * Before, a rule naming a prefix list was stored without any peer. And the rules: entries within MaxEntries and of
 * the list's family, no deletion while a rule names the list (also when the two race), classic groups refused.
 */
class PrefixListTest extends ServerTestBase {
    private Client ecs;
    private AliyunApi api;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
        api = new AliyunApi(port);
    }

    private String prefixList(String name, int maxEntries, String... cidrs) throws Exception {
        return ecs.createPrefixList(new CreatePrefixListRequest().setRegionId(REGION).setPrefixListName(name)
                .setAddressFamily("IPv4").setMaxEntries(maxEntries).setEntry(entries(cidrs))).getBody()
                .getPrefixListId();
    }

    private static List<CreatePrefixListRequestEntry> entries(String... cidrs) {
        return Arrays.stream(cidrs).map(c -> new CreatePrefixListRequestEntry().setCidr(c)
                .setDescription("")).toList();
    }

    private String vpcGroup() throws Exception {
        String vpc = api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString();
        return ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION).setVpcId(vpc)).getBody()
                .getSecurityGroupId();
    }

    private DescribePrefixListAttributesResponseBody attributes(String id) throws Exception {
        return ecs.describePrefixListAttributes(new DescribePrefixListAttributesRequest().setRegionId(REGION)
                .setPrefixListId(id)).getBody();
    }

    private DescribePrefixListsResponseBodyPrefixListsPrefixList listed(String id) throws Exception {
        var found = ecs.describePrefixLists(new DescribePrefixListsRequest().setRegionId(REGION)
                .setPrefixListId(List.of(id))).getBody().getPrefixLists().getPrefixList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private List<DescribeSecurityGroupAttributeResponseBodyPermissionsPermission> rules(String group, String direction)
            throws Exception {
        return ecs.describeSecurityGroupAttribute(new DescribeSecurityGroupAttributeRequest().setRegionId(REGION)
                .setSecurityGroupId(group).setDirection(direction)).getBody().getPermissions().getPermission();
    }

    private AuthorizeSecurityGroupRequest ssh(String group, String prefixList) {
        return new AuthorizeSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(group).setIpProtocol("tcp")
                .setPortRange("22/22").setSourcePrefixListId(prefixList).setPolicy("accept").setPriority("1");
    }

    @Test
    void theProvidersLifecycleNamesThePrefixListInTheRule() throws Exception {
        String id = prefixList("office", 5, "10.0.0.0/8", "192.168.1.0/24");
        assertThat(id).matches("pl-[a-z0-9]{20}");
        var a = attributes(id);
        assertThat(a.getPrefixListName()).isEqualTo("office");
        assertThat(a.getAddressFamily()).isEqualTo("IPv4");
        assertThat(a.getMaxEntries()).isEqualTo(5);
        assertThat(a.getEntries().getEntry()).extracting(e -> e.getCidr())
                .containsExactly("10.0.0.0/8", "192.168.1.0/24");

        ecs.modifyPrefixList(new ModifyPrefixListRequest().setRegionId(REGION).setPrefixListId(id)
                .setPrefixListName("office-2").setDescription("the offices")
                .setRemoveEntry(List.of(new ModifyPrefixListRequestRemoveEntry().setCidr("10.0.0.0/8")))
                .setAddEntry(List.of(new ModifyPrefixListRequestAddEntry().setCidr("172.16.0.0/12")
                        .setDescription("vpn"))));
        a = attributes(id);
        assertThat(a.getPrefixListName()).isEqualTo("office-2");
        assertThat(a.getDescription()).isEqualTo("the offices");
        assertThat(a.getEntries().getEntry()).extracting(e -> e.getCidr() + " " + e.getDescription())
                .containsExactly("172.16.0.0/12 vpn", "192.168.1.0/24 ");
        assertThat(listed(id).getAssociationCount()).isZero();

        String group = vpcGroup();
        ecs.authorizeSecurityGroup(ssh(group, id));
        ecs.authorizeSecurityGroupEgress(new AuthorizeSecurityGroupEgressRequest().setRegionId(REGION)
                .setSecurityGroupId(group).setIpProtocol("tcp").setPortRange("443/443").setDestPrefixListId(id));
        var in = rules(group, "ingress");
        assertThat(in).singleElement().satisfies(p -> {
            assertThat(p.getSourcePrefixListId()).isEqualTo(id);
            assertThat(p.getSourcePrefixListName()).isEqualTo("office-2");
            assertThat(p.getSourceCidrIp()).isEmpty();
            assertThat(p.getPortRange()).isEqualTo("22/22");
        });
        assertThat(rules(group, "egress")).singleElement()
                .satisfies(p -> assertThat(p.getDestPrefixListId()).isEqualTo(id));
        ecs.authorizeSecurityGroup(ssh(group, id));
        assertThat(rules(group, "ingress")).as("the same rule again changes nothing").hasSize(1);

        var associations = ecs.describePrefixListAssociations(new DescribePrefixListAssociationsRequest()
                .setRegionId(REGION).setPrefixListId(id)).getBody().getPrefixListAssociations()
                .getPrefixListAssociation();
        assertThat(associations).singleElement().satisfies(s -> {
            assertThat(s.getResourceId()).isEqualTo(group);
            assertThat(s.getResourceType()).isEqualTo("securitygroup");
        });
        assertThat(listed(id).getAssociationCount()).isEqualTo(1);
        var inUse = refused(() -> ecs.deletePrefixList(new DeletePrefixListRequest().setRegionId(REGION)
                .setPrefixListId(id)));
        assertThat(inUse.getCode()).isEqualTo("NotAllowed.AssociationExist");

        ecs.revokeSecurityGroup(new RevokeSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(group)
                .setIpProtocol("tcp").setPortRange("22/22").setSourcePrefixListId(id).setPolicy("accept"));
        assertThat(rules(group, "ingress")).isEmpty();
        api.ecs("RevokeSecurityGroupEgress", "RegionId", REGION, "SecurityGroupId", group, "IpProtocol", "tcp",
                "PortRange", "443/443", "DestPrefixListId", id);
        ecs.deletePrefixList(new DeletePrefixListRequest().setRegionId(REGION).setPrefixListId(id));
        var gone = refused(() -> attributes(id));
        assertThat(gone.getCode()).isEqualTo("InvalidPrefixListId.NotFound");
        assertThat(gone.getStatusCode()).isEqualTo(404);
    }

    @Test
    void onlyAVpcGroupsRulesNameAPrefixListOfTheirScope() throws Exception {
        String id = prefixList("only-vpc", 2, "10.1.0.0/16");
        String classic = ecs.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)).getBody()
                .getSecurityGroupId();
        assertThat(refused(() -> ecs.authorizeSecurityGroup(ssh(classic, id))).getCode())
                .isEqualTo("NotSupported.ClassicNetworkPrefixList");
        String group = vpcGroup();
        var missing = refused(() -> ecs.authorizeSecurityGroup(ssh(group, "pl-missing")));
        assertThat(missing.getCode()).isEqualTo("InvalidPrefixListId.NotFound");
        assertThat(rules(group, "ingress")).isEmpty();
    }

    @Test
    void entriesStayWithinMaxEntriesAndTheListsFamily() throws Exception {
        assertThat(refused(() -> prefixList("too-many", 1, "10.0.0.0/8", "11.0.0.0/8")).getCode())
                .isEqualTo("LimitExceed.Entry");
        assertThat(refused(() -> prefixList("twice", 3, "10.0.0.0/8", "10.0.0.0/8")).getCode())
                .isEqualTo("InvalidParameter.CidrDuplicated");
        assertThat(refused(() -> prefixList("bad", 3, "10.0.0.300/8")).getCode())
                .isEqualTo("InvalidParameter.CidrMalformed");
        assertThat(refused(() -> ecs.createPrefixList(new CreatePrefixListRequest().setRegionId(REGION)
                .setPrefixListName("v6").setAddressFamily("IPv6").setMaxEntries(2).setEntry(entries("10.0.0.0/8"))))
                .getCode()).isEqualTo("InvalidParameter.CidrMalformed");
        assertThat(refused(() -> ecs.createPrefixList(new CreatePrefixListRequest().setRegionId(REGION)
                .setPrefixListName("v5").setAddressFamily("IPv5").setMaxEntries(2))).getCode())
                .isEqualTo("InvalidParameter.AddressFamily");
        String v6 = ecs.createPrefixList(new CreatePrefixListRequest().setRegionId(REGION).setPrefixListName("v6")
                .setAddressFamily("IPv6").setMaxEntries(2).setEntry(entries("2001:db8::/32"))).getBody()
                .getPrefixListId();
        assertThat(attributes(v6).getEntries().getEntry()).extracting(e -> e.getCidr()).containsExactly("2001:db8::/32");

        String id = prefixList("full", 2, "10.0.0.0/8", "11.0.0.0/8");
        var full = refused(() -> ecs.modifyPrefixList(new ModifyPrefixListRequest().setRegionId(REGION)
                .setPrefixListId(id).setPrefixListName("renamed")
                .setAddEntry(List.of(new ModifyPrefixListRequestAddEntry().setCidr("12.0.0.0/8")))));
        assertThat(full.getCode()).isEqualTo("LimitExceed.Entry");
        assertThat(attributes(id).getPrefixListName()).as("nothing changed").isEqualTo("full");
        assertThat(attributes(id).getEntries().getEntry()).hasSize(2);
        assertThat(ecs.describePrefixLists(new DescribePrefixListsRequest().setRegionId(REGION)
                .setAddressFamily("IPv6")).getBody().getPrefixLists().getPrefixList())
                .extracting(p -> p.getPrefixListId()).containsExactly(v6);
    }

    @Test
    void aDeletionAndARuleNamingTheListWaitForEachOther() throws Exception {
        String group = vpcGroup();
        for (int round = 0; round < 4; round++) {
            String id = prefixList("raced-" + round, 2, "10.0.0.0/8");
            var outcomes = race(racing(), () -> ecs.deletePrefixList(new DeletePrefixListRequest().setRegionId(REGION)
                    .setPrefixListId(id)), () -> ecs.authorizeSecurityGroup(ssh(group, id)));
            boolean named = rules(group, "ingress").stream().anyMatch(p -> id.equals(p.getSourcePrefixListId()));
            if (outcomes.get(0).equals("ok")) {
                assertThat(outcomes.get(1)).isEqualTo("InvalidPrefixListId.NotFound");
                assertThat(named).as("no rule names a deleted list").isFalse();
            } else {
                assertThat(outcomes).containsExactly("NotAllowed.AssociationExist", "ok");
                assertThat(named).isTrue();
                ecs.revokeSecurityGroup(new RevokeSecurityGroupRequest().setRegionId(REGION).setSecurityGroupId(group)
                        .setIpProtocol("tcp").setPortRange("22/22").setSourcePrefixListId(id).setPolicy("accept"));
            }
        }
    }

    @Test
    void listsAndTheRulesNamingThemSurviveTheStateRoundTrip() throws Exception {
        String id = prefixList("exported", 3, "10.0.0.0/8");
        String group = vpcGroup();
        ecs.authorizeSecurityGroup(ssh(group, id));
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(exported).contains("prefixLists").contains(id);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(attributes(id).getEntries().getEntry()).extracting(e -> e.getCidr()).containsExactly("10.0.0.0/8");
        assertThat(rules(group, "ingress")).singleElement()
                .satisfies(p -> assertThat(p.getSourcePrefixListId()).isEqualTo(id));
        assertThat(refused(() -> ecs.deletePrefixList(new DeletePrefixListRequest().setRegionId(REGION)
                .setPrefixListId(id))).getCode()).isEqualTo("NotAllowed.AssociationExist");
    }

    /** Conformance calls: each prefix list action, answered as its metadata describes. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String prefixList(AliyunApi api) {
            return api.ecs("CreatePrefixList", "RegionId", REGION, "PrefixListName", "pl-" + System.nanoTime(),
                    "AddressFamily", "IPv4", "MaxEntries", "3", "Entry.1.Cidr", "10.0.0.0/8").path("PrefixListId")
                    .asString();
        }

        @Override
        public void register(Recipes r) {
            r.ecs("CreatePrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListName", "pl-c",
                    "AddressFamily", "IPv4", "MaxEntries", "2", "Entry.1.Cidr", "10.0.0.0/8", "Entry.1.Description",
                    "dc", "Description", "dd", "Tag.1.Key", "k", "Tag.1.Value", "v"));
            r.ecs("DescribePrefixLists", api -> AliyunApi.params("RegionId", REGION, "PrefixListId.1",
                    prefixList(api)));
            r.ecs("DescribePrefixListAttributes", api -> AliyunApi.params("RegionId", REGION, "PrefixListId",
                    prefixList(api)));
            r.ecs("ModifyPrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListId", prefixList(api),
                    "RemoveEntry.1.Cidr", "10.0.0.0/8", "AddEntry.1.Cidr", "11.0.0.0/8"));
            r.ecs("DeletePrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListId", prefixList(api)));
            r.ecs("DescribePrefixListAssociations", api -> AliyunApi.params("RegionId", REGION, "PrefixListId",
                    prefixList(api)));
        }
    }
}
