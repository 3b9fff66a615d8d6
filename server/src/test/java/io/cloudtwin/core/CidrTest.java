package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CidrTest {
    @Test
    void parsesContainsAndOverlaps() {
        Cidr vpc = Cidr.parse("172.16.0.0/12");
        Cidr a = Cidr.parse("172.16.1.0/24");
        Cidr b = Cidr.parse("172.16.1.128/25");
        assertThat(vpc.contains(a)).isTrue();
        assertThat(a.contains(vpc)).isFalse();
        assertThat(a.overlaps(b)).isTrue();
        assertThat(b.overlaps(a)).isTrue();
        assertThat(a.overlaps(Cidr.parse("172.16.2.0/24"))).isFalse();
        assertThat(a.size()).isEqualTo(256);
        assertThat(Cidr.format(a.last())).isEqualTo("172.16.1.255");
        assertThat(a.contains(Cidr.address("172.16.1.77"))).isTrue();
        assertThat(a.contains(Cidr.address("172.16.2.1"))).isFalse();
        assertThat(Cidr.parse("0.0.0.0/0").contains(vpc)).isTrue();
        assertThat(a.toString()).isEqualTo("172.16.1.0/24");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "10.0.0.0", "10.0.0.1/8", "10.0.0.0/33", "10.0.0.0/-1", "256.0.0.0/8", "10.0.0/8",
            "10.0.0.0/8/8", "a.b.c.d/8", "10.0.0.0/008", "1e1.0.0.0/8", "10..0.0/8", " 10.0.0.0/8"})
    void refusesWhatIsNotAStrictIpv4Block(String text) {
        assertThatThrownBy(() -> Cidr.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
