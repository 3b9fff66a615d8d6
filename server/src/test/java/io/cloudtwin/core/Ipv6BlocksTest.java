package io.cloudtwin.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import io.cloudtwin.core.network.Ipv6Blocks;

class Ipv6BlocksTest {
    private static DomainError error(Runnable r) {
        DomainException e = catchThrowableOfType(DomainException.class, r::run);
        assertThat(e).as("expected a refusal").isNotNull();
        return e.error();
    }

    @Test
    void subnetsAreTheSlash64sOfTheVpcsBlockInTheShortestForm() {
        assertThat(Ipv6Blocks.subnetBlock("2408:4005:346:3100::/56", 6)).isEqualTo("2408:4005:346:3106::/64");
        assertThat(Ipv6Blocks.subnetBlock("2408:4005:346:3100::/56", 255)).isEqualTo("2408:4005:346:31ff::/64");
        assertThat(Ipv6Blocks.subnetBlock("2001:db8::/56", 0)).isEqualTo("2001:db8::/64");
        assertThat(Ipv6Blocks.subnetBlock("2001:db8::/56", 1)).isEqualTo("2001:db8:0:1::/64");
        assertThat(Ipv6Blocks.subnetIndex("2001:db8::/56", "2001:db8:0:1::/64")).isEqualTo(1);
        assertThat(Ipv6Blocks.subnetIndex("2408:4005:346:3100::/56", "2408:4005:346:31FF::/64")).isEqualTo(255);
        assertThat(error(() -> Ipv6Blocks.subnetIndex("2001:db8::/56", "2001:db8:0:101::/64")))
                .isEqualTo(DomainError.INVALID_IPV6_BLOCK);
        assertThat(error(() -> Ipv6Blocks.subnetBlock("2001:db8::/56", 256))).isEqualTo(DomainError.INVALID_IPV6_BLOCK);
        assertThat(error(() -> Ipv6Blocks.subnetBlock("2001:db8::/56", -1))).isEqualTo(DomainError.INVALID_IPV6_BLOCK);
    }

    @Test
    void aVpcBlockIsAnExactSlash56() {
        assertThat(Ipv6Blocks.vpcBlock("2001:0DB8:0000:0100:0:0:0:0/56")).isEqualTo("2001:db8:0:100::/56");
        assertThat(Ipv6Blocks.vpcBlock("::/56")).isEqualTo("::/56");
        for (String bad : new String[] {"2001:db8::/48", "2001:db8:0:1::/56", "2001:db8::1::/56", "10.0.0.0/56",
                "2001:db8::", "example.com/56", "2001:db8::/56/56", null}) {
            assertThat(error(() -> Ipv6Blocks.vpcBlock(bad))).as(String.valueOf(bad))
                    .isEqualTo(DomainError.INVALID_IPV6_BLOCK);
        }
        assertThat(Ipv6Blocks.random()).matches("2408:4005:[0-9a-f]{3}:[0-9a-f]{2}00::/56");
        assertThat(Ipv6Blocks.vpcBlock(Ipv6Blocks.random())).matches("2408:4005:[0-9a-f]{3}:[0-9a-f]{2}00::/56");
    }
}
