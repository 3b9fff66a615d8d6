package io.cloudtwin.ucloud.stack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.cloudtwin.ucloud.stack.StackApi.CreateUHostKeyPairResponse;
import io.cloudtwin.ucloud.stack.StackApi.DescribeUHostInstanceResponse;
import io.cloudtwin.ucloud.stack.StackApi.UHostInstanceSet;

/**
 * ucloud-cli's `uhost reinstall-os` (products/uhost/internal/uhost/reinstall_os.go): the host stopped first, then
 * ReinstallUHostInstance with ReserveDisk and a password or a key pair, and the poll until the host runs again.
 */
class UhostReinstallScenarioTest extends StackScenario {
    private UHostInstanceSet host(String id) throws Exception {
        return call(DescribeUHostInstanceResponse.class, "DescribeUHostInstance", "UHostIds.0", id).uhostSet.get(0);
    }

    @Test
    void aStoppedHostGetsAnotherImageAndLoginAndRunsAgain() throws Exception {
        String id = runningHost(ZONE);
        refused(8010, "ReinstallUHostInstance", "UHostId", id, "LoginMode", "Password", "Password", "bmV3cGFzcw==",
                "ReserveDisk", "No");

        call(AnyResponse.class, "StopUHostInstance", "UHostId", id);
        String pair = call(CreateUHostKeyPairResponse.class, "CreateUHostKeyPair", "KeyPairName", "reinstall-key")
                .keyPair.keyPairId;
        refused(230, "ReinstallUHostInstance", "UHostId", id, "LoginMode", "KeyPair", "KeyPairId", "uhostkp-missing");
        assertThat(host(id).state).isEqualTo("Stopped");

        call(AnyResponse.class, "ReinstallUHostInstance", "UHostId", id, "LoginMode", "KeyPair", "KeyPairId", pair,
                "ImageId", "uimage-u2204a", "ReserveDisk", "Yes");
        UHostInstanceSet after = host(id);
        assertThat(after.state).isEqualTo("Running");
        assertThat(after.imageId).isEqualTo("uimage-u2204a");
        assertThat(after.keyPair.keyPairId).isEqualTo(pair);

        // without ImageId the host keeps its image
        call(AnyResponse.class, "StopUHostInstance", "UHostId", id);
        call(AnyResponse.class, "ReinstallUHostInstance", "UHostId", id, "LoginMode", "Password",
                "Password", "bmV3cGFzcw==");
        assertThat(host(id).imageId).isEqualTo("uimage-u2204a");
        assertThat(host(id).state).isEqualTo("Running");
        refused(8039, "ReinstallUHostInstance", "UHostId", "uhost-missing", "Password", "bmV3cGFzcw==");
    }
}
