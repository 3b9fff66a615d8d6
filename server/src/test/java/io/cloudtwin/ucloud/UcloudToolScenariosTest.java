package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Base64;
import java.util.function.Predicate;

import cn.ucloud.common.client.DefaultClient;
import cn.ucloud.common.config.Config;
import cn.ucloud.common.credential.Credential;
import cn.ucloud.common.exception.RetCodeException;
import cn.ucloud.common.response.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.ucloud.model.Models;
import io.cloudtwin.ucloud.model.SdkCall;
import io.cloudtwin.ucloud.model.SdkResponses;
import io.cloudtwin.ucloud.stack.StackApi;

/**
 * The call sequences of real tools, replayed through the real UCloud Java client with the parameters those tools send
 * (read from their public sources): Terraform's ucloud provider for ucloud_sec_group + ucloud_instance in SecGroup
 * mode (create, read, update, destroy), and ucloud-cli's configuration, `uhost create`, `uhost list`, `eip allocate`,
 * `eip bind`, `uhost delete`.
 */
class UcloudToolScenariosTest extends ServerTestBase {
    private static final String REGION = "cn-bj2";
    private static final String ZONE = "cn-bj2-02";
    private static final String IMAGE = "uimage-c79x64";

    private DefaultClient client;

    @BeforeEach
    void client() {
        Config config = new Config();
        config.setBaseUrl(baseUrl());
        config.setRegion(REGION);
        config.setMaxRetries(0);
        client = new DefaultClient(config, new Credential(UCLOUD_PUBLIC, UCLOUD_PRIVATE));
    }

    @SuppressWarnings("unchecked")
    private <T extends Response> T call(Class<T> type, String action, Object... kv) throws Exception {
        T r = (T) client.invoke(new SdkCall(action, kv), type);
        assertThat(r.getRetCode()).as(action).isZero();
        assertThat(r.getAction()).isEqualTo(action + "Response");
        return r;
    }

    private RetCodeException refused(String action, Object... kv) {
        RetCodeException e = catchThrowableOfType(RetCodeException.class,
                () -> client.invoke(new SdkCall(action, kv), Response.class));
        assertThat(e).as("%s must be refused", action).isNotNull();
        return e;
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes());
    }

    /** describeInstanceById: DescribeUHostInstance with UHostIds.0; null when the set is empty (not found). */
    private Models.UHostInstanceSet describe(String id) throws Exception {
        var r = call(SdkResponses.DescribeUHostInstance.class, "DescribeUHostInstance", "UHostIds.0", id);
        return r.UHostSet.isEmpty() ? null : r.UHostSet.get(0);
    }

    /** A tool's StateChangeConf / Sspoll: read until the condition holds (bounded; transitions settle at once here). */
    private Models.UHostInstanceSet waitFor(String id, Predicate<Models.UHostInstanceSet> done) throws Exception {
        for (int i = 0; i < 50; i++) {
            Models.UHostInstanceSet h = describe(id);
            if (done.test(h)) return h;
            Thread.onSpinWait();
        }
        throw new AssertionError("uhost " + id + " never reached the wanted state");
    }

    @Test
    void terraformSecGroupAndInstanceInSecGroupMode() throws Exception {
        // ucloud_sec_group: create (name + VPC only), wait until readable, push the remark with UpdateSecGroup
        String vpc = call(SdkResponses.CreateVPC.class, "CreateVPC", "Name", "tf", "Network.0", "10.40.0.0/16").VPCId;
        String sg = call(SdkResponses.CreateSecGroup.class, "CreateSecGroup", "VPCID", vpc, "Name", "tf-sec-group-web")
                .SecGroupId;
        assertThat(call(SdkResponses.DescribeSecGroup.class, "DescribeSecGroup", "SecGroupId.0", sg).DataSet).hasSize(1);
        call(Response.class, "UpdateSecGroup", "SecGroupId.0", sg, "Remark", "managed by terraform");
        // ucloud_sec_group_rule
        String rule = call(SdkResponses.CreateSecGroupRule.class, "CreateSecGroupRule", "SecGroupId", sg,
                "Rule.0.Direction", "Ingress", "Rule.0.IPRange", "0.0.0.0/0", "Rule.0.Priority", 100,
                "Rule.0.ProtocolType", "TCP", "Rule.0.DstPort", "22", "Rule.0.RuleAction", "Accept",
                "Rule.0.Remark", "").RuleId.get(0);
        Models.SecGroupInfo read = call(SdkResponses.DescribeSecGroup.class, "DescribeSecGroup", "SecGroupId.0", sg)
                .DataSet.get(0);
        assertThat(read.Remark).isEqualTo("managed by terraform");
        assertThat(read.VPCId).isEqualTo(vpc);
        assertThat(read.Rule).extracting(r -> r.RuleId).containsExactly(rule);

        // ucloud_instance: the image is read first for its size, then the host is created in SecGroup mode
        int imageSize = call(SdkResponses.DescribeImage.class, "DescribeImage", "Zone", ZONE, "ImageId", IMAGE)
                .ImageSet.get(0).ImageSize;
        var created = call(SdkResponses.CreateUHostInstance.class, "CreateUHostInstance",
                "LoginMode", "Password", "Zone", ZONE, "ImageId", IMAGE, "CPU", 1, "Memory", 1024,
                "Password", b64("Abc12345!xyz"), "ChargeType", "Month", "MachineType", "N",
                "MinimalCpuPlatform", "Intel/Auto", "Name", "tf-instance-web", "Quantity", 1,
                "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", imageSize,
                "Tag", "Default", "VPCId", vpc, "SecurityMode", "SecGroup", "SecGroupId.0.Id", sg,
                "SecGroupId.0.Priority", 1);
        assertThat(created.UHostIds).hasSize(1);
        String id = created.UHostIds.get(0);
        waitFor(id, h -> h != null && h.State.equalsIgnoreCase("running"));
        // update at creation: only the remark is pushed for a new resource
        call(SdkResponses.UHostId.class, "ModifyUHostInstanceRemark", "UHostId", id, "Remark", "web server");
        // read: every attribute Terraform sets, and the bound groups
        Models.UHostInstanceSet h = describe(id);
        assertThat(h.Name).isEqualTo("tf-instance-web");
        assertThat(h.Zone).isEqualTo(ZONE);
        assertThat(h.Tag).isEqualTo("Default");
        assertThat(h.CPU).isEqualTo(1);
        assertThat(h.Memory / 1024).isEqualTo(1);
        assertThat(h.MachineType).isEqualTo("N");
        assertThat(h.ChargeType).isEqualTo("Month");
        assertThat(h.ExpireTime).isGreaterThan(h.CreateTime);
        assertThat(h.AutoRenew).isEqualTo("Yes");
        assertThat(h.Remark).isEqualTo("web server");
        assertThat(h.BasicImageId).isEqualTo(IMAGE);
        assertThat(h.BootDiskState).isEqualToIgnoringCase("normal");
        assertThat(h.IPSet).filteredOn(ip -> ip.Type.equals("Private")).singleElement()
                .satisfies(ip -> assertThat(ip.VPCId).isEqualTo(vpc));
        assertThat(h.DiskSet).singleElement().satisfies(d -> {
            assertThat(d.IsBoot).isEqualTo("True");
            assertThat(d.DiskType).isEqualTo("CLOUD_SSD");
            assertThat(d.Size).isEqualTo(imageSize);
        });
        var groups = call(SdkResponses.DescribeResourceSecGroup.class, "DescribeResourceSecGroup",
                "ResourceType", "uhost", "ResourceId.0", id);
        assertThat(groups.DataSet.get(0).SecGroupInfo).extracting(g -> g.SecGroupId).containsExactly(sg);
        assertThat(groups.DataSet.get(0).ExInfo.SuperResourceId).isEqualTo(id);

        // update: name and tag in place; instance_type needs the host stopped, then resized, then started again
        call(SdkResponses.UHostId.class, "ModifyUHostInstanceName", "UHostId", id, "Name", "tf-instance-web-2");
        call(SdkResponses.UHostId.class, "ModifyUHostInstanceTag", "UHostId", id, "Tag", "web");
        call(SdkResponses.UHostId.class, "StopUHostInstance", "UHostId", id);
        waitFor(id, x -> x.State.equalsIgnoreCase("stopped"));
        call(SdkResponses.UHostId.class, "ResetUHostInstancePassword", "UHostId", id, "Password", b64("N3w-pass!"));
        call(SdkResponses.UHostId.class, "ResizeUHostInstance", "UHostId", id, "CPU", 2, "Memory", 2048);
        waitFor(id, x -> x.State.equalsIgnoreCase("stopped"));
        call(SdkResponses.UHostId.class, "StartUHostInstance", "UHostId", id);
        Models.UHostInstanceSet after = waitFor(id, x -> x.State.equalsIgnoreCase("running"));
        assertThat(after.Name).isEqualTo("tf-instance-web-2");
        assertThat(after.Tag).isEqualTo("web");
        assertThat(after.CPU).isEqualTo(2);
        assertThat(after.Memory).isEqualTo(2048);

        // destroy: power off, wait stopped, terminate, then read until not found
        call(SdkResponses.UHostId.class, "PoweroffUHostInstance", "UHostId", id);
        waitFor(id, x -> x.State.equalsIgnoreCase("stopped"));
        var gone = call(SdkResponses.TerminateUHostInstance.class, "TerminateUHostInstance", "UHostId", id,
                "ReleaseUDisk", true, "ReleaseEIP", false);
        assertThat(gone.UHostId).isEqualTo(id);
        assertThat(describe(id)).isNull();
        // ucloud_sec_group destroy: read, delete, read again until not found (RetCode 0, an empty DataSet)
        call(SdkResponses.DescribeSecGroup.class, "DescribeSecGroup", "SecGroupId.0", sg);
        call(Response.class, "DeleteSecGroup", "SecGroupId.0", sg);
        assertThat(call(SdkResponses.DescribeSecGroup.class, "DescribeSecGroup", "SecGroupId.0", sg).DataSet).isEmpty();
    }

    /**
     * The provider's front-page example (website/docs/index.html.markdown): a recommended-web firewall and a CentOS
     * 6.5 base image from the data sources, an n-basic-2 instance with a cloud SSD boot disk and one 20 GB cloud SSD
     * data disk, its reads, and destroy with delete_disks_with_instance. The example names zone cn-bj2-04, which
     * UCloud's region list no longer has; cn-bj2-03 stands in for it.
     */
    @Test
    void terraformFrontPageExample() throws Exception {
        String zone = "cn-bj2-03";
        // plan: the data sources page with Limit 100 from Offset 0 and filter on the client
        var firewalls = call(SdkResponses.DescribeFirewall.class, "DescribeFirewall", "Limit", 100, "Offset", 0);
        String web = firewalls.DataSet.stream().filter(f -> f.Type.replace(' ', '_').equals("recommend_web"))
                .map(f -> f.FWId).findFirst().orElseThrow();
        var images = call(SdkResponses.DescribeImage.class, "DescribeImage", "Zone", zone, "ImageType", "Base",
                "Limit", 100, "Offset", 0);
        Models.UHostImageSet image = images.ImageSet.stream()
                .filter(i -> i.State.equals("Available") && i.ImageName.matches("^CentOS 6.5 64.*")).findFirst()
                .orElseThrow();
        // apply: the image read for its size, the host created (SecurityGroupId, never SecurityMode), read, waited
        int imageSize = call(SdkResponses.DescribeImage.class, "DescribeImage", "ImageId", image.ImageId)
                .ImageSet.get(0).ImageSize;
        var created = call(SdkResponses.CreateUHostInstance.class, "CreateUHostInstance", "Zone", zone,
                "ImageId", image.ImageId, "LoginMode", "Password", "Password", b64("Hello-12345"), "CPU", 2,
                "Memory", 4096, "MachineType", "N", "MinimalCpuPlatform", "Intel/Auto", "ChargeType", "Month",
                "Quantity", 1, "Name", "tf-example-instance", "Tag", "tf-example", "SecurityGroupId", web,
                "Disks.0.IsBoot", "true", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", imageSize,
                "Disks.1.IsBoot", "false", "Disks.1.Type", "CLOUD_SSD", "Disks.1.Size", 20);
        assertThat(created.UHostIds).hasSize(1);
        String id = created.UHostIds.get(0);
        assertThat(describe(id)).isNotNull();
        waitFor(id, h -> h.State.equals("Running"));
        // read, as every refresh does: what a clean second plan needs back
        Models.UHostInstanceSet h = describe(id);
        assertThat(h.MachineType + " " + h.CPU + " " + h.Memory + " " + h.Tag + " " + h.ChargeType + " " + h.Zone)
                .isEqualTo("N 2 4096 tf-example Month " + zone);
        assertThat(h.BasicImageId).isEqualTo(image.ImageId);
        assertThat(h.DiskSet).filteredOn(d -> d.IsBoot.equals("True")).singleElement()
                .satisfies(d -> assertThat(d.DiskType + " " + d.Size).isEqualTo("CLOUD_SSD " + imageSize));
        assertThat(h.DiskSet).filteredOn(d -> !d.IsBoot.equals("True")).singleElement()
                .satisfies(d -> assertThat(d.DiskType + " " + d.Size).isEqualTo("CLOUD_SSD 20"));
        var bound = call(SdkResponses.DescribeFirewall.class, "DescribeFirewall", "ResourceType", "uhost",
                "ResourceId", id);
        assertThat(bound.DataSet).extracting(f -> f.FWId).containsExactly(web);
        // destroy: power off, wait, terminate releasing the disks, read until gone; nothing is left behind
        call(SdkResponses.UHostId.class, "PoweroffUHostInstance", "UHostId", id);
        waitFor(id, x -> x.State.equals("Stopped"));
        call(SdkResponses.TerminateUHostInstance.class, "TerminateUHostInstance", "UHostId", id, "ReleaseUDisk", true);
        assertThat(describe(id)).isNull();
        assertThat(call(SdkResponses.DescribeUDisk.class, "DescribeUDisk", "Zone", zone).DataSet).isEmpty();
        assertThat(call(SdkResponses.DescribeFirewall.class, "DescribeFirewall", "FWId", web).DataSet.get(0)
                .ResourceCount).isZero();
    }

    @Test
    void ucloudCliConfigureThenUhostCreateListDelete() throws Exception {
        // ucloud init / config: the projects and the regions to choose from
        var projects = call(SdkResponses.GetProjectList.class, "GetProjectList");
        assertThat(projects.ProjectSet).filteredOn(p -> p.IsDefault).extracting(p -> p.ProjectId)
                .containsExactly("org-default");
        var regions = call(SdkResponses.GetRegion.class, "GetRegion");
        assertThat(regions.Regions).filteredOn(r -> r.IsDefault).singleElement()
                .satisfies(r -> assertThat(r.Region).isEqualTo(REGION));

        // uhost create --cpu 2 --memory-gb 4 --image-id ... --password ... (hot-plug defaults to true: the image is
        // read first for its features), every other flag at its default, empty strings included
        var image = call(SdkResponses.DescribeImage.class, "DescribeImage", "ProjectId", "org-default", "Zone", ZONE,
                "ImageId", IMAGE);
        assertThat(image.ImageSet.get(0).Features).contains("HotPlug");
        var created = call(SdkResponses.CreateUHostInstance.class, "CreateUHostInstance", "ProjectId", "org-default",
                "Zone", ZONE, "CPU", 2, "Memory", 4096, "LoginMode", "Password", "Password", b64("cli-Passw0rd"),
                "ImageId", IMAGE, "VPCId", "", "SubnetId", "", "Name", "UHost", "ChargeType", "Month", "Quantity", 1,
                "MachineType", "N", "MinimalCpuPlatform", "", "UHostType", "", "GPU", 0, "NetCapability", "Normal",
                "HotplugFeature", true, "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD", "Disks.0.Size", 20,
                "Disks.0.BackupType", "NONE", "Disks.1.IsBoot", "False", "Disks.1.Type", "CLOUD_SSD",
                "Disks.1.Size", 20, "Disks.1.BackupType", "NONE", "Tag", "Default", "IsolationGroup", "",
                "GpuType", "");
        String id = created.UHostIds.get(0);
        Models.UHostInstanceSet running = waitFor(id, h -> h != null && h.State.equals("Running"));
        assertThat(running.DiskSet).extracting(d -> d.IsBoot + "/" + d.DiskType + "/" + d.Size)
                .containsExactly("True/CLOUD_SSD/20", "False/CLOUD_SSD/20");

        // uhost list
        var list = call(SdkResponses.DescribeUHostInstance.class, "DescribeUHostInstance", "ProjectId", "org-default",
                "Offset", 0, "Limit", 50);
        assertThat(list.TotalCount).isEqualTo(1);
        assertThat(list.UHostSet).extracting(h -> h.UHostId + " " + h.Name + " " + h.State + " " + h.IPSet.get(0).IP)
                .containsExactly(id + " UHost Running " + created.IPs.get(0));

        // eip allocate --bandwidth-mb 2 (the flags' defaults: line BGP for a cn region, Month, Quantity 1, Name EIP)
        var allocated = call(StackApi.AllocateEIPResponse.class, "AllocateEIP", "ProjectId", "org-default",
                "Bandwidth", 2, "OperatorName", "BGP", "PayMode", "Bandwidth", "Quantity", 1, "ChargeType", "Month",
                "Tag", "Default", "Name", "EIP");
        assertThat(allocated.eipSet).singleElement().satisfies(e -> assertThat(e.eipAddr).singleElement()
                .satisfies(a -> assertThat(a.operatorName).isEqualTo("BGP")));
        String eip = allocated.eipSet.get(0).eipId;
        String ip = allocated.eipSet.get(0).eipAddr.get(0).ip;
        // eip bind --eip-id ... --resource-id <host> (resource type uhost by default); nothing read back
        call(Response.class, "BindEIP", "ProjectId", "org-default", "EIPId", eip, "ResourceId", id, "ResourceType",
                "uhost");
        assertThat(describe(id).IPSet).filteredOn(i -> !i.Type.equals("Private"))
                .extracting(i -> i.Type + " " + i.IP + " " + i.IPId).containsExactly("BGP " + ip + " " + eip);

        // uhost delete --uhost-id ... -y: read, stop a running host and wait, terminate
        assertThat(describe(id).State).isEqualTo("Running");
        call(SdkResponses.UHostId.class, "StopUHostInstance", "ProjectId", "org-default", "Zone", "", "UHostId", id);
        waitFor(id, h -> h.State.equals("Stopped"));
        call(SdkResponses.TerminateUHostInstance.class, "TerminateUHostInstance", "ProjectId", "org-default",
                "Zone", "", "UHostId", id, "Destroy", 0, "ReleaseEIP", true, "ReleaseUDisk", true);
        assertThat(call(SdkResponses.DescribeUHostInstance.class, "DescribeUHostInstance", "Offset", 0, "Limit", 50)
                .UHostSet).isEmpty();
        // ReleaseEIP true (the CLI's default): the host's EIP is released with it, not only unbound
        assertThat(call(StackApi.DescribeEIPResponse.class, "DescribeEIP", "EIPIds.0", eip).eipSet).isEmpty();
    }
}
