-- An IPv6 address's own name and description (AllocateIpv6Address, ModifyIpv6AddressAttribute). An address given
-- out of a vSwitch by AllocateIpv6Address, held by nothing yet, has owner_id '' until ReleaseIpv6Address frees it.
ALTER TABLE subnet_ipv6_address ADD COLUMN name VARCHAR(128) NOT NULL DEFAULT '';
ALTER TABLE subnet_ipv6_address ADD COLUMN description VARCHAR(256) NOT NULL DEFAULT '';
