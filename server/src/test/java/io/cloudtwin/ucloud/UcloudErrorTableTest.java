package io.cloudtwin.ucloud;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.dialect.ucloud.UcloudErrors;
import io.cloudtwin.dialect.ucloud.UcloudRetCode;
import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * The UCloud error table against UCloud's own documentation: every RetCode it answers is documented by the product
 * it is answered for (or by every product: the common codes), is one of the gateway's parameter codes (220, 230), or
 * is one the Terraform provider is written against or UCloud's own SDK regression scenarios expect, named as such.
 */
class UcloudErrorTableTest {
    private static final UcloudApiSpec SPEC = new UcloudApiSpec();
    /** The gateway's parameter codes: spec/ucloud.md. */
    private static final Set<Integer> GATEWAY = Set.of(220, 230);
    /** Codes no UCloud document lists, that terraform-provider-ucloud reads (research notes in the issue). */
    private static final Map<Integer, String> PROVIDER = Map.of(54002, "describeFirewallById, describeNatGatewayById "
            + "and describeNetworkInterfaceById read it as not found", 58103, "describeVPCIntercomById reads it as not found");
    /** Codes no UCloud document lists for the product, that UCloud's own SDK regression scenarios expect. */
    private static final Map<Integer, String> SDK_SCENARIOS = Map.of(58119, "ucloud-sdk-go tests/scenario_4023: "
            + "DeleteRouteTable of a table bound to a subnet", 8039, "ucloud-sdk-go tests/scenario_4023: "
            + "DeleteRouteTable of a table that is gone");
    /** Codes no UCloud document lists, that UCloud's Kubernetes CNI plugin (ucloud/uk8s-cni-vpc cmd/cnivpc) reads. */
    private static final Map<Integer, String> CNI_PLUGIN = Map.of(58205, "AttachNetworkInterface: the card is attached "
            + "already", 58206, "DetachNetworkInterface: the card is detached already", 58221, "DeleteSecondaryIp: the "
            + "address is deleted already");

    private static Set<Integer> documented(String product) {
        Set<Integer> out = new HashSet<>(SPEC.commonRetCodes().keySet());
        out.addAll(GATEWAY);
        if (product == null) {
            SPEC.products().values().forEach(p -> out.addAll(p.retCodes().keySet()));
        } else {
            out.addAll(SPEC.products().get(product).retCodes().keySet());
        }
        return out;
    }

    @Test
    void everyRowIsDocumentedWhereItIsAnswered() {
        UcloudErrors.rows().forEach((where, code) -> {
            String scope = where.substring(0, where.lastIndexOf('.'));
            String product = scope.equals("*") ? null
                    : SPEC.products().containsKey(scope) ? scope : SPEC.action(scope).orElseThrow().product();
            if (code == UcloudRetCode.INTERNAL_ERROR) return;
            assertThat(documented(product).contains(code.retCode()) || PROVIDER.containsKey(code.retCode())
                    || SDK_SCENARIOS.containsKey(code.retCode()) || CNI_PLUGIN.containsKey(code.retCode()))
                    .as("%s answers %d (%s): documented for %s", where, code.retCode(), code, product == null ? "some product" : product)
                    .isTrue();
        });
    }

    @Test
    void refinementsAreTheProductsOwn() {
        assertThat(UcloudErrors.of(DomainError.INSTANCE_NOT_FOUND, "uhost", "StartUHostInstance").retCode()).isEqualTo(8039);
        assertThat(UcloudErrors.of(DomainError.INSTANCE_NOT_FOUND, "vpc", "AssociateSecGroup").retCode()).isEqualTo(230);
        assertThat(UcloudErrors.of(DomainError.INCORRECT_INSTANCE_STATUS, "uhost", "ResizeUHostInstance").retCode()).isEqualTo(8010);
        assertThat(UcloudErrors.of(DomainError.INCORRECT_INSTANCE_STATUS, "uhost", "RebootUHostInstance").retCode()).isEqualTo(8905);
        assertThat(UcloudErrors.of(DomainError.FIREWALL_NOT_FOUND, "unet", "DescribeFirewall").retCode()).isEqualTo(54002);
        assertThat(UcloudErrors.of(DomainError.FIREWALL_NOT_FOUND, "unet", "DeleteFirewall").retCode()).isEqualTo(4600);
        assertThat(UcloudErrors.of(DomainError.INTERFACE_STATE, "vpc", "AttachNetworkInterface").retCode()).isEqualTo(58205);
        assertThat(UcloudErrors.of(DomainError.INTERFACE_STATE, "vpc", "DetachNetworkInterface").retCode()).isEqualTo(58206);
        assertThat(UcloudErrors.of(DomainError.INTERFACE_STATE, "vpc", "DeleteNetworkInterface").retCode()).isEqualTo(230);
    }

    @Test
    void anErrorUcloudCannotRaiseHasNoRow() {
        assertThat(UcloudErrors.rows().keySet()).noneMatch(k -> k.endsWith("." + DomainError.MIRROR_FREE_INTERFACE));
        assertThat(UcloudErrors.of(DomainError.MIRROR_FREE_INTERFACE, "vpc", "AssociateSecGroup"))
                .isEqualTo(UcloudRetCode.INTERNAL_ERROR);
    }

    @Test
    void rowsTheTableNamesAsSpecAreDocumented() {
        for (UcloudRetCode c : UcloudRetCode.values()) {
            if (!c.source().equals("spec")) continue;
            assertThat(documented(null)).as("%s (%d) is marked spec", c, c.retCode()).contains(c.retCode());
        }
    }
}
