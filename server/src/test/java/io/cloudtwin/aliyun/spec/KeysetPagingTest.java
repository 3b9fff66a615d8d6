package io.cloudtwin.aliyun.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.support.ServerTestBase;

/**
 * DescribeInstances by NextToken seeks past the last instance shown: while instances are created and deleted between
 * pages, every instance that exists from the first page to the last is returned exactly once, none twice, and
 * TotalCount is the count at the time of each page.
 */
class KeysetPagingTest extends ServerTestBase {
    private AliyunApi api() {
        return new AliyunApi(port);
    }

    private List<String> run(String group, int amount) {
        JsonNode r = api().ecs("RunInstances", "RegionId", REGION, "ImageId", "aliyun_3_x64_20G_alibase_20240819.vhd", "InstanceType", "ecs.g6.large",
                "SecurityGroupId", group, "Amount", String.valueOf(amount));
        List<String> ids = new ArrayList<>();
        r.path("InstanceIdSets").path("InstanceIdSet").forEach(n -> ids.add(n.asString()));
        assertThat(ids).hasSize(amount);
        return ids;
    }

    @Test
    void everyStableInstanceExactlyOnceWhileOthersComeAndGo() {
        String g = api().group();
        List<String> stable = new ArrayList<>();
        List<String> doomed = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            stable.addAll(run(g, 4));
            doomed.addAll(run(g, 1));
        }
        int expected = stable.size() + doomed.size();
        Set<String> seen = new HashSet<>();
        List<String> order = new ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            JsonNode page = token == null ? api().ecs("DescribeInstances", "RegionId", REGION, "MaxResults", "5")
                    : api().ecs("DescribeInstances", "RegionId", REGION, "MaxResults", "5", "NextToken", token);
            List<String> ids = page.path("Instances").path("Instance").findValuesAsString("InstanceId");
            assertThat(seen).as("no instance twice").doesNotContainAnyElementsOf(ids);
            seen.addAll(ids);
            order.addAll(ids);
            assertThat(page.path("TotalCount").asInt()).as("the count of that moment").isEqualTo(expected);
            token = page.path("NextToken").asString();
            // between pages: one instance is deleted (one already shown when there is one: offset paging would then
            // skip an instance) and one is created
            if (!doomed.isEmpty()) {
                String gone = doomed.stream().filter(seen::contains).findFirst().orElse(doomed.get(doomed.size() - 1));
                doomed.remove(gone);
                api().ecs("DeleteInstance", "RegionId", REGION, "InstanceId", gone, "Force", "true");
                expected--;
            }
            run(g, 1);
            expected++;
            pages++;
        } while (!token.isEmpty() && pages < 50);
        assertThat(seen).as("every instance that existed throughout").containsAll(stable);
        assertThat(order).hasSameSizeAs(seen);

        // a keyset token is not a token of a listing that pages by offset; a damaged one is refused
        JsonNode first = api().ecs("DescribeInstances", "RegionId", REGION, "MaxResults", "2");
        String keyset = first.path("NextToken").asString();
        assertThat(keyset).isNotEmpty();
        AliyunApi.Reply other = api().send(AliyunSpecs.ECS, "DescribeSecurityGroups", "JSON",
                AliyunApi.params("RegionId", REGION, "NextToken", keyset));
        assertThat(other.status()).isEqualTo(400);
        String damaged = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("ct2:x.y/i-1".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(api().send(AliyunSpecs.ECS, "DescribeInstances", "JSON",
                AliyunApi.params("RegionId", REGION, "NextToken", damaged)).status()).isEqualTo(400);
    }
}
