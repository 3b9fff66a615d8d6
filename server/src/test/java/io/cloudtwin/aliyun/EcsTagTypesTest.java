package io.cloudtwin.aliyun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateDiskRequest;
import com.aliyun.ecs20140526.models.CreateKeyPairRequest;
import com.aliyun.ecs20140526.models.CreatePrefixListRequest;
import com.aliyun.ecs20140526.models.DescribeDisksRequest;
import com.aliyun.ecs20140526.models.DescribeKeyPairsRequest;
import com.aliyun.ecs20140526.models.DescribeTagsRequest;
import com.aliyun.ecs20140526.models.ListTagResourcesRequest;
import com.aliyun.ecs20140526.models.TagResourcesRequest;
import com.aliyun.ecs20140526.models.UntagResourcesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;

/**
 * TagResources and UntagResources of each ECS kind the Terraform provider tags that way: alicloud_ecs_disk and
 * alicloud_ecs_key_pair set changed tags with SetResourceTags(d, "disk") and (d, "keypair"), a key pair by its name.
 * Each kind's own Describe answers the tags, ListTagResources lists them, DescribeTags counts them by kind.
 */
class EcsTagTypesTest extends ServerTestBase {
    private Client ecs;

    @BeforeEach
    void client() throws Exception {
        ecs = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET).setEndpoint(endpoint())
                .setProtocol("HTTP").setRegionId(REGION).setSignatureAlgorithm("v2"));
    }

    private void tag(String type, String id, String key, String value) throws Exception {
        ecs.tagResources(new TagResourcesRequest().setRegionId(REGION).setResourceType(type)
                .setResourceId(List.of(id))
                .setTag(List.of(new TagResourcesRequest.TagResourcesRequestTag().setKey(key).setValue(value))));
    }

    private List<String> listed(String type, String id) throws Exception {
        return ecs.listTagResources(new ListTagResourcesRequest().setRegionId(REGION).setResourceType(type)
                        .setResourceId(List.of(id))).getBody().getTagResources().getTagResource().stream()
                .map(t -> t.getResourceType() + ":" + t.getResourceId() + ":" + t.getTagKey() + "=" + t.getTagValue())
                .toList();
    }

    @Test
    void aDisksTagsChangeThroughTagResources() throws Exception {
        String disk = ecs.createDisk(new CreateDiskRequest().setRegionId(REGION).setZoneId(REGION + "-h")
                .setDiskCategory("cloud_essd").setSize(40)).getBody().getDiskId();
        tag("disk", disk, "tier", "data");
        assertThat(ecs.describeDisks(new DescribeDisksRequest().setRegionId(REGION).setDiskIds("[\"" + disk + "\"]"))
                .getBody().getDisks().getDisk().get(0).getTags().getTag())
                .extracting(t -> t.getTagKey() + "=" + t.getTagValue()).containsExactly("tier=data");
        assertThat(listed("disk", disk)).containsExactly("disk:" + disk + ":tier=data");
        var counted = ecs.describeTags(new DescribeTagsRequest().setRegionId(REGION).setResourceType("disk")
                .setResourceId(disk)).getBody().getTags().getTag();
        assertThat(counted).singleElement().satisfies(t -> assertThat(t.getResourceTypeCount().getDisk()).isEqualTo(1));
        ecs.untagResources(new UntagResourcesRequest().setRegionId(REGION).setResourceType("disk")
                .setResourceId(List.of(disk)).setTagKey(List.of("tier")));
        assertThat(listed("disk", disk)).isEmpty();
    }

    @Test
    void aKeyPairIsTaggedByItsName() throws Exception {
        ecs.createKeyPair(new CreateKeyPairRequest().setRegionId(REGION).setKeyPairName("tagged-key"));
        tag("keypair", "tagged-key", "env", "prod");
        assertThat(ecs.describeKeyPairs(new DescribeKeyPairsRequest().setRegionId(REGION).setKeyPairName("tagged-key"))
                .getBody().getKeyPairs().getKeyPair().get(0).getTags().getTag())
                .extracting(t -> t.getTagKey() + "=" + t.getTagValue()).containsExactly("env=prod");
        assertThat(listed("keypair", "tagged-key")).containsExactly("keypair:tagged-key:env=prod");
    }

    @Test
    void aPrefixListTakesTags() throws Exception {
        String list = ecs.createPrefixList(new CreatePrefixListRequest().setRegionId(REGION).setPrefixListName("office")
                .setAddressFamily("IPv4").setMaxEntries(5)).getBody().getPrefixListId();
        tag("prefixlist", list, "site", "hq");
        assertThat(listed("prefixlist", list)).containsExactly("prefixlist:" + list + ":site=hq");
    }
}
