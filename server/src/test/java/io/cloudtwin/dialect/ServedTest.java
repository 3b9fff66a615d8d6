package io.cloudtwin.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateKeyPairRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateKeyPairResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteKeyPairsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsOperations;
import io.cloudtwin.dialect.aliyun.spec.Params;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcOperations;

/** Which handler serves which action: the generated interfaces of the actions a handler implements, and no others. */
class ServedTest {
    static class KeyPairs implements EcsApi.CreateKeyPair, EcsApi.DeleteKeyPairs {
        @Override
        public CreateKeyPairResponse createKeyPair(AliyunCall call, CreateKeyPairRequest request) {
            return new CreateKeyPairResponse();
        }

        @Override
        public void deleteKeyPairs(AliyunCall call, DeleteKeyPairsRequest request) {
        }

        /** Named like an action's method, but the handler does not implement that action's interface. */
        public Object describeKeyPairs(AliyunCall call, Object request) {
            return null;
        }
    }

    static class OtherKeyPairs implements EcsApi.CreateKeyPair {
        @Override
        public CreateKeyPairResponse createKeyPair(AliyunCall call, CreateKeyPairRequest request) {
            return new CreateKeyPairResponse();
        }
    }

    @Test
    void aHandlerServesExactlyTheActionsWhoseInterfacesItImplements() {
        KeyPairs handler = new KeyPairs();
        Served<AliyunCall, Params> served = new Served<>(List.of(EcsOperations.INSTANCE, VpcOperations.INSTANCE), List.of(handler));

        assertThat(served.actions("Ecs")).containsExactly("CreateKeyPair", "DeleteKeyPairs");
        assertThat(served.handler("Ecs", "CreateKeyPair")).isSameAs(handler);
        assertThat(served.find("Ecs", "DescribeKeyPairs")).isNull();
        assertThat(served.actions("Vpc")).isEmpty();
        assertThat(served.find("Ecs", "CreateKeyPair").method().getDeclaringClass()).isEqualTo(KeyPairs.class);
        assertThat(served.servedBy("Ecs", "CreateKeyPair")).isEqualTo("Ecs");
        assertThat(served.servedBy("Ecs", "DescribeKeyPairs")).isNull();
    }

    @Test
    void twoHandlersOfOneActionStopTheStart() {
        assertThatThrownBy(() -> new Served<>(List.of(EcsOperations.INSTANCE), List.of(new KeyPairs(), new OtherKeyPairs())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Ecs CreateKeyPair is served by both");
    }

    @Test
    void anActionsInterfaceHoldsOnlyItsOwnMethod() {
        assertThat(EcsApi.class.getMethods()).isEmpty();
        assertThat(EcsApi.CreateKeyPair.class.getMethods()).extracting("name").containsExactly("createKeyPair");
        assertThat(EcsApi.class.isAssignableFrom(EcsApi.CreateKeyPair.class)).isTrue();
    }
}
