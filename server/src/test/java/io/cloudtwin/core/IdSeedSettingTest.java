package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** cloudtwin.ids.seed (CLOUDTWIN_ID_SEED) seeds the sequences at startup; the same seed gives the same ids. */
class IdSeedSettingTest {
    @AfterEach
    void unseed() {
        Ids.seed(null);
    }

    @Test
    void theSettingSeedsEveryGenerator() {
        new IdSeedSetting(" 42 ");
        assertThat(Ids.seed()).isEqualTo(42L);
        String[] first = {Ids.Shape.INSTANCE.next(Cloud.ALIYUN),
                Ids.Shape.SECURITY_GROUP.next(Cloud.UCLOUD), Ids.uuid(), String.valueOf(Ids.number(100_000, 1_000_000)),
                Ids.requestId()};
        new IdSeedSetting("42");
        String[] second = {Ids.Shape.INSTANCE.next(Cloud.ALIYUN),
                Ids.Shape.SECURITY_GROUP.next(Cloud.UCLOUD), Ids.uuid(), String.valueOf(Ids.number(100_000, 1_000_000)),
                Ids.requestId()};
        assertThat(second).containsExactly(first);
        assertThat(first[0]).matches("i-[a-z0-9]{20}");
        assertThat(first[1]).matches("secgroup-[a-z0-9]{8}");

        // request ids are their own sequence: drawing them does not move the resource ids
        Ids.restart();
        for (int i = 0; i < 5; i++) Ids.requestId();
        assertThat(Ids.Shape.INSTANCE.next(Cloud.ALIYUN)).isEqualTo(first[0]);

        new IdSeedSetting("");
        assertThat(Ids.seed()).isNull();
        assertThat(Ids.Shape.INSTANCE.next(Cloud.ALIYUN)).isNotEqualTo(Ids.Shape.INSTANCE.next(Cloud.ALIYUN));
    }

    @Test
    void aSeedThatIsNoIntegerStopsTheStart() {
        assertThatThrownBy(() -> new IdSeedSetting("forty-two")).hasMessageContaining("CLOUDTWIN_ID_SEED");
    }
}
