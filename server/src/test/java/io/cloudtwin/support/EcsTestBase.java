package io.cloudtwin.support;

import com.aliyun.ecs20140526.Client;
import org.junit.jupiter.api.BeforeEach;

/** A test of ECS through the Tea ECS client: its client and a security group (ecs), opened before each test. */
public abstract class EcsTestBase extends ServerTestBase {
    protected TeaEcs ecs;
    protected Client client;

    @BeforeEach
    void openEcs() throws Exception {
        ecs = TeaEcs.open(endpoint());
        client = ecs.client();
    }
}
