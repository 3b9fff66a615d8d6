package io.cloudtwin.core;

/**
 * The kinds of resources the store holds, in cloud-neutral words: stored is how a kind is named in the store (the
 * resource_tag.resource_type of a tag), table the scoped table that holds its rows (what tagging locks), rows which of
 * that table's rows are of the kind where two kinds share a table (an SQL condition; empty: every row).
 */
public enum ResourceType {
    INSTANCE("instance"),
    SECURITY_GROUP("security_group"),
    NETWORK_INTERFACE("network_interface"),
    VPC("vpc"),
    SUBNET("subnet"),
    KEY_PAIR("key_pair"),
    DISK("disk"),
    EIP("eip", "elastic_ip"),
    SHARED_BANDWIDTH("shared_bandwidth"),
    NAT_GATEWAY("nat_gateway"),
    ROUTE_TABLE("route_table"),
    LOAD_BALANCER("load_balancer"),
    SERVER_GROUP("lb_server_group"),
    ACCESS_LIST("lb_acl"),
    CERTIFICATE("certificate"),
    SNAPSHOT("snapshot"),
    SNAPSHOT_GROUP("snapshot_group"),
    IMAGE("image"),
    VIP("vip"),
    SNAPSHOT_POLICY("snapshot_policy"),
    NETWORK_ACL("network_acl"),
    DHCP_OPTIONS_SET("dhcp_options_set"),
    LAUNCH_TEMPLATE("launch_template"),
    /** ECS's prefix lists (CreatePrefixList). */
    PREFIX_LIST("prefix_list", "prefix_list", "product = 'ecs'"),
    /** The VPC product's prefix lists (CreateVpcPrefixList), in the same table: neither product tags the other's. */
    VPC_PREFIX_LIST("vpc_prefix_list", "prefix_list", "product = 'vpc'"),
    IPV4_GATEWAY("ipv4_gateway"),
    GATEWAY_ENDPOINT("gateway_endpoint"),
    TRAFFIC_MIRROR_FILTER("traffic_mirror_filter"),
    TRAFFIC_MIRROR_SESSION("traffic_mirror_session"),
    IPV6_GATEWAY("ipv6_gateway"),
    COMMAND("command"),
    INVOCATION("invocation"),
    FLOW_LOG("flow_log"),
    VPN_GATEWAY("vpn_gateway"),
    CUSTOMER_GATEWAY("customer_gateway"),
    VPN_CONNECTION("vpn_connection"),
    DEDICATED_HOST("dedicated_host"),
    DEDICATED_HOST_CLUSTER("dedicated_host_cluster"),
    CIDR_RESERVATION("vswitch_cidr_reservation"),
    /** Public IP address pools (Aliyun's CreatePublicIpAddressPool). */
    ADDRESS_POOL("address_pool"),
    /** Cloud Assistant activations (Aliyun's CreateActivation). */
    ACTIVATION("activation"),
    /** Image builder components (Aliyun's CreateImageComponent). */
    IMAGE_COMPONENT("image_component"),
    /** Image builder pipelines (Aliyun's CreateImagePipeline). */
    IMAGE_PIPELINE("image_pipeline"),
    /** A pipeline's executions (Aliyun's StartImagePipelineExecution). */
    IMAGE_PIPELINE_EXECUTION("image_pipeline_execution"),
    /** Capacity reservations, private pools of instances (Aliyun's CreateCapacityReservation). */
    CAPACITY_RESERVATION("capacity_reservation"),
    /** Express Connect circuits (Aliyun's CreatePhysicalConnection). */
    PHYSICAL_CONNECTION("physical_connection"),
    /** Virtual border routers on Express Connect circuits (Aliyun's CreateVirtualBorderRouter). */
    VIRTUAL_BORDER_ROUTER("virtual_border_router");

    private final String stored;
    private final String table;
    private final String rows;

    ResourceType(String stored) {
        this(stored, stored);
    }

    ResourceType(String stored, String table) {
        this(stored, table, "");
    }

    ResourceType(String stored, String table, String rows) {
        this.stored = stored;
        this.table = table;
        this.rows = rows;
    }

    public String stored() {
        return stored;
    }

    public String table() {
        return table;
    }

    /** The condition on {@link #table}'s rows that picks this kind's, for a WHERE clause ("TRUE" for all rows). */
    public String rows() {
        return rows.isEmpty() ? "TRUE" : rows;
    }

    /** The type stored under that name, or null. */
    public static ResourceType byStored(String stored) {
        for (ResourceType t : values()) if (t.stored.equals(stored)) return t;
        return null;
    }
}
