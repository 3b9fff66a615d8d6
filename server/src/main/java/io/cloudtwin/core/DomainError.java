package io.cloudtwin.core;

/**
 * What went wrong, in cloud-neutral terms. Each dialect maps every value to its own code, status and message
 * (Aliyun: AliyunErrors; UCloud: UcloudRetCodes).
 */
public enum DomainError {
    INSTANCE_NOT_FOUND,
    SECURITY_GROUP_NOT_FOUND,
    /** the instance's power state does not allow the operation */
    INCORRECT_INSTANCE_STATUS,
    /** the instance is locked for security reasons */
    INSTANCE_LOCKED,
    /** the instance is not bound to that group */
    NOT_IN_GROUP,
    /** the operation would leave an instance with no security group */
    LAST_GROUP,
    /** the instance is already bound to that group */
    ALREADY_IN_GROUP,
    /** an instance would be in more groups than allowed */
    GROUP_LIMIT_EXCEEDED,
    /** the security group still has instances bound */
    GROUP_IN_USE,
    /** instance and group are in different VPCs */
    NETWORK_MISMATCH,
    /** the instance was already deleted */
    INSTANCE_DELETED,
    /** a security-group rule named in the request does not exist */
    RULE_NOT_FOUND,
    /** no rule of the group equals the fields the request gives */
    RULE_NOT_MATCHED,
    /** no such VPC in the caller's scope */
    VPC_NOT_FOUND,
    /** no vRouter of that id in the scope (the router of no VPC of it) */
    VROUTER_NOT_FOUND,
    /** no such subnet (Aliyun vSwitch) in the caller's scope */
    SUBNET_NOT_FOUND,
    /** the VPC still holds subnets, security groups or instances */
    VPC_IN_USE,
    /** the subnet still has addresses given out or instances in it */
    SUBNET_IN_USE,
    /** a CIDR block that is malformed, or not inside its VPC */
    INVALID_CIDR,
    /** a CIDR block that overlaps another of the same VPC */
    CIDR_CONFLICT,
    /** the VPC has no such block (Aliyun: a secondary block to take away) */
    CIDR_BLOCK_NOT_FOUND,
    /** a subnet lies in the VPC block that would be taken away */
    CIDR_BLOCK_IN_USE,
    /** the VPC would hold more blocks than allowed */
    CIDR_BLOCK_QUOTA_EXCEEDED,
    /** a private address that is malformed or outside the usable range of its subnet */
    INVALID_ADDRESS,
    /** the private address is already given out */
    ADDRESS_IN_USE,
    /** the subnet has no free address left */
    SUBNET_FULL,
    /** the address is no secondary address of that interface (its primary one, another's, or none) */
    ADDRESS_NOT_ASSIGNED,
    /** an interface would hold more private addresses than it may */
    ADDRESS_LIMIT_EXCEEDED,
    /** the zone is not one of the region's */
    ZONE_NOT_FOUND,
    /** no such UCloud firewall in the caller's scope */
    FIREWALL_NOT_FOUND,
    /** the firewall is still applied to resources */
    FIREWALL_IN_USE,
    /** another firewall of the scope has that name */
    FIREWALL_NAME_EXISTS,
    /** a recommended (default) firewall cannot be deleted */
    FIREWALL_NOT_DELETABLE,
    /** a firewall rule that is not PROTOCOL|PORT|SRC_IP|ACTION|PRIORITY */
    INVALID_FIREWALL_RULE,
    /** a firewall rule priority other than HIGH, MEDIUM, LOW */
    INVALID_FIREWALL_PRIORITY,
    /** the account has as many security groups as its quota allows (cloudtwin.limits.security-groups-per-account) */
    GROUP_QUOTA_EXCEEDED,
    /** the account has as many instances as its quota allows (cloudtwin.limits.instances-per-account) */
    INSTANCE_QUOTA_EXCEEDED,
    /** no such network interface in the caller's scope */
    INTERFACE_NOT_FOUND,
    /** the interface is attached (or not attached) where the operation needs the other */
    INTERFACE_STATE,
    /** the instance has as many secondary interfaces as it may */
    INTERFACE_LIMIT_EXCEEDED,
    /** the interface and the instance (or the group) lie in different VPCs */
    INTERFACE_VPC_MISMATCH,
    /** the instance was made without network interfaces of its own (UCloud's Features.UNI), so it takes none */
    INTERFACE_FEATURE_OFF,
    /** the interface is an instance's default one, which lives and dies with the instance */
    DEFAULT_INTERFACE,
    /** a security group lies in another VPC than the interface's */
    GROUP_VPC_MISMATCH,
    /** two resources that must share a zone do not */
    ZONE_MISMATCH,
    /** a resource needs at least one security group and none was given */
    GROUP_REQUIRED,
    /** the peer group a rule names (source or destination group) does not exist */
    PEER_GROUP_NOT_FOUND,
    /** the peer group a rule names lies in another VPC */
    PEER_GROUP_MISMATCH,
    /** a request names the same rule twice */
    DUPLICATE_RULE,
    /** a group would have more rules than allowed */
    RULE_LIMIT_EXCEEDED,
    /** a resource named by id (to tag, for instance) does not exist */
    RESOURCE_NOT_FOUND,
    /** a resource would carry more tags than allowed */
    TAG_LIMIT_EXCEEDED,
    /** no key pair of that name (or id) in the scope */
    KEY_PAIR_NOT_FOUND,
    /** the scope already has a key pair of that name */
    KEY_PAIR_EXISTS,
    /** a public key that is not an OpenSSH or PEM public key */
    INVALID_PUBLIC_KEY,
    /** a key pair some instance still logs in with */
    KEY_PAIR_IN_USE,
    /** no disk of that id in the scope */
    DISK_NOT_FOUND,
    /** the disk is not in a state that allows it (attached, being attached) */
    DISK_STATE,
    /** a disk still attached to an instance cannot be deleted */
    DISK_IN_USE,
    /** the disk is not attached to that instance */
    DISK_NOT_ATTACHED,
    /** what is asked cannot be done to a system disk (detach, delete) */
    SYSTEM_DISK,
    /** the instance has as many data disks as it may */
    DISK_LIMIT_EXCEEDED,
    /** a size outside what the disk's category allows */
    INVALID_DISK_SIZE,
    /** a new size smaller than the disk's */
    DISK_SIZE_TOO_SMALL,
    /** a disk category the cloud does not sell */
    INVALID_DISK_CATEGORY,
    /** no EIP of that id in the scope */
    EIP_NOT_FOUND,
    /** an EIP still bound cannot be released */
    EIP_IN_USE,
    /** the EIP is bound already (one target at a time) */
    EIP_BOUND,
    /** the target holds an EIP already and takes one only */
    TARGET_HAS_EIP,
    /** the EIP is not bound to that target */
    EIP_NOT_BOUND_TO,
    /** a target the EIP cannot be bound to: no such resource of that kind in the scope */
    EIP_TARGET_NOT_FOUND,
    /** the address asked for is another EIP's */
    EIP_ADDRESS_TAKEN,
    /** no shared bandwidth of that id in the scope */
    SHARED_BANDWIDTH_NOT_FOUND,
    /** a shared bandwidth that EIPs still share cannot go (unless they are taken out with it) */
    SHARED_BANDWIDTH_IN_USE,
    /** the EIP shares a bandwidth already (one at a time) */
    EIP_IN_SHARED_BANDWIDTH,
    /** no bandwidth package of that id in the scope (or one past its end) */
    BANDWIDTH_PACKAGE_NOT_FOUND,
    /** an EIP with a bandwidth package (not yet past its end) can neither go nor share a bandwidth */
    EIP_HAS_BANDWIDTH_PACKAGE,
    /** no server group of that id in the scope (or not one of the load balancer's) */
    SERVER_GROUP_NOT_FOUND,
    /** a server group a listener forwards to cannot be deleted */
    SERVER_GROUP_IN_USE,
    /** no domain extension of that id in the scope */
    DOMAIN_EXTENSION_NOT_FOUND,
    /** the listener has an extension for that domain already */
    DOMAIN_EXTENSION_EXISTS,
    /** no listener rule of that id in the scope */
    LISTENER_RULE_NOT_FOUND,
    /** the listener has a rule for that domain and URL already */
    LISTENER_RULE_EXISTS,
    /** no access control list of that id in the scope */
    ACCESS_LIST_NOT_FOUND,
    /** an access control list a listener binds cannot be deleted */
    ACCESS_LIST_IN_USE,
    /** not an address block (an entry of an access control list) */
    INVALID_ACCESS_LIST_ENTRY,
    /** an address block of the other IP version than its access control list's */
    ACCESS_LIST_ENTRY_VERSION,
    /** the access control list has that address block already */
    ACCESS_LIST_ENTRY_EXISTS,
    /** the access control list would hold more entries than it may */
    ACCESS_LIST_FULL,
    /** the EIP is not in that shared bandwidth */
    EIP_NOT_IN_SHARED_BANDWIDTH,
    /** an EIP's own cap inside a shared bandwidth would be above the shared bandwidth */
    EIP_BANDWIDTH_ABOVE_SHARED,
    /** the pool of public addresses has none left */
    NO_FREE_ADDRESS,
    /** the instance has no public bandwidth, so no static public address to give it */
    NO_PUBLIC_BANDWIDTH,
    /** the subnet is in another zone than the instance it would take */
    SUBNET_ZONE_MISMATCH,
    /** the operation does not suit how the instance is billed (a subscription deleted, a pay-as-you-go one renewed) */
    CHARGE_TYPE_VIOLATION,
    /** no NAT gateway (nor its SNAT or forward table) of that id in the scope */
    NAT_GATEWAY_NOT_FOUND,
    /** no NAT gateway of the SNAT or forward table an entry was asked in */
    NAT_TABLE_NOT_FOUND,
    /** the gateway still has what the subject names (snat_entry, forward_entry, eip) */
    NAT_GATEWAY_IN_USE,
    /** the gateway has that spec already */
    NAT_SPEC_UNCHANGED,
    /** the gateway is billed by capacity units (PayByLcu), whose spec does not change */
    NAT_SPEC_FIXED,
    /** the NAT gateway cannot be converted to a type it has already */
    NAT_CONVERT_UNSUPPORTED,
    /** no such SNAT or forward entry in that table */
    NAT_ENTRY_NOT_FOUND,
    /** the gateway has an entry for that source (SNAT) or that external address and port (forward) already */
    NAT_ENTRY_EXISTS,
    /** an address the entry translates to is not an EIP bound to the gateway */
    NAT_IP_NOT_BOUND,
    /**
     * an address an entry of its gateway uses (an EIP, a NAT IP; the subject: snat_entry, forward_entry) cannot be
     * unbound or deleted
     */
    NAT_IP_IN_USE,
    /** a forward entry's internal address outside the gateway's VPC */
    NAT_INTERNAL_IP_OUTSIDE,
    /** a malformed part of a NAT entry (the subject names the parameter) */
    INVALID_NAT_ENTRY,
    /** the gateway must keep one EIP at least (UCloud's NATGW): its last one cannot be unbound */
    NAT_LAST_EIP,
    /** the subnet stands in another NAT gateway already (UCloud's NATGW: one per subnet) */
    NAT_SUBNET_TAKEN,
    /** no traffic mirror filter of that id in the scope */
    MIRROR_FILTER_NOT_FOUND,
    /** no traffic mirror filter rule of that id (of that filter) in the scope */
    MIRROR_RULE_NOT_FOUND,
    /** no traffic mirror session of that id in the scope */
    MIRROR_SESSION_NOT_FOUND,
    /** a rule of the filter's direction, or a session of the region, has that priority already (subject: it) */
    MIRROR_PRIORITY_TAKEN,
    /** the filter would have more rules in a direction than it may */
    MIRROR_RULES_EXCEEDED,
    /** a traffic mirror session mirrors through the filter */
    MIRROR_FILTER_IN_USE,
    /** a source is named twice in one request (subject: it) */
    MIRROR_SOURCE_DUPLICATED,
    /** the session mirrors that source already (subject: it) */
    MIRROR_SOURCE_ASSOCIATED,
    /** the session does not mirror that source (subject: it) */
    MIRROR_SOURCE_NOT_ASSOCIATED,
    /** a network interface would be both a source and the target of a session (subject: it) */
    MIRROR_DUPLICATE_ROLE,
    /** a network interface to mirror from or to is attached to no instance (subject: it) */
    MIRROR_FREE_INTERFACE,
    /** a traffic mirror target of a type the cloud does not mirror to (subject: the type) */
    MIRROR_TARGET_TYPE,
    /** a load balancer a session would mirror to is not an internal one in a VPC (subject: it) */
    MIRROR_TARGET_NOT_IN_VPC,
    /** the account has opened that service already (subject: the service) */
    SERVICE_OPENED,
    /** no NAT IP address of that id (of that gateway) in the scope */
    NAT_IP_NOT_FOUND,
    /** no NAT IP block of that CIDR block on the gateway (nor the gateway itself) */
    NAT_IP_CIDR_NOT_FOUND,
    /** the gateway has that NAT IP block already (subject: the block) */
    NAT_IP_CIDR_EXISTS,
    /** the NAT IP block overlaps another block of a NAT gateway of the VPC (subject: the block) */
    NAT_IP_CIDR_TAKEN,
    /** the NAT IP block overlaps a CIDR block of the gateway's VPC (subject: the block) */
    NAT_IP_CIDR_IN_VPC,
    /** the NAT IP block is outside the private ranges (10.0.0.0/8, 172.16.0.0/12, 192.168.0.0/16) */
    NAT_IP_CIDR_NOT_PRIVATE,
    /** the NAT IP block still has addresses other than its default one (subject: the block) */
    NAT_IP_CIDR_IN_USE,
    /** the default NAT IP block of a gateway goes only with the gateway */
    NAT_IP_CIDR_DEFAULT,
    /** the NAT IP address is not one of its block's (subject: the address) */
    NAT_IP_MISMATCH,
    /** the gateway has that NAT IP address already (subject: the address) */
    NAT_IP_EXISTS,
    /** the NAT IP block has no free address left */
    NAT_IP_EXHAUSTED,
    /** the default NAT IP address of a gateway goes only with the gateway */
    NAT_IP_DEFAULT,
    // routes (issue 20)
    /** no route table of that id in the scope */
    ROUTE_TABLE_NOT_FOUND,
    /**
     * what is asked cannot be done to a VPC's system route table (delete it, associate or unassociate it; UCloud: edit
     * it or give it custom rules)
     */
    SYSTEM_ROUTE_TABLE,
    /** a route table with vSwitches associated cannot be deleted */
    ROUTE_TABLE_ASSOCIATED,
    /** a route table with custom entries cannot be deleted */
    ROUTE_TABLE_HAS_ENTRIES,
    /** the vSwitch is associated with a custom route table already (one per vSwitch) */
    SUBNET_HAS_ROUTE_TABLE,
    /** the vSwitch is not associated with that route table */
    SUBNET_NOT_ASSOCIATED,
    /** the vSwitch or next hop is not in the route table's VPC */
    ROUTE_VPC_MISMATCH,
    /** no route entry of that id, or for that destination (and next hop), in the table */
    ROUTE_ENTRY_NOT_FOUND,
    /** the table has an entry for that destination already */
    ROUTE_ENTRY_CONFLICT,
    /** the table would hold more custom entries than its cloud allows */
    ROUTE_ENTRY_QUOTA,
    /** no next hop of that kind and id in the scope (or a kind no area serves) */
    NEXT_HOP_NOT_FOUND,
    /** a resource some route entry sends traffic to cannot be deleted */
    NEXT_HOP_IN_USE,
    // snapshots and custom images (issue 20)
    /** no snapshot of that id in the scope */
    SNAPSHOT_NOT_FOUND,
    /** a snapshot some custom image is made from cannot be deleted */
    SNAPSHOT_IN_USE,
    /** a snapshot disks were made from is deleted only when forced */
    SNAPSHOT_MADE_DISKS,
    /** a data disk never attached to an instance holds nothing to snapshot */
    DISK_NEVER_ATTACHED,
    /** the disk has as many snapshots as it may (UCloud: the manual snapshots of a disk) */
    SNAPSHOT_LIMIT_EXCEEDED,
    /** a disk is rolled back only to a snapshot taken of it */
    SNAPSHOT_DISK_MISMATCH,
    /** no custom image of that id in the scope */
    IMAGE_NOT_FOUND,
    /** another image of the scope has that name */
    IMAGE_NAME_EXISTS,
    /** a custom image instances run is deleted only when forced */
    IMAGE_IN_USE,
    /** a custom image shared with another account is not deleted */
    IMAGE_SHARED,
    /** a custom image is not shared with the account that owns it */
    IMAGE_SHARED_WITH_OWNER,
    /** a custom image is shared with as many accounts as it may be */
    IMAGE_SHARE_LIMIT,
    /** an image needs a system disk (a snapshot of one) */
    IMAGE_SYSTEM_DISK_MISSING,
    /** the instance has no system disk to replace */
    INSTANCE_SYSTEM_DISK_MISSING,
    // UCloud stack (issue 21)
    /** no such load balancer in the caller's scope */
    LOAD_BALANCER_NOT_FOUND,
    /** no such listener (VServer) of that load balancer */
    LISTENER_NOT_FOUND,
    /** no such backend of that load balancer */
    BACKEND_NOT_FOUND,
    /** the listener already has that instance on that port */
    BACKEND_EXISTS,
    /** another listener of the load balancer takes that port */
    LISTENER_PORT_IN_USE,
    /** a listener of another kind than its load balancer's (UCloud: RequestProxy, PacketsTransmit) */
    LISTEN_TYPE_MISMATCH,
    /** the load balancer's deletion protection is on */
    DELETE_PROTECTED,
    /** no peering of those two VPCs */
    PEERING_NOT_FOUND,
    /** the two VPCs are peered already */
    PEERING_EXISTS,
    /** a peering the cloud cannot make (a VPC with itself) */
    INVALID_PEERING,
    /** no such server certificate in the caller's scope */
    CERTIFICATE_NOT_FOUND,
    /** the certificate content is no PEM certificate with its private key */
    INVALID_CERTIFICATE,
    /** a listener still serves the certificate */
    CERTIFICATE_IN_USE,
    /** the listener cannot serve that certificate (not HTTPS, or it serves another one) */
    CERTIFICATE_NOT_BINDABLE,
    /** no such forwarding rule of the listener */
    FORWARDING_RULE_NOT_FOUND,
    /** forwarding rules serve HTTP and HTTPS listeners only */
    FORWARDING_RULE_PROTOCOL,
    /** a forwarding rule still sends to the backend */
    BACKEND_IN_RULE,
    /** no such virtual IP in the caller's scope */
    VIP_NOT_FOUND,
    /** the virtual IP still has hosts bound to it (subject eip: an EIP) */
    VIP_IN_USE,
    /** the host is not in the virtual IP's subnet */
    VIP_SUBNET_MISMATCH,
    /** the host is bound to the virtual IP already */
    VIP_ALREADY_BOUND,
    /** the virtual IP's hosts are instances and this is an interface, or the other way round */
    VIP_KIND_MIXED,
    /** the virtual IP has as many hosts as it may */
    VIP_FULL,
    /** the host is not bound to the virtual IP */
    VIP_NOT_BOUND,
    /** a network interface attached to no instance cannot take a virtual IP over */
    VIP_FREE_INTERFACE,
    /** no such isolation group in the caller's scope */
    ISOLATION_GROUP_NOT_FOUND,
    /** the isolation group still has hosts */
    ISOLATION_GROUP_IN_USE,
    /** the isolation group has as many hosts in that zone as it may */
    ISOLATION_GROUP_FULL,
    /** the host is not in that isolation group */
    NOT_IN_ISOLATION_GROUP,
    /** the group keeps its hosts in one zone, and the host stands in another */
    ISOLATION_GROUP_ZONE,
    /** the group number is not one of the set's groups */
    ISOLATION_GROUP_NUMBER,
    /** no such automatic snapshot policy in the caller's scope */
    SNAPSHOT_POLICY_NOT_FOUND,
    /** the resource is protected from deletion */
    DELETION_PROTECTED,
    /** no such DHCP options set in the caller's scope */
    DHCP_OPTIONS_SET_NOT_FOUND,
    /** the DHCP options set is still associated with VPCs */
    DHCP_OPTIONS_SET_IN_USE,
    /** the VPC is associated with a DHCP options set already */
    DHCP_OPTIONS_SET_ASSOCIATED,
    /** the VPC is not associated with that DHCP options set */
    DHCP_OPTIONS_SET_NOT_ASSOCIATED,
    /** the instance has another RAM role: it is detached first */
    RAM_ROLE_ATTACHED,
    /** the instance's RAM role is another than the one named */
    RAM_ROLE_MISMATCH,
    /** an instance in no VPC (classic network) takes no RAM role */
    RAM_ROLE_CLASSIC,
    /** the resource's deletion protection is on already */
    DELETION_PROTECTION_ON,
    /** deletion protection is for pay-as-you-go resources (instances that are no spot ones, EIPs, NAT gateways) */
    DELETION_PROTECTION_CHARGE_TYPE,
    /** no such network ACL in the caller's scope */
    NETWORK_ACL_NOT_FOUND,
    /** no such network ACL to copy entries from in the caller's scope */
    NETWORK_ACL_SOURCE_NOT_FOUND,
    /** the VPC has as many network ACLs as it may */
    NETWORK_ACL_LIMIT,
    /** a direction of the network ACL would hold more entries than it may (subject: the direction) */
    NETWORK_ACL_ENTRY_LIMIT,
    /**
     * an entry id that is no entry of that direction of the network ACL (subject: the direction), or no entry of the
     * ACL at all (subject: the id)
     */
    NETWORK_ACL_ENTRY_NOT_FOUND,
    /** another entry of that direction of the network ACL has that priority (subject: the priority) */
    NETWORK_ACL_ENTRY_EXISTS,
    /** the subnet is bound to a network ACL already */
    NETWORK_ACL_BINDING_EXISTS,
    /** the subnet is not bound to that network ACL */
    NETWORK_ACL_NOT_BOUND,
    /** subnets are still bound to the network ACL */
    NETWORK_ACL_IN_USE,
    /** the region has a default VPC already */
    DEFAULT_VPC_EXISTS,
    /** the region has no default VPC */
    DEFAULT_VPC_NOT_FOUND,
    /** the default VPC has a default vSwitch in that zone already */
    DEFAULT_SUBNET_EXISTS,
    /** no such launch template in the caller's scope */
    LAUNCH_TEMPLATE_NOT_FOUND,
    /** the scope has a launch template of that name already */
    LAUNCH_TEMPLATE_NAME_EXISTS,
    /** the launch template has no version of that number (subject: the number) */
    LAUNCH_TEMPLATE_VERSION_NOT_FOUND,
    /** the launch template holds as many versions as it may */
    LAUNCH_TEMPLATE_VERSION_LIMIT,
    /** the version is the launch template's default one, which cannot be deleted (subject: the number) */
    LAUNCH_TEMPLATE_DEFAULT_VERSION,
    /** no such prefix list in the caller's scope */
    PREFIX_LIST_NOT_FOUND,
    /** a security group rule names the prefix list */
    PREFIX_LIST_IN_USE,
    /** the prefix list would hold more entries than its maxEntries */
    PREFIX_LIST_ENTRY_LIMIT,
    /** the prefix list has that block already (subject: the block) */
    PREFIX_LIST_ENTRY_EXISTS,
    /** the prefix list has no such block (subject: the block) */
    PREFIX_LIST_ENTRY_NOT_FOUND,
    /** a rule of a security group outside any VPC names a prefix list */
    PREFIX_LIST_NOT_SUPPORTED,
    /** no such IPv4 gateway in the caller's scope */
    IPV4_GATEWAY_NOT_FOUND,
    /** the VPC has an IPv4 gateway already */
    IPV4_GATEWAY_EXISTS,
    /** the IPv4 gateway is enabled already */
    IPV4_GATEWAY_ENABLED,
    /** the IPv4 gateway is not enabled (activated) yet */
    IPV4_GATEWAY_NOT_ACTIVE,
    /** the gateway has a route table associated already, or still */
    GATEWAY_HAS_ROUTE_TABLE,
    /** the route table is associated with a gateway already, or still */
    ROUTE_TABLE_GATEWAY_ASSOCIATED,
    /** the gateway is not associated with that route table */
    GATEWAY_NOT_ASSOCIATED,
    /** the route table is not for that association: a gateway's table to a vSwitch, a vSwitch's to a gateway */
    ROUTE_TABLE_TYPE_MISMATCH,
    /** no such dedicated host in the caller's scope */
    DEDICATED_HOST_NOT_FOUND,
    /** instances run on the dedicated host */
    DEDICATED_HOST_IN_USE,
    /** the operation does not apply to the host's billing (a subscription released, a pay-as-you-go one renewed) */
    DEDICATED_HOST_CHARGE_TYPE,
    /** an instance is placed on a dedicated host of another zone (subject: the instance) */
    DEDICATED_HOST_ZONE_MISMATCH,
    /** no such dedicated host cluster in the caller's scope */
    DEDICATED_HOST_CLUSTER_NOT_FOUND,
    /** dedicated hosts are in the cluster */
    DEDICATED_HOST_CLUSTER_IN_USE,
    /** a dedicated host would join a cluster of another zone (subject: the cluster) */
    DEDICATED_HOST_CLUSTER_MISMATCH,
    /** no such HPC cluster in the caller's scope */
    HPC_CLUSTER_NOT_FOUND,
    /** a grant to a cloud enterprise network names no VPC of the caller's scope */
    CEN_GRANT_INSTANCE_NOT_FOUND,
    /** no such snapshot group in the caller's scope */
    SNAPSHOT_GROUP_NOT_FOUND,
    /** no such permission on a network interface in the caller's scope */
    INTERFACE_PERMISSION_NOT_FOUND,
    /** the network interface has that permission for that account already */
    INTERFACE_PERMISSION_EXISTS,
    /** a snapshot group would hold no snapshot: its instance has no disk left to take (subject: the instance) */
    SNAPSHOT_GROUP_NO_DISK,
    /** a disk named for an instance's snapshot group is not attached to that instance */
    DISK_NOT_OF_INSTANCE,
    /** no such IPsec server in the caller's scope */
    IPSEC_SERVER_NOT_FOUND,
    /** the VPN gateway has an IPsec server already */
    IPSEC_SERVER_EXISTS,
    /** an IPsec server's client block overlaps its gateway's VPC (subject: the block) */
    IPSEC_CLIENT_POOL_CONFLICT,
    /** no such subnet CIDR reservation in the caller's scope */
    CIDR_RESERVATION_NOT_FOUND,
    /** the reserved block is outside its subnet, or overlaps another reservation (subject: the block) */
    CIDR_RESERVATION_CONFLICT,
    /** the reserved block holds an address the subnet keeps for itself (subject: the block) */
    CIDR_RESERVATION_SYSTEM_ADDRESS,
    /** the reserved block holds an address given out (subject: the block) */
    CIDR_RESERVATION_ADDRESS_IN_USE,
    /** a reservation's mask is not at least two bits longer than its subnet's (subject: the mask) */
    CIDR_RESERVATION_MASK,
    /** no free block of the mask is left in the subnet */
    CIDR_RESERVATION_FULL,
    /** the VPC has as many reservations of the IP version as it may */
    CIDR_RESERVATION_QUOTA,
    /** no such VPN gateway in the caller's scope */
    VPN_GATEWAY_NOT_FOUND,
    /** the VPN gateway has IPsec VPN disabled */
    VPN_GATEWAY_IPSEC_DISABLED,
    /** no such customer gateway in the caller's scope */
    CUSTOMER_GATEWAY_NOT_FOUND,
    /** a customer gateway of the region has that address already (subject: the address) */
    CUSTOMER_GATEWAY_ADDRESS_TAKEN,
    /** a BGP authentication key for a customer gateway without an autonomous system number */
    CUSTOMER_GATEWAY_NO_ASN,
    /** no such VPN connection in the caller's scope */
    VPN_CONNECTION_NOT_FOUND,
    /** the two gateways have a connection already (subject: the customer gateway) */
    VPN_CONNECTION_EXISTS,
    /** a VPN connection joins the gateway */
    VPN_CONNECTION_DEPENDS,
    /** the VPN gateway has SSL VPN disabled */
    VPN_GATEWAY_SSL_DISABLED,
    /** the VPN gateway has its SSL server already */
    SSL_VPN_SERVER_EXISTS,
    /** no such SSL VPN server in the caller's scope */
    SSL_VPN_SERVER_NOT_FOUND,
    /** the VPN gateway has its SSL server */
    SSL_VPN_SERVER_DEPENDS,
    /** no such SSL VPN client certificate in the caller's scope */
    SSL_VPN_CLIENT_CERT_NOT_FOUND,
    /** a VPN route's next hop is no connection of its gateway (subject: the next hop) */
    VPN_NEXT_HOP_NOT_FOUND,
    /** the VPN gateway has that route already (subject: the destination) */
    VPN_ROUTE_ENTRY_EXISTS,
    /** the VPN gateway has no such route (subject: the destination) */
    VPN_ROUTE_ENTRY_NOT_FOUND,
    /** no such gateway endpoint in the caller's scope */
    GATEWAY_ENDPOINT_NOT_FOUND,
    /** the VPC has a gateway endpoint of that service already (subject: the service) */
    GATEWAY_ENDPOINT_EXISTS,
    /** route tables are still associated with the gateway endpoint */
    GATEWAY_ENDPOINT_ASSOCIATED,
    /** the route table is associated with the gateway endpoint already (subject: the table) */
    GATEWAY_ENDPOINT_ASSOCIATION_EXISTS,
    /** the route table is not associated with the gateway endpoint (subject: the table) */
    GATEWAY_ENDPOINT_NOT_ASSOCIATED,
    /** an EIP forwards other than by NAT only to a network interface (subject: the mode) */
    EIP_MODE_NOT_SUPPORTED,
    /** no such command of the cloud's assistant in the caller's scope */
    COMMAND_NOT_FOUND,
    /** a run of the command waits for its schedule */
    COMMAND_IN_USE,
    /** no such run of a command in the caller's scope */
    INVOCATION_NOT_FOUND,
    /** no such flow log in the caller's scope */
    FLOW_LOG_NOT_FOUND,
    /** the flow log is active (or inactive) already */
    FLOW_LOG_STATUS,
    /** the resource a flow log would watch is not the caller's (subject: its id) */
    FLOW_LOG_RESOURCE_NOT_FOUND,
    /** an IPv6 block a client names is not one the operation takes (subject: the block or subnet index) */
    INVALID_IPV6_BLOCK,
    /** the VPC has no IPv6 block */
    IPV6_NOT_ENABLED,
    /** the subnet has no IPv6 block */
    SUBNET_IPV6_NOT_ENABLED,
    /** the subnet has an IPv6 block already */
    IPV6_ALREADY_ENABLED,
    /** another subnet of the VPC has that IPv6 block (subject: the block) */
    IPV6_BLOCK_TAKEN,
    /** the VPC's IPv6 block is still used by its subnets */
    IPV6_IN_USE,
    /** an IPv6 address is none of the subnet's block (subject: the address) */
    INVALID_IPV6_ADDRESS,
    /** the IPv6 address is given out already (subject: the address) */
    IPV6_ADDRESS_IN_USE,
    /** the holder does not have that IPv6 address (subject: the address) */
    IPV6_ADDRESS_NOT_ASSIGNED,
    /** a network interface would hold more IPv6 addresses than allowed */
    IPV6_ADDRESS_LIMIT_EXCEEDED,
    /** no such IPv6 address in the caller's scope */
    IPV6_ADDRESS_NOT_FOUND,
    /** an IPv6 address an instance or a network interface holds is not released on its own */
    IPV6_ADDRESS_ASSOCIATED,
    /** the IPv6 address is not in the IPv6 gateway's VPC */
    IPV6_GATEWAY_MISMATCH,
    /** the IPv6 address has public bandwidth already */
    IPV6_BANDWIDTH_EXISTS,
    /** no such IPv6 Internet bandwidth (or none of that address) in the caller's scope */
    IPV6_BANDWIDTH_NOT_FOUND,
    /** the IPv6 address has no public bandwidth, which an egress-only rule needs */
    IPV6_NO_BANDWIDTH,
    /** the IPv6 address has an egress-only rule already */
    IPV6_EGRESS_RULE_EXISTS,
    /** no such egress-only rule in the caller's scope */
    IPV6_EGRESS_RULE_NOT_FOUND,
    /** no such IPv6 gateway in the caller's scope */
    IPV6_GATEWAY_NOT_FOUND,
    /** the VPC has an IPv6 gateway already */
    IPV6_GATEWAY_EXISTS,
    /** the VPC's IPv6 gateway keeps its IPv6 block */
    IPV6_GATEWAY_IN_USE,
    /** no such public IP address pool in the caller's scope */
    ADDRESS_POOL_NOT_FOUND,
    /** the address pool's addresses are held by EIPs */
    ADDRESS_POOL_IN_USE,
    /** the address pool has no free address left */
    ADDRESS_POOL_EXHAUSTED,
    /** the address asked for is in none of the pool's blocks */
    ADDRESS_NOT_IN_POOL,
    /** no such block in the address pool */
    ADDRESS_POOL_BLOCK_NOT_FOUND,
    /** an address of the pool's block is held by an EIP */
    ADDRESS_POOL_BLOCK_IN_USE,
    /** the block overlaps one of another account's pools */
    ADDRESS_POOL_BLOCK_OF_OTHER_ACCOUNT,
    /** the block overlaps one of the account's own pools */
    ADDRESS_POOL_BLOCK_OVERLAPS,
    /** no such segment of contiguous EIPs in the caller's scope */
    EIP_SEGMENT_NOT_FOUND,
    /** the EIP belongs to a segment, and goes only with it */
    EIP_IN_SEGMENT,
    /** no such image builder pipeline in the caller's scope */
    IMAGE_PIPELINE_NOT_FOUND,
    /** no such execution of an image builder pipeline in the caller's scope */
    IMAGE_PIPELINE_EXECUTION_NOT_FOUND,
    /** no such capacity reservation (private pool) in the caller's scope */
    CAPACITY_RESERVATION_NOT_FOUND,
    /** the capacity reservation is released, or its instances fill it */
    CAPACITY_RESERVATION_USED_UP,
    /** the instance's type is not the capacity reservation's */
    CAPACITY_RESERVATION_TYPE_MISMATCH,
    /** the instance's zone is not the capacity reservation's */
    CAPACITY_RESERVATION_ZONE_MISMATCH,
    /** the capacity reservation is released: nothing of it changes */
    CAPACITY_RESERVATION_RELEASED,
    /** the capacity reservation would hold fewer instances than use it */
    CAPACITY_RESERVATION_AMOUNT_BELOW_USE,
    /** a capacity reservation that ends at a set time is not released by hand */
    CAPACITY_RESERVATION_LIMITED,
    /** no such Cloud Assistant activation in the caller's scope */
    ACTIVATION_NOT_FOUND,
    /** no such image builder component in the caller's scope */
    IMAGE_COMPONENT_NOT_FOUND,
    /** no such Express Connect circuit in the caller's scope */
    PHYSICAL_CONNECTION_NOT_FOUND,
    /** the Express Connect circuit's status does not allow that (a move, a change) */
    PHYSICAL_CONNECTION_STATUS,
    /** an Enabled Express Connect circuit is terminated before it is deleted */
    PHYSICAL_CONNECTION_NOT_DELETABLE,
    /** the Express Connect circuit is not Enabled, as a virtual border router on it needs */
    PHYSICAL_CONNECTION_NOT_ENABLED,
    /** the Express Connect circuit carries virtual border routers */
    PHYSICAL_CONNECTION_HAS_ROUTERS,
    /** no such virtual border router in the caller's scope */
    VIRTUAL_BORDER_ROUTER_NOT_FOUND,
    /** the VLAN serves another virtual border router of the circuit */
    VIRTUAL_BORDER_ROUTER_VLAN_IN_USE,
    /** the virtual border router's status does not allow that (terminate an active one, recover a terminated one) */
    VIRTUAL_BORDER_ROUTER_STATUS,
    /** the virtual border router has BGP groups or networks */
    VIRTUAL_BORDER_ROUTER_HAS_BGP,
    /** no such BGP group in the caller's scope */
    BGP_GROUP_NOT_FOUND,
    /** the BGP group has peers */
    BGP_GROUP_HAS_PEERS,
    /** no such BGP peer in the caller's scope */
    BGP_PEER_NOT_FOUND,
    /** another peer of the BGP group has that address */
    BGP_PEER_ADDRESS_IN_USE,
    /** no such block advertised by the router */
    BGP_NETWORK_NOT_FOUND,
    /** the router advertises that block already */
    BGP_NETWORK_EXISTS,
    /** the router has not that further circuit */
    VBR_ASSOCIATION_NOT_FOUND,
    /** the circuit is the router's own, or associated with it already */
    VBR_ASSOCIATION_EXISTS,
    /** the store could not finish in time (lock wait, deadlock): safe to retry */
    BUSY
}
