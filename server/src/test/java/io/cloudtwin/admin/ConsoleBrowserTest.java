package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.ecs20140526.models.JoinSecurityGroupRequest;
import com.aliyun.ecs20140526.models.LeaveSecurityGroupRequest;
import com.aliyun.ecs20140526.models.RunInstancesRequest;
import com.aliyun.teaopenapi.models.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.cloudtwin.support.ServerTestBase;
import io.cloudtwin.support.UcloudSigner;

/**
 * The console in a real headless Chromium while a workflow runs on both clouds: it shows the resources, follows
 * their changes live, and lists the requests with their results. Leaves a screenshot in target/console.png (and in
 * $CLOUDTWIN_SCREENSHOT_DIR when set; docs/console.png was made that way).
 */
class ConsoleBrowserTest extends ServerTestBase {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private WebDriver browser;

    @BeforeEach
    void browser() throws Exception {
        boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
        if (System.getenv("CLOUDTWIN_REQUIRE_BROWSER") != null) {
            assertThat(present).as("Chromium and chromedriver (Debian packages chromium, chromium-driver)").isTrue();
        }
        Assumptions.assumeTrue(present, "no Chromium here: .ci/run installs it");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--window-size=1400,1000",
                "--user-data-dir=" + Files.createTempDirectory("cloudtwin-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void close() {
        if (browser != null) browser.quit();
    }

    private String text(String tableId) {
        return browser.findElement(By.id(tableId)).getText();
    }

    /** The console re-renders its rows as it polls: a row replaced between finding and reading it is "not yet". */
    private void waitFor(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(what)
                .ignoring(StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private JsonNode ucloud(String... kv) throws Exception {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("Region", "cn-bj2");
        for (int i = 0; i < kv.length; i += 2) p.put(kv[i], kv[i + 1]);
        var r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(baseUrl() + "/")).header("Content-Type", "application/json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                JSON.writeValueAsString(UcloudSigner.sign(UCLOUD_PUBLIC, UCLOUD_PRIVATE, p)))).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }

    @Test
    void consoleFollowsAWorkflowLive() throws Exception {
        browser.get(baseUrl() + "/_cloudtwin/ui");
        waitFor("console connected", () -> browser.findElement(By.id("status")).getText().startsWith("live"));
        assertThat(text("accounts")).contains("cloudtwin-demo").contains("other-ak").doesNotContain("cloudtwin-demo-secret");

        Client aliyun = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint("127.0.0.1:" + port).setProtocol("HTTP").setRegionId(REGION));
        String web = aliyun.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)
                .setSecurityGroupName("web")).getBody().getSecurityGroupId();
        String db = aliyun.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION)
                .setSecurityGroupName("db")).getBody().getSecurityGroupId();
        String instance = aliyun.runInstances(new RunInstancesRequest().setRegionId(REGION).setImageId("aliyun_3_x64_20G_alibase_20240819.vhd")
                .setInstanceType("ecs.g6.large").setSecurityGroupId(web).setInstanceName("shop-1"))
                .getBody().getInstanceIdSets().getInstanceIdSet().get(0);
        aliyun.joinSecurityGroup(new JoinSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(db));
        waitFor("instance with both groups", () -> text("aliyun-instances").contains(instance)
                && text("aliyun-instances").contains(db));

        aliyun.leaveSecurityGroup(new LeaveSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(db));
        try {
            aliyun.leaveSecurityGroup(new LeaveSecurityGroupRequest().setInstanceId(instance).setSecurityGroupId(web));
        } catch (com.aliyun.tea.TeaException expected) {
            assertThat(expected.getCode()).isEqualTo("InstanceLastSecurityGroup");
        }
        waitFor("instance left db", () -> {
            String row = browser.findElement(By.cssSelector("#aliyun-instances tr[data-id='" + instance + "']")).getText();
            return row.contains(web) && !row.contains(db);
        });

        aliyun.authorizeSecurityGroup(new com.aliyun.ecs20140526.models.AuthorizeSecurityGroupRequest()
                .setRegionId(REGION).setSecurityGroupId(web).setIpProtocol("tcp").setPortRange("443/443")
                .setSourceCidrIp("0.0.0.0/0").setDescription("https"));
        admin("POST", "/_cloudtwin/state", FamilyStateTest.FIXTURE);
        waitFor("the rule and the seeded VPC with its tag", () -> text("rules").contains("443/443")
                && text("rules").contains("https") && text("vpcs").contains("vpc-seeded000000000001")
                && text("vpcs").contains("env=seeded") && text("interfaces").contains("eni-seeded000000000001"));

        String demo = ucloud("Action", "CreateVPC", "Name", "demo", "Network.0", "10.40.0.0/16").get("VPCId").asString();
        String a = ucloud("Action", "CreateSecGroup", "VPCId", demo, "Name", "edge").get("SecGroupId").asString();
        String b = ucloud("Action", "CreateSecGroup", "VPCId", demo, "Name", "admin").get("SecGroupId").asString();
        String host = ucloud("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-1", "Name", "edge-1",
                "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type", "CLOUD_SSD",
                "Disks.0.Size", "20", "SecurityMode", "SecGroup", "SecGroupId.0.Id", a, "SecGroupId.1.Id", b,
                "SecGroupId.1.Priority", "2").get("UHostIds").get(0).asString();
        assertThat(ucloud("Action", "DisassociateSecGroup", "ResourceId.0", host).get("RetCode").asInt()).isEqualTo(230);
        assertThat(ucloud("Action", "DisassociateSecGroup", "SecGroupId.0", b).get("RetCode").asInt()).isZero();

        waitFor("UCloud host and the requests", () -> text("ucloud-instances").contains(host)
                && !text("ucloud-instances").contains(b)
                && !browser.findElements(By.cssSelector("#requests tr[data-action='DisassociateSecGroup'][data-outcome='OK']")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#requests tr[data-action='LeaveSecurityGroup'][data-outcome='InstanceLastSecurityGroup']")))
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("#requests tr[data-action='DisassociateSecGroup'][data-outcome='230']")))
                .hasSize(1);
        assertThat(text("ucloud-groups")).contains(a).contains(b);
        assertThat(browser.findElements(By.cssSelector("#requests tr[data-action='']"))).as("only cloud calls are logged")
                .isEmpty();

        String fw = ucloud("Action", "CreateFirewall", "Name", "edge-fw", "Rule.0", "TCP|443|0.0.0.0/0|ACCEPT|HIGH")
                .get("FWId").asString();
        String fwHost = ucloud("Action", "CreateUHostInstance", "Zone", "cn-bj2-02", "ImageId", "uimage-1", "Name",
                "edge-2", "LoginMode", "Password", "Password", "cGFzcw==", "Disks.0.IsBoot", "True", "Disks.0.Type",
                "CLOUD_SSD", "Disks.0.Size", "20", "SecurityGroupId", fw).get("UHostIds").get(0).asString();
        waitFor("firewall, its host and the default network", () -> text("ucloud-firewalls").contains(fw)
                && text("ucloud-firewalls").contains("TCP|443|0.0.0.0/0|ACCEPT|HIGH")
                && browser.findElement(By.cssSelector("#ucloud-instances tr[data-id='" + fwHost + "']")).getText()
                        .contains("firewall " + fw)
                && text("vpcs").contains("DefaultVPC") && text("subnets").contains("DefaultNetwork"));

        File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "console.png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
        String dir = System.getenv("CLOUDTWIN_SCREENSHOT_DIR");
        if (dir != null) Files.copy(shot.toPath(), Path.of(dir, "console.png"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(Files.size(target)).isGreaterThan(10_000);
    }
}
