package io.cloudtwin.core.routing;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * A route table of a VPC (an Aliyun VPC route table, a UCloud route table): the VPC's system table (system, made and
 * removed with the VPC, its id {@link #systemId}; UCloud's default table) or a custom one, which vSwitches (subnets)
 * of the VPC may be associated with. associateType: what the table is for: {@link #FOR_VSWITCH}, or
 * {@link #FOR_GATEWAY} (an Aliyun gateway route table, which an IPv4 gateway of its VPC takes instead).
 */
public record RouteTable(String id, Cloud cloud, String accountId, String region, String projectId, String vpcId,
                         boolean system, String name, String description, String associateType,
                         OffsetDateTime createdAt) {
    /** The associateType of a table that vSwitches take (every system table's, and UCloud's). */
    public static final String FOR_VSWITCH = "VSwitch";
    /** The associateType of a table that a gateway takes. */
    public static final String FOR_GATEWAY = "Gateway";

    /**
     * The id of a VPC's system table: vtb- (Aliyun: what CreateVpc answers) or routetable- (UCloud: its default
     * table) and the suffix of the VPC's id.
     */
    public static String systemId(Cloud cloud, String vpcId) {
        return (cloud == Cloud.ALIYUN ? "vtb-" : "routetable-") + vpcId.substring(vpcId.indexOf('-') + 1);
    }

    /** The id of a VPC's router: vrt- and the suffix of the VPC's id. */
    public static String routerId(String vpcId) {
        return "vrt-" + vpcId.substring(vpcId.indexOf('-') + 1);
    }

    /** The VPC whose router that is (routerId's inverse); null for an id that is no router's. */
    public static String vpcOfRouter(String routerId) {
        return routerId == null || !routerId.startsWith("vrt-") ? null : "vpc-" + routerId.substring(4);
    }
}
