package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostTagsResponse;

/**
 * DescribeUHostTags, as the console and the CLI read a project's business groups: each group's hosts counted by
 * zone, as CreateUHostInstance's Tag and ModifyUHostInstanceTag leave them; Zone narrows the count to one zone.
 */
class UhostTagsScenarioTest extends StackScenario {
    private static final String OTHER_ZONE = "cn-bj2-03";

    private String host(String zone, String tag) throws Exception {
        return call(CreateUHostInstanceResponse.class, "CreateUHostInstance", "Zone", zone, "ImageId",
                "uimage-c79x64", "LoginMode", "Password", "Password", "cGFzc3dvcmQx", "Tag", tag, "Disks.0.IsBoot",
                "true", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20).uhostIds.get(0);
    }

    /** This test's groups (other tests' hosts share the project), as "group zone count". */
    private List<String> groups(Object... zone) throws Exception {
        var answer = call(DescribeUHostTagsResponse.class, "DescribeUHostTags", zone);
        assertThat(answer.totalCount).isEqualTo(answer.tagSet.size());
        return answer.tagSet.stream().filter(t -> t.tag.startsWith("tags-"))
                .map(t -> t.tag + " " + t.zone + " " + t.totalCount).toList();
    }

    @Test
    void eachGroupsHostsByZone() throws Exception {
        host(ZONE, "tags-web");
        host(ZONE, "tags-web");
        host(OTHER_ZONE, "tags-web");
        String db = host(ZONE, "tags-db");
        assertThat(groups()).containsExactly("tags-db " + ZONE + " 1", "tags-web " + ZONE + " 2",
                "tags-web " + OTHER_ZONE + " 1");
        assertThat(groups("Zone", OTHER_ZONE)).containsExactly("tags-web " + OTHER_ZONE + " 1");

        call(AnyResponse.class, "ModifyUHostInstanceTag", "UHostId", db, "Tag", "tags-web");
        assertThat(groups()).containsExactly("tags-web " + ZONE + " 3", "tags-web " + OTHER_ZONE + " 1");
    }

    @Test
    void aZoneOfAnotherRegionIsRefused() throws Exception {
        refused(230, "DescribeUHostTags", "Zone", "cn-sh2-02");
    }
}
