package io.cloudtwin.it;

import static io.cloudtwin.it.Clients.aliyun;
import static io.cloudtwin.it.Clients.field;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

/**
 * CLOUDTWIN_DATA_DIR keeps the store in an H2 file. A server killed with SIGKILL in the middle of a write load
 * restarts with every change it acknowledged.
 */
class DurableH2KillIT {
    @Test
    void everyAcknowledgedChangeSurvivesKill9() throws Exception {
        Path data = Files.createTempDirectory("cloudtwin-data");
        Map<String, String> env = Map.of("CLOUDTWIN_DATA_DIR", data.toString());
        Queue<String> acknowledged = new ConcurrentLinkedQueue<>();
        String instance;
        String kept;
        ServerProcess first = ServerProcess.start("h2-file-first", env);
        try {
            String web = field(aliyun(first.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"), "SecurityGroupId");
            String db = field(aliyun(first.baseUrl(), "Action", "CreateSecurityGroup", "RegionId", "cn-hangzhou"), "SecurityGroupId");
            instance = field(aliyun(first.baseUrl(), "Action", "RunInstances", "RegionId", "cn-hangzhou", "ImageId", "img",
                    "InstanceType", "ecs.g6.large", "SecurityGroupIds.1", web, "SecurityGroupIds.2", db), "InstanceIdSet");
            assertThat(field(aliyun(first.baseUrl(), "Action", "LeaveSecurityGroup", "InstanceId", instance,
                    "SecurityGroupId", db), "Code")).isNull();
            kept = web;
            acknowledged.add(web);
            acknowledged.add(db);

            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService load = Executors.newFixedThreadPool(6);
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                writers.add(load.submit(() -> {
                    while (!stop.get()) {
                        try {
                            String id = field(aliyun(first.baseUrl(), "Action", "CreateSecurityGroup", "RegionId",
                                    "cn-hangzhou"), "SecurityGroupId");
                            if (id != null) acknowledged.add(id);
                        } catch (Exception serverGone) {
                            return null;
                        }
                    }
                    return null;
                }));
            }
            // mid-load, after 100 acknowledged creations however slow the machine is: requests are in flight
            for (int i = 0; i < 1200 && acknowledged.size() <= 100; i++) Thread.sleep(50);
            first.kill9();
            stop.set(true);
            for (Future<?> f : writers) f.get();
            load.shutdown();
        } finally {
            first.close();
        }
        assertThat(acknowledged.size()).as("load before the kill").isGreaterThan(100);

        try (ServerProcess second = ServerProcess.start("h2-file-second", env)) {
            Set<String> present = new HashSet<>();
            for (int page = 1; ; page++) {
                String xml = aliyun(second.baseUrl(), "Action", "DescribeSecurityGroups", "RegionId", "cn-hangzhou",
                        "PageSize", "50", "PageNumber", String.valueOf(page));
                var m = java.util.regex.Pattern.compile("<SecurityGroupId>([^<]+)</SecurityGroupId>").matcher(xml);
                int before = present.size();
                while (m.find()) present.add(m.group(1));
                if (present.size() == before) break;
            }
            assertThat(present).containsAll(acknowledged);
            String attr = aliyun(second.baseUrl(), "Action", "DescribeInstanceAttribute", "InstanceId", instance);
            assertThat(attr).contains("<SecurityGroupId>" + kept + "</SecurityGroupId>");
            assertThat(attr.split("<SecurityGroupId>").length - 1).isEqualTo(1);
        }
    }
}
