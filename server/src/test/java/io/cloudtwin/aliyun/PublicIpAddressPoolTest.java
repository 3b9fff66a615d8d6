package io.cloudtwin.aliyun;

import static io.cloudtwin.support.ClassicSdk.code;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Future;

import com.aliyuncs.vpc.model.v20160428.AddPublicIpAddressPoolCidrBlockRequest;
import com.aliyuncs.vpc.model.v20160428.AllocateEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.CreatePublicIpAddressPoolRequest;
import com.aliyuncs.vpc.model.v20160428.DeletePublicIpAddressPoolCidrBlockRequest;
import com.aliyuncs.vpc.model.v20160428.DeletePublicIpAddressPoolRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesRequest;
import com.aliyuncs.vpc.model.v20160428.DescribeEipAddressesResponse;
import com.aliyuncs.vpc.model.v20160428.ListPublicIpAddressPoolCidrBlocksRequest;
import com.aliyuncs.vpc.model.v20160428.ListPublicIpAddressPoolCidrBlocksResponse;
import com.aliyuncs.vpc.model.v20160428.ListPublicIpAddressPoolsRequest;
import com.aliyuncs.vpc.model.v20160428.ListPublicIpAddressPoolsResponse;
import com.aliyuncs.vpc.model.v20160428.ReleaseEipAddressRequest;
import com.aliyuncs.vpc.model.v20160428.UpdatePublicIpAddressPoolAttributeRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.aliyun.spec.AliyunApi;
import io.cloudtwin.aliyun.spec.Recipes;
import io.cloudtwin.support.ClassicSdk;
import io.cloudtwin.support.ServerTestBase;

/**
 * Terraform's alicloud_vpc_public_ip_address_pool, alicloud_vpc_public_ip_address_pool_cidr_block and
 * alicloud_eip_address's public_ip_address_pool_id through the classic VPC SDK, in the provider's order: the pool
 * (CreatePublicIpAddressPool, read by ListPublicIpAddressPools with its id until Created), its blocks (by CidrBlock
 * or CidrMask, read by ListPublicIpAddressPoolCidrBlocks), EIPs from it, and the teardown that refuses while addresses
 * are held; the refusals, two accounts' blocks, a race for the last address and the state round trip.
 */
class PublicIpAddressPoolTest extends ServerTestBase {
    private ClassicSdk vpc;
    private AliyunApi raw;

    @BeforeEach
    void client() {
        vpc = new ClassicSdk(endpoint());
        raw = new AliyunApi(port);
    }

    private String create(ClassicSdk sdk, String name) throws Exception {
        CreatePublicIpAddressPoolRequest c = new CreatePublicIpAddressPoolRequest();
        c.setName(name);
        c.setDescription("pool of " + name);
        c.setIsp("BGP");
        c.setClientToken("token-" + name);
        return sdk.call(c).getPulbicIpAddressPoolId();
    }

    private AddPublicIpAddressPoolCidrBlockRequest block(String id, String cidr) {
        AddPublicIpAddressPoolCidrBlockRequest a = new AddPublicIpAddressPoolCidrBlockRequest();
        a.setPublicIpAddressPoolId(id);
        a.setCidrBlock(cidr);
        return a;
    }

    private ListPublicIpAddressPoolsResponse.PublicIpAddressPool read(String id) throws Exception {
        ListPublicIpAddressPoolsRequest l = new ListPublicIpAddressPoolsRequest();
        l.setPublicIpAddressPoolIdss(List.of(id));
        List<ListPublicIpAddressPoolsResponse.PublicIpAddressPool> found = vpc.call(l).getPublicIpAddressPoolList();
        return found.isEmpty() ? null : found.get(0);
    }

    private List<ListPublicIpAddressPoolCidrBlocksResponse.PublicIpPoolCidrBlock> blocks(String id, String cidr)
            throws Exception {
        ListPublicIpAddressPoolCidrBlocksRequest l = new ListPublicIpAddressPoolCidrBlocksRequest();
        l.setPublicIpAddressPoolId(id);
        l.setCidrBlock(cidr);
        return vpc.call(l).getPublicIpPoolCidrBlockList();
    }

    private AllocateEipAddressRequest eip(String poolId, String address) {
        AllocateEipAddressRequest a = new AllocateEipAddressRequest();
        a.setPublicIpAddressPoolId(poolId);
        if (address != null) a.putQueryParameter("IpAddress", address); // not in this SDK's model
        return a;
    }

    private DeletePublicIpAddressPoolCidrBlockRequest removeBlock(String id, String cidr) {
        DeletePublicIpAddressPoolCidrBlockRequest d = new DeletePublicIpAddressPoolCidrBlockRequest();
        d.setPublicIpAddressPoolId(id);
        d.setCidrBlock(cidr);
        return d;
    }

    private DeletePublicIpAddressPoolRequest remove(String id) {
        DeletePublicIpAddressPoolRequest d = new DeletePublicIpAddressPoolRequest();
        d.setPublicIpAddressPoolId(id);
        return d;
    }

    @Test
    void theProvidersPoolBlocksAndEips() throws Exception {
        String id = create(vpc, "pool-one");
        assertThat(id).startsWith("pippool-");
        assertThat(create(vpc, "pool-one")).as("the same ClientToken").isEqualTo(id);
        var made = read(id);
        assertThat(made.getStatus()).isEqualTo("Created");
        assertThat(made.getIsp()).isEqualTo("BGP");
        assertThat(made.getName()).isEqualTo("pool-one");
        assertThat(made.getTotalIpNum()).isZero();
        assertThat(made.getIpAddressRemaining()).isFalse();
        assertThat(made.getCreationTime()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");

        // CidrBlock of the answer (what the provider names the block by) is not in this SDK's model
        assertThat(raw.vpc("AddPublicIpAddressPoolCidrBlock", "RegionId", REGION, "PublicIpAddressPoolId", id,
                "CidrBlock", "47.118.126.0/25").path("CidrBlock").asString()).isEqualTo("47.118.126.0/25");
        String carved = raw.vpc("AddPublicIpAddressPoolCidrBlock", "RegionId", REGION, "PublicIpAddressPoolId", id,
                "CidrMask", "28").path("CidrBlock").asString();
        assertThat(carved).startsWith("198.19.").endsWith("/28");
        var listed = blocks(id, "47.118.126.0/25");
        assertThat(listed).extracting(b -> b.getCidrBlock() + " " + b.getStatus() + " " + b.getTotalIpNum())
                .containsExactly("47.118.126.0/25 Created 128");
        assertThat(read(id).getTotalIpNum()).isEqualTo(128 + 16);

        var allocated = vpc.call(eip(id, null));
        assertThat(allocated.getEipAddress()).isEqualTo("47.118.126.0");
        String chosen = vpc.call(eip(id, "47.118.126.77")).getAllocationId();
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setPublicIpAddressPoolId(id);
        List<DescribeEipAddressesResponse.EipAddress> eips = vpc.call(d).getEipAddresses();
        assertThat(eips).extracting(e -> e.getIpAddress() + " " + e.getPublicIpAddressPoolId())
                .containsExactly("47.118.126.0 " + id, "47.118.126.77 " + id);
        assertThat(read(id).getUsedIpNum()).isEqualTo(2);
        assertThat(blocks(id, "47.118.126.0/25").get(0).getUsedIpNum()).isEqualTo(2);

        assertThat(vpc.refusal(removeBlock(id, "47.118.126.0/25"))).isEqualTo("ResourceInUse.CidrBlock");
        assertThat(vpc.refusal(remove(id))).isEqualTo("ResourceInUse.PublicIpAddressPool");
        vpc.call(removeBlock(id, carved));
        for (String eip : List.of(allocated.getAllocationId(), chosen)) {
            ReleaseEipAddressRequest r = new ReleaseEipAddressRequest();
            r.setAllocationId(eip);
            vpc.call(r);
        }
        vpc.call(removeBlock(id, "47.118.126.0/25"));
        assertThat(blocks(id, null)).isEmpty();
        UpdatePublicIpAddressPoolAttributeRequest u = new UpdatePublicIpAddressPoolAttributeRequest();
        u.setPublicIpAddressPoolId(id);
        u.setName("renamed");
        vpc.call(u);
        assertThat(read(id).getName()).isEqualTo("renamed");
        raw.vpc("TagResources", "RegionId", REGION, "ResourceType", "PUBLICIPADDRESSPOOL", "ResourceId.1", id,
                "Tag.1.Key", "team", "Tag.1.Value", "net");
        raw.vpc("MoveResourceGroup", "RegionId", REGION, "ResourceType", "PUBLICIPADDRESSPOOL", "ResourceId", id,
                "NewResourceGroupId", "rg-pools");
        var listed2 = raw.vpc("ListPublicIpAddressPools", "RegionId", REGION, "PublicIpAddressPoolIds.1", id)
                .path("PublicIpAddressPoolList").path(0);
        assertThat(listed2.path("Tags").path(0).path("Key").asString()).isEqualTo("team");
        assertThat(listed2.path("ResourceGroupId").asString()).isEqualTo("rg-pools");
        vpc.call(remove(id));
        assertThat(read(id)).as("gone: the provider's not-found is an empty list").isNull();
    }

    @Test
    void refusalsChangeNothing() throws Exception {
        String id = create(vpc, "pool-two");
        CreatePublicIpAddressPoolRequest isp = new CreatePublicIpAddressPoolRequest();
        isp.setIsp("Satellite");
        assertThat(vpc.refusal(isp)).isEqualTo("IllegalParam.Isp");
        CreatePublicIpAddressPoolRequest url = new CreatePublicIpAddressPoolRequest();
        url.setName("https://pool");
        assertThat(vpc.refusal(url)).isEqualTo("IllegalParam.Name");
        assertThat(vpc.refusal(block(id, "10.1.0.0/24"))).isEqualTo("IllegalParam.CidrBlock");
        assertThat(vpc.refusal(block(id, "47.118.120.0/22"))).isEqualTo("IllegalParam.CidrBlockMask");
        assertThat(vpc.refusal(block(id, "47.118.120.7/28"))).isEqualTo("IllegalParam.CidrBlock");
        assertThat(vpc.refusal(block(id, null))).isEqualTo("MissingParam.CidrBlockOrCidrMask");
        AddPublicIpAddressPoolCidrBlockRequest both = block(id, "47.118.121.0/24");
        both.putQueryParameter("CidrMask", 24);
        assertThat(vpc.refusal(both)).isEqualTo("DuplicatedParam.CidrBlockAndCidrMask");
        assertThat(vpc.refusal(block("pippool-nothere", "47.118.121.0/24")))
                .isEqualTo("ResourceNotFound.PublicIpAddressPool");
        vpc.call(block(id, "47.118.121.0/24"));
        assertThat(vpc.refusal(block(id, "47.118.121.64/26"))).as("overlapping its own")
                .isEqualTo("IllegalParam.CidrBlock");
        assertThat(vpc.refusal(eip(id, "47.118.122.1"))).isEqualTo("Mismatch.IpAndPublicIpAddressPool");
        assertThat(vpc.refusal(eip("pippool-nothere", null))).isEqualTo("ResourceNotFound.PublicIpAddressPool");
        assertThat(vpc.refusal(removeBlock(id, "47.118.122.0/24"))).isEqualTo("ResourceNotFound.CidrBlock");
        assertThat(blocks(id, null)).extracting(b -> b.getCidrBlock()).containsExactly("47.118.121.0/24");
        assertThat(read(id).getUsedIpNum()).isZero();
    }

    @Test
    void anEipTakesItsPoolsLine() throws Exception {
        String id = raw.vpc("CreatePublicIpAddressPool", "RegionId", REGION, "Isp", "BGP_PRO")
                .path("PulbicIpAddressPoolId").asString();
        vpc.call(block(id, "47.118.120.0/28"));
        vpc.call(eip(id, null));
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setPublicIpAddressPoolId(id);
        assertThat(vpc.call(d).getEipAddresses()).extracting(e -> e.getIpAddress() + " " + e.getISP())
                .containsExactly("47.118.120.0 BGP_PRO");
        for (int i = 0; i < 12; i++) vpc.call(new AllocateEipAddressRequest());
        DescribeEipAddressesRequest all = new DescribeEipAddressesRequest();
        all.setPageSize(50);
        assertThat(vpc.call(all).getEipAddresses()).filteredOn(e -> e.getPublicIpAddressPoolId().isEmpty())
                .as("an EIP of no pool is never drawn from the carved half").hasSize(12)
                .allSatisfy(e -> assertThat(e.getIpAddress()).startsWith("198.18."));
    }

    @Test
    void anotherAccountsBlockIsNotToBeHad() throws Exception {
        ClassicSdk other = new ClassicSdk(endpoint(), "other-ak", "other-secret");
        String theirs = create(other, "theirs");
        other.call(block(theirs, "47.118.123.0/24"));
        String mine = create(vpc, "mine");
        assertThat(vpc.refusal(block(mine, "47.118.123.16/28")))
                .isEqualTo("OperationDenied.CidrBlockBelongToOtherUser");
        assertThat(vpc.refusal(eip(theirs, null))).as("their pool is not mine to take from")
                .isEqualTo("ResourceNotFound.PublicIpAddressPool");
    }

    @Test
    void oneOfTwoRacingAllocationsTakesTheLastAddress() throws Exception {
        String id = create(vpc, "pool-race");
        vpc.call(block(id, "47.118.124.0/28"));
        for (int i = 0; i < 15; i++) vpc.call(eip(id, null));
        Future<String> a = racing().submit(() -> ClassicSdk.outcome(() -> vpc.call(eip(id, null))));
        Future<String> b = racing().submit(() -> ClassicSdk.outcome(() -> vpc.call(eip(id, null))));
        assertThat(List.of(a.get(), b.get())).containsExactlyInAnyOrder("ok", "ResourceNotEnough.PublicIpAddressPool");
        assertThat(read(id).getUsedIpNum()).isEqualTo(16);
        assertThat(read(id).getIpAddressRemaining()).isFalse();
    }

    @Test
    void theStateRoundTrip() throws Exception {
        String id = create(vpc, "pool-kept");
        vpc.call(block(id, "47.118.125.0/26"));
        String address = vpc.call(eip(id, null)).getEipAddress();
        String exported = admin("GET", "/_cloudtwin/state", null).body();
        admin("POST", "/_cloudtwin/reset", null);
        assertThat(admin("POST", "/_cloudtwin/state", exported).statusCode()).isEqualTo(200);
        assertThat(read(id).getUsedIpNum()).isEqualTo(1);
        assertThat(blocks(id, null)).extracting(b -> b.getCidrBlock()).containsExactly("47.118.125.0/26");
        DescribeEipAddressesRequest d = new DescribeEipAddressesRequest();
        d.setPublicIpAddressPoolId(id);
        assertThat(vpc.call(d).getEipAddresses()).extracting(e -> e.getIpAddress()).containsExactly(address);
    }

    public static class Recipe implements Recipes.RecipeBook {
        private static String pool(AliyunApi api) {
            return api.vpc("CreatePublicIpAddressPool", "RegionId", REGION, "Name", "recipe")
                    .path("PulbicIpAddressPoolId").asString();
        }

        /** {a pool, its block of 28 bits}. */
        private static String[] pooled(AliyunApi api) {
            String id = pool(api);
            String block = api.vpc("AddPublicIpAddressPoolCidrBlock", "RegionId", REGION, "PublicIpAddressPoolId", id,
                    "CidrMask", "28").path("CidrBlock").asString();
            return new String[] {id, block};
        }

        @Override
        public void register(Recipes r) {
            r.vpc("CreatePublicIpAddressPool", api -> AliyunApi.params("RegionId", REGION, "Name", "recipe",
                    "Isp", "BGP", "Tag.1.Key", "k", "Tag.1.Value", "v"))
                    .fails("IllegalParam.Isp", api -> AliyunApi.params("RegionId", REGION, "Isp", "Satellite"));
            r.vpc("ListPublicIpAddressPools", api -> {
                pool(api);
                return AliyunApi.params("RegionId", REGION, "MaxResults", "5");
            });
            r.vpc("UpdatePublicIpAddressPoolAttribute", api -> AliyunApi.params("RegionId", REGION,
                    "PublicIpAddressPoolId", pool(api), "Name", "renamed"))
                    .fails("ResourceNotFound.PublicIpAddressPool", api -> AliyunApi.params("RegionId", REGION,
                            "PublicIpAddressPoolId", "pippool-nothere"));
            r.vpc("DeletePublicIpAddressPool", api -> AliyunApi.params("RegionId", REGION,
                    "PublicIpAddressPoolId", pool(api)))
                    .fails("ResourceNotFound.PublicIpAddressPool", api -> AliyunApi.params("RegionId", REGION,
                            "PublicIpAddressPoolId", "pippool-nothere"));
            r.vpc("AddPublicIpAddressPoolCidrBlock", api -> AliyunApi.params("RegionId", REGION,
                    "PublicIpAddressPoolId", pool(api), "CidrMask", "27"))
                    .fails("MissingParam.CidrBlockOrCidrMask", api -> AliyunApi.params("RegionId", REGION,
                            "PublicIpAddressPoolId", pool(api)));
            r.vpc("ListPublicIpAddressPoolCidrBlocks", api -> AliyunApi.params("RegionId", REGION,
                    "PublicIpAddressPoolId", pooled(api)[0]));
            r.vpc("DeletePublicIpAddressPoolCidrBlock", api -> {
                String[] pooled = pooled(api);
                return AliyunApi.params("RegionId", REGION, "PublicIpAddressPoolId", pooled[0], "CidrBlock",
                        pooled[1]);
            })
                    .fails("ResourceNotFound.CidrBlock", api -> AliyunApi.params("RegionId", REGION,
                            "PublicIpAddressPoolId", pool(api), "CidrBlock", "47.118.127.32/28"));
        }
    }
}
