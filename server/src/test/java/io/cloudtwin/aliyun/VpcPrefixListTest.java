package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ServerTestBase;

/**
 * alicloud_vpc_prefix_list as the provider drives it over RPC: CreateVpcPrefixList, then its read (ListPrefixLists by
 * PrefixListIds.1 until Status is Created, GetVpcPrefixListEntries, GetVpcPrefixListAssociations), an update
 * (ModifyVpcPrefixList: name, description, MaxEntries, RemovePrefixListEntry.N then AddPrefixListEntry.N; TagResources;
 * MoveResourceGroup), and a delete that waits until ListPrefixLists no longer finds it. A VPC prefix list is not ECS's:
 * DescribePrefixLists does not list it and no security group rule names it.
 */
class VpcPrefixListTest extends ServerTestBase {
    private AliyunApi api;

    @BeforeEach
    void api() {
        api = new AliyunApi(port);
    }

    private JsonNode listed(String id) {
        return api.vpc("ListPrefixLists", "RegionId", REGION, "PrefixListIds.1", id).path("PrefixLists");
    }

    private List<String> entries(String id) {
        List<String> out = new ArrayList<>();
        api.vpc("GetVpcPrefixListEntries", "RegionId", REGION, "PrefixListId", id).path("PrefixListEntry")
                .forEach(e -> out.add(e.path("Cidr").asString() + " " + e.path("Description").asString()));
        return out;
    }

    private String code(String action, String... kv) {
        return api.refusal("Vpc", action, kv);
    }

    private String ecsCode(String action, String... kv) {
        return api.refusal("Ecs", action, kv);
    }

    @Test
    void theProvidersLifecycle() throws Exception {
        String id = api.vpc("CreateVpcPrefixList", "RegionId", REGION, "ClientToken", "tf-1", "IpVersion", "IPV4",
                "MaxEntries", "3", "PrefixListName", "office", "PrefixListDescription", "the office",
                "PrefixListEntries.1.Cidr", "192.168.0.0/16", "PrefixListEntries.1.Description", "lan")
                .path("PrefixListId").asString();
        assertThat(id).matches("pl-[a-z0-9]{20}");
        assertThat(api.vpc("CreateVpcPrefixList", "RegionId", REGION, "ClientToken", "tf-1", "IpVersion", "IPV4",
                "PrefixListName", "office").path("PrefixListId").asString()).as("the client token's").isEqualTo(id);

        var p = listed(id);
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.path(0).path("Status").asString()).as("the provider waits for it").isEqualTo("Created");
        assertThat(p.path(0).path("PrefixListName").asString()).isEqualTo("office");
        assertThat(p.path(0).path("PrefixListDescription").asString()).isEqualTo("the office");
        assertThat(p.path(0).path("IpVersion").asString()).isEqualTo("IPV4");
        assertThat(p.path(0).path("MaxEntries").asInt()).isEqualTo(3);
        assertThat(p.path(0).path("CidrBlocks").path(0).asString()).isEqualTo("192.168.0.0/16");
        assertThat(p.path(0).path("ResourceGroupId").asString()).startsWith("rg-");
        assertThat(entries(id)).containsExactly("192.168.0.0/16 lan");
        var associations = api.vpc("GetVpcPrefixListAssociations", "RegionId", REGION, "PrefixListId", id)
                .path("PrefixListAssociation");
        assertThat(associations.isArray()).isTrue();
        assertThat(associations.size()).isZero();

        api.vpc("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", id, "PrefixListName", "office2",
                "MaxEntries", "2", "RemovePrefixListEntry.1.Cidr", "192.168.0.0/16", "AddPrefixListEntry.1.Cidr",
                "10.0.0.0/8", "AddPrefixListEntry.1.Description", "dc", "AddPrefixListEntry.2.Cidr", "172.16.0.0/12");
        assertThat(entries(id)).as("removed, then added").containsExactly("10.0.0.0/8 dc", "172.16.0.0/12 ");
        assertThat(listed(id).path(0).path("PrefixListName").asString()).isEqualTo("office2");
        assertThat(listed(id).path(0).path("MaxEntries").asInt()).isEqualTo(2);

        assertThat(code("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", id, "AddPrefixListEntry.1.Cidr",
                "11.0.0.0/8")).as("over MaxEntries").isEqualTo("OperationFailed.CidrCountExceedMaxCount");
        assertThat(code("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", id, "MaxEntries", "1"))
                .as("below the blocks it keeps").isEqualTo("OperationFailed.CidrCountExceedMaxCount");
        assertThat(code("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", id, "AddPrefixListEntry.1.Cidr",
                "10.0.0.0/8")).isEqualTo("DuplicatedParam.CidrBlock");
        assertThat(code("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", id, "AddPrefixListEntry.1.Cidr",
                "not-a-block")).isEqualTo("IllegalParam.CidrBlock");
        assertThat(code("ModifyVpcPrefixList", "RegionId", REGION, "PrefixListId", "pl-nothere", "PrefixListName",
                "x1")).isEqualTo("ResourceNotFound.PrefixList");
        assertThat(entries(id)).as("a refusal changes nothing").containsExactly("10.0.0.0/8 dc", "172.16.0.0/12 ");

        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "ResourceId.1", id, "Tag.1.Key",
                "team", "Tag.1.Value", "net");
        assertThat(listed(id).path(0).path("Tags").path(0).path("Key").asString()).isEqualTo("team");
        assertThat(api.vpc("ListPrefixLists", "RegionId", REGION, "Tags.1.Key", "team", "Tags.1.Value", "net")
                .path("PrefixLists").size()).isEqualTo(1);
        api.vpc("MoveResourceGroup", "RegionId", REGION, "ResourceType", "PrefixList", "ResourceId", id,
                "NewResourceGroupId", "rg-aekzteam");
        assertThat(listed(id).path(0).path("ResourceGroupId").asString()).isEqualTo("rg-aekzteam");

        String exported = admin("GET", "/_cloudtwin/state", null).body();
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", exported).statusCode()).isEqualTo(200);
        assertThat(entries(id)).as("kept through the state document").containsExactly("10.0.0.0/8 dc",
                "172.16.0.0/12 ");
        assertThat(listed(id).size()).as("still the VPC product's").isEqualTo(1);

        api.vpc("DeleteVpcPrefixList", "RegionId", REGION, "PrefixListId", id);
        assertThat(listed(id).size()).as("the provider's delete waits for this").isZero();
        assertThat(code("DeleteVpcPrefixList", "RegionId", REGION, "PrefixListId", id))
                .as("gone: the metadata's code, without the tab its metadata spells it with")
                .isEqualTo("ResourceNotFound.PrefixList");
    }

    @Test
    void eachProductSeesOnlyItsOwnPrefixLists() throws Exception {
        String vpcList = api.vpc("CreateVpcPrefixList", "RegionId", REGION, "PrefixListName", "vpc-side",
                "PrefixListEntries.1.Cidr", "10.0.0.0/8").path("PrefixListId").asString();
        String ecsList = api.ecs("CreatePrefixList", "RegionId", REGION, "PrefixListName", "ecs-side",
                "AddressFamily", "IPv4", "MaxEntries", "2", "Entry.1.Cidr", "10.0.0.0/8").path("PrefixListId")
                .asString();
        assertThat(listed(ecsList).size()).as("ListPrefixLists: the VPC product's only").isZero();
        assertThat(api.ecs("DescribePrefixLists", "RegionId", REGION, "PrefixListId.1", vpcList).path("PrefixLists")
                .path("PrefixList").size()).as("DescribePrefixLists: ECS's only").isZero();
        assertThat(code("GetVpcPrefixListEntries", "RegionId", REGION, "PrefixListId", ecsList))
                .isEqualTo("ResourceNotFound.PrefixList");

        api.ecs("TagResources", "RegionId", REGION, "ResourceType", "prefixlist", "ResourceId.1", ecsList,
                "Tag.1.Key", "side", "Tag.1.Value", "ecs");
        api.vpc("TagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "ResourceId.1", vpcList,
                "Tag.1.Key", "side", "Tag.1.Value", "vpc");
        assertThat(ecsCode("TagResources", "RegionId", REGION, "ResourceType", "prefixlist", "ResourceId.1",
                vpcList, "Tag.1.Key", "k")).as("ECS tags its own prefix lists only")
                .isEqualTo(ecsCode("TagResources", "RegionId", REGION, "ResourceType", "prefixlist",
                        "ResourceId.1", "pl-none", "Tag.1.Key", "k"));
        assertThat(code("TagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "ResourceId.1", ecsList,
                "Tag.1.Key", "k")).as("the VPC product tags its own prefix lists only")
                .isEqualTo(code("TagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "ResourceId.1",
                        "vpcpl-none", "Tag.1.Key", "k"));
        assertThat(code("UntagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "ResourceId.1", ecsList,
                "TagKey.1", "side")).isEqualTo(code("UntagResources", "RegionId", REGION, "ResourceType",
                "PREFIXLIST", "ResourceId.1", "vpcpl-none", "TagKey.1", "side"));
        assertThat(code("MoveResourceGroup", "RegionId", REGION, "ResourceType", "PrefixList", "ResourceId", ecsList,
                "NewResourceGroupId", "rg-other")).isEqualTo(code("MoveResourceGroup", "RegionId", REGION,
                "ResourceType", "PrefixList", "ResourceId", "vpcpl-none", "NewResourceGroupId", "rg-other"));
        assertThat(tagged(api.ecs("ListTagResources", "RegionId", REGION, "ResourceType", "prefixlist", "Tag.1.Key",
                "side")
                .path("TagResources").path("TagResource"))).as("ECS lists its own prefix lists' tags")
                .containsExactly(ecsList + " side=ecs");
        assertThat(tagged(api.vpc("ListTagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "Tag.1.Key",
                "side")
                .path("TagResources").path("TagResource"))).as("the VPC product lists its own prefix lists' tags")
                .containsExactly(vpcList + " side=vpc");
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        String older = exported.replace("\"vpc_prefix_list\"", "\"prefix_list\"");
        assertThat(older).as("the VPC list's tag is exported under its own kind").isNotEqualTo(exported);
        assertThat(admin("POST", "/_cloudtwin/state?replace=true", older).statusCode()).isEqualTo(200);
        assertThat(tagged(api.vpc("ListTagResources", "RegionId", REGION, "ResourceType", "PREFIXLIST", "Tag.1.Key",
                "side").path("TagResources").path("TagResource")))
                .as("a document written before the VPC's lists had a kind of their own: its tag is the VPC list's")
                .containsExactly(vpcList + " side=vpc");
        assertThat(tagged(api.ecs("ListTagResources", "RegionId", REGION, "ResourceType", "prefixlist", "Tag.1.Key",
                "side").path("TagResources").path("TagResource"))).containsExactly(ecsList + " side=ecs");

        String group = api.ecs("CreateSecurityGroup", "RegionId", REGION, "VpcId",
                api.vpc("CreateVpc", "RegionId", REGION, "CidrBlock", "10.0.0.0/16").path("VpcId").asString())
                .path("SecurityGroupId").asString();
        var rule = api.send("Ecs", "AuthorizeSecurityGroup", "JSON", AliyunApi.params("RegionId", REGION,
                "SecurityGroupId", group, "IpProtocol", "tcp", "PortRange", "22/22", "SourcePrefixListId", vpcList));
        assertThat(rule.status()).as("a rule names an ECS prefix list only").isBetween(400, 404);

        assertThat(code("CreateVpcPrefixList", "RegionId", REGION, "IpVersion", "IPV5")).isEqualTo(
                "UnsupportedFeature.IpVersion");
        assertThat(code("CreateVpcPrefixList", "RegionId", REGION, "IpVersion", "IPV6", "PrefixListEntries.1.Cidr",
                "10.0.0.0/8")).as("a block of the other version").isEqualTo("IllegalParam.CidrBlock");
        assertThat(code("CreateVpcPrefixList", "RegionId", REGION, "MaxEntries", "1", "PrefixListEntries.1.Cidr",
                "10.0.0.0/8", "PrefixListEntries.2.Cidr", "11.0.0.0/8"))
                .isEqualTo("OperationFailed.CidrCountExceedMaxCount");
        assertThat(code("CreateVpcPrefixList", "RegionId", REGION, "PrefixListEntries.1.Cidr", "10.0.0.0/8",
                "PrefixListEntries.2.Cidr", "10.0.0.0/8")).isEqualTo("DuplicatedParam.CidrBlock");
        String v6 = api.vpc("CreateVpcPrefixList", "RegionId", REGION, "IpVersion", "IPV6",
                "PrefixListEntries.1.Cidr", "2408:4005::/32").path("PrefixListId").asString();
        assertThat(listed(v6).path(0).path("IpVersion").asString()).isEqualTo("IPV6");
        assertThat(listed(v6).path(0).path("MaxEntries").asInt()).as("the default").isEqualTo(50);
    }

    private static List<String> tagged(JsonNode resources) {
        List<String> out = new ArrayList<>();
        resources.forEach(t -> out.add(t.path("ResourceId").asString() + " " + t.path("TagKey").asString() + "="
                + t.path("TagValue").asString()));
        return out;
    }

    /** Conformance calls: each served action of the VPC product's prefix lists. */
    public static class Recipe implements Recipes.RecipeBook {
        private static String prefixList(AliyunApi api) {
            return api.vpc("CreateVpcPrefixList", "RegionId", REGION, "PrefixListName", "p" + System.nanoTime(),
                    "MaxEntries", "3", "PrefixListEntries.1.Cidr", "10.0.0.0/8").path("PrefixListId").asString();
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreateVpcPrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListName", "pc",
                    "IpVersion", "IPV4", "MaxEntries", "2", "PrefixListEntries.1.Cidr", "10.0.0.0/8",
                    "PrefixListEntries.1.Description", "dc", "PrefixListDescription", "dd", "Tag.1.Key", "k",
                    "Tag.1.Value", "v"));
            r.vpc("ListPrefixLists", api -> AliyunApi.params("RegionId", REGION, "PrefixListIds.1",
                    prefixList(api)));
            r.vpc("GetVpcPrefixListEntries", api -> AliyunApi.params("RegionId", REGION, "PrefixListId",
                    prefixList(api))).fails("ResourceNotFound.PrefixList", api -> AliyunApi.params("RegionId",
                    REGION, "PrefixListId", "pl-nothere"));
            r.vpc("GetVpcPrefixListAssociations", api -> AliyunApi.params("RegionId", REGION, "PrefixListId",
                    prefixList(api)));
            r.vpc("ModifyVpcPrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListId", prefixList(api),
                    "RemovePrefixListEntry.1.Cidr", "10.0.0.0/8", "AddPrefixListEntry.1.Cidr", "11.0.0.0/8",
                    "MaxEntries", "4")).fails("ResourceNotFound.PrefixList", api -> AliyunApi.params("RegionId",
                    REGION, "PrefixListId", "pl-nothere", "PrefixListName", "x1"));
            r.vpc("DeleteVpcPrefixList", api -> AliyunApi.params("RegionId", REGION, "PrefixListId",
                    prefixList(api)));
        }
    }
}
