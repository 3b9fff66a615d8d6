package io.cloudtwin.core;

/**
 * The kinds of resources the store holds, in cloud-neutral words: stored is how a kind is named in the store (the
 * resource_tag.resource_type of a tag), table the scoped table that holds its rows (what tagging locks).
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
    IMAGE("image"),
    VIP("vip"),
    SNAPSHOT_POLICY("snapshot_policy"),
    NETWORK_ACL("network_acl"),
    DHCP_OPTIONS_SET("dhcp_options_set"),
    LAUNCH_TEMPLATE("launch_template"),
    PREFIX_LIST("prefix_list"),
    IPV4_GATEWAY("ipv4_gateway"),
    IPV6_GATEWAY("ipv6_gateway"),
    COMMAND("command"),
    INVOCATION("invocation"),
    FLOW_LOG("flow_log");

    private final String stored;
    private final String table;

    ResourceType(String stored) {
        this(stored, stored);
    }

    ResourceType(String stored, String table) {
        this.stored = stored;
        this.table = table;
    }

    public String stored() {
        return stored;
    }

    public String table() {
        return table;
    }

    /** The type stored under that name, or null. */
    public static ResourceType byStored(String stored) {
        for (ResourceType t : values()) if (t.stored.equals(stored)) return t;
        return null;
    }
}
