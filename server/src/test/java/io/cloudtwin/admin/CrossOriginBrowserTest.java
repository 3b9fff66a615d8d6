package io.cloudtwin.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import com.aliyun.ecs20140526.Client;
import com.aliyun.ecs20140526.models.CreateSecurityGroupRequest;
import com.aliyun.teaopenapi.models.Config;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

import io.cloudtwin.support.ServerTestBase;

/**
 * Finding 1 in a real headless Chromium: a page of another origin (a second HTTP server on another loopback port)
 * tries reset, a fixture import that replaces the demo account's secret, and the state export, with no-cors fetches
 * and with form posts. The admin guard refuses every one of them, and the store and the account are unchanged.
 * Skipped without Chromium unless CLOUDTWIN_REQUIRE_BROWSER is set (as .ci/run does).
 */
class CrossOriginBrowserTest extends ServerTestBase {
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private WebDriver browser;
    private HttpServer evil;

    @Autowired
    AdminGuard guard;

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
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("cloudtwin-chromium"));
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterEach
    void close() {
        if (browser != null) browser.quit();
        if (evil != null) evil.stop(0);
    }

    /** The attacker's page: three no-cors fetches, a cors read of the export, two form posts into iframes. */
    private String page(String target) {
        String fixture = "{\"accounts\":[{\"id\":\"1000000000000001\",\"name\":\"demo\",\"aliyun\":{\"accessKeyId\":"
                + "\"cloudtwin-demo\",\"accessKeySecret\":\"attacker\"}}]}";
        return """
                <!doctype html><html><body>
                <iframe name="f1"></iframe><iframe name="f2"></iframe>
                <form id="reset" method="POST" target="f1" action="TARGET/_cloudtwin/reset?replace=true">
                  <input name="x" value="y"></form>
                <form id="state" method="POST" target="f2" enctype="text/plain" action="TARGET/_cloudtwin/state?replace=true">
                  <input name='FIXTURE_NAME' value='FIXTURE_VALUE'></form>
                <pre id="out"></pre>
                <script>
                const out = document.getElementById('out');
                const note = s => out.textContent += s + '\\n';
                (async () => {
                  await fetch('TARGET/_cloudtwin/reset', {method: 'POST', mode: 'no-cors'}).then(() => note('reset sent'), e => note('reset ' + e));
                  await fetch('TARGET/_cloudtwin/state?replace=true', {method: 'POST', mode: 'no-cors',
                      headers: {'Content-Type': 'text/plain'}, body: 'FIXTURE_JS'}).then(() => note('import sent'), e => note('import ' + e));
                  await fetch('TARGET/_cloudtwin/state?secrets=true', {mode: 'no-cors'}).then(() => note('export sent'), e => note('export ' + e));
                  await fetch('TARGET/_cloudtwin/state?secrets=true').then(r => r.text()).then(t => note('READ ' + t), e => note('export read refused'));
                  document.getElementById('reset').submit();
                  document.getElementById('state').submit();
                  note('done');
                })();
                </script></body></html>
                """.replace("TARGET", target)
                .replace("FIXTURE_NAME", fixture.substring(0, fixture.length() - 3).replace("'", "&#39;"))
                .replace("FIXTURE_VALUE", "\"}]}")
                .replace("FIXTURE_JS", fixture.replace("'", "\\'"));
    }

    private String out() {
        return browser.findElement(org.openqa.selenium.By.id("out")).getText();
    }

    @Test
    void aPageOfAnotherOriginCannotResetImportOrExport() throws Exception {
        Client aliyun = new Client(new Config().setAccessKeyId(AK).setAccessKeySecret(SECRET)
                .setEndpoint("127.0.0.1:" + port).setProtocol("HTTP").setRegionId(REGION));
        aliyun.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION));
        var before = storeSnapshot();
        long refusedBefore = guard.refusedCount();

        byte[] html = page(baseUrl()).getBytes(StandardCharsets.UTF_8);
        evil = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        evil.createContext("/", x -> {
            x.getResponseHeaders().add("Content-Type", "text/html;charset=utf-8");
            x.sendResponseHeaders(200, html.length);
            x.getResponseBody().write(html);
            x.close();
        });
        evil.start();
        browser.get("http://localhost:" + evil.getAddress().getPort() + "/");
        // 3 no-cors fetches + 1 cors read + 2 form posts reach the server; every one is refused
        new WebDriverWait(browser, Duration.ofSeconds(20)).withMessage("six refusals")
                .until(d -> guard.refusedCount() - refusedBefore >= 6);
        new WebDriverWait(browser, Duration.ofSeconds(10)).withMessage("page done")
                .until(d -> out().contains("done"));
        assertThat(out()).contains("export read refused").doesNotContain("READ ").doesNotContain(SECRET);
        assertThat(storeSnapshot()).isEqualTo(before).isNotEmpty();
        // the demo account still signs with its own secret
        aliyun.createSecurityGroup(new CreateSecurityGroupRequest().setRegionId(REGION));
    }
}
