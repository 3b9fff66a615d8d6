package io.cloudtwin.dialect.aliyun.vpc;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Cidr;
import io.cloudtwin.core.ClientTokens;
import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Zones;
import io.cloudtwin.core.eip.AddressPool;
import io.cloudtwin.core.eip.AddressPoolBlock;
import io.cloudtwin.core.eip.AddressPoolService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.vpc.api.AddPublicIpAddressPoolCidrBlockRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.AddPublicIpAddressPoolCidrBlockResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePublicIpAddressPoolRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.CreatePublicIpAddressPoolResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.DeletePublicIpAddressPoolCidrBlockRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.DeletePublicIpAddressPoolRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPublicIpAddressPoolCidrBlocksRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPublicIpAddressPoolCidrBlocksResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPublicIpAddressPoolsRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.ListPublicIpAddressPoolsResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.UpdatePublicIpAddressPoolAttributeRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * Public IP address pools (alicloud_vpc_public_ip_address_pool, its CIDR block resource and data source; EIPs take
 * addresses from them through AllocateEipAddress PublicIpAddressPoolId): made, changed and gone at once, so always
 * Created. A block asked for by CidrBlock is taken as the account's own (Aliyun checks that the account holds it; here
 * it only must be public and overlap no other pool's); one asked for by CidrMask is carved from 198.19.0.0/16.
 */
@Component
record PublicIpAddressPools(AddressPoolService pools, TagService tags, ClientTokens tokens, Zones zones)
        implements VpcApi.CreatePublicIpAddressPool, VpcApi.ListPublicIpAddressPools,
        VpcApi.UpdatePublicIpAddressPoolAttribute, VpcApi.DeletePublicIpAddressPool,
        VpcApi.AddPublicIpAddressPoolCidrBlock, VpcApi.ListPublicIpAddressPoolCidrBlocks,
        VpcApi.DeletePublicIpAddressPoolCidrBlock {
    private static final String CREATED = "Created";
    /** The lines Anti-DDoS Pro/Premium protects. */
    private static final Set<String> PROTECTED_ISPS = Set.of("BGP", "BGP_PRO");
    private static final Set<String> BIZ_TYPES = Set.of("Default", "CloudBox");
    private static final String CLOUD_BOX = "CloudBox";
    private static final Set<String> PROTECTIONS = Set.of("AntiDDoS_Enhanced");
    /** The prefix lengths a block may have. */
    private static final int SHORTEST = 24;
    private static final int LONGEST = 28;
    /** The blocks no pool may hold: private, shared, loopback, link-local, multicast and reserved ones. */
    private static final List<Cidr> NOT_PUBLIC = List.of(Cidr.parse("0.0.0.0/8"), Cidr.parse("10.0.0.0/8"),
            Cidr.parse("100.64.0.0/10"), Cidr.parse("127.0.0.0/8"), Cidr.parse("169.254.0.0/16"),
            Cidr.parse("172.16.0.0/12"), Cidr.parse("192.168.0.0/16"), Cidr.parse("224.0.0.0/3"));

    /**
     * Isp (BGP), Name, Description, BizType (Default; CloudBox needs Zones of the region), SecurityProtectionTypes
     * (AntiDDoS_Enhanced, on BGP lines only), Tag.N, ResourceGroupId, ClientToken -> the pool's id, under both the
     * schema's spellings (PulbicIpAddressPoolId is the one the provider reads).
     */
    @Override
    public CreatePublicIpAddressPoolResponse createPublicIpAddressPool(AliyunCall call,
            CreatePublicIpAddressPoolRequest r) {
        Scope scope = call.scope();
        String isp = isp(call, r.isp());
        String bizType = AliyunFormats.or(r.bizType(), "Default");
        if (!BIZ_TYPES.contains(bizType)) throw call.invalid("BizType");
        if (CLOUD_BOX.equals(bizType) && r.zones().isEmpty()) throw call.error("MissingParam.Zones");
        for (String zone : r.zones()) {
            if (!zones.contains(scope.cloud(), scope.region(), zone)) throw call.error("IllegalParam.Zones", zone);
        }
        for (String type : r.securityProtectionTypes()) {
            if (!PROTECTIONS.contains(type)) throw call.error("IllegalParam.SecurityProtectionTypes");
        }
        if (!r.securityProtectionTypes().isEmpty() && !PROTECTED_ISPS.contains(isp)) {
            throw call.error("OperationDenied.ISPNotSupportDdosEnhanced");
        }
        var spec = new AddressPoolService.NewPool(text(call, "Name", r.name(), 128),
                text(call, "Description", r.description(), 256), isp, bizType, r.zones(),
                r.securityProtectionTypes());
        String group = call.resourceGroup(r.resourceGroupId());
        var tagged = call.tags(r.tag());
        String id = call.once(tokens, scope, r.clientToken(), () -> tags.createIn(ResourceType.ADDRESS_POOL, group,
                () -> pools.create(scope, Ids.random("pippool-", 20), spec, tagged).id()));
        return new CreatePublicIpAddressPoolResponse().setPulbicIpAddressPoolId(id).setPublicIpAddressPoolId(id)
                .setResourceGroupId(group == null ? call.defaultResourceGroup() : group);
    }

    /**
     * PublicIpAddressPoolIds.N, Name, Isp, Status (Created; Deleting and Modifying match nothing),
     * SecurityProtectionEnabled, Tags.N, ResourceGroupId; NextToken/MaxResults, oldest first.
     */
    @Override
    public ListPublicIpAddressPoolsResponse listPublicIpAddressPools(AliyunCall call,
            ListPublicIpAddressPoolsRequest r) {
        Scope scope = call.scope();
        String isp = blank(r.isp()) ? null : isp(call, r.isp());
        var wanted = call.narrow(tags, scope, ResourceType.ADDRESS_POOL, r.publicIpAddressPoolIds(), r.tags(),
                r.resourceGroupId());
        boolean none = wanted.isEmpty() || !(blank(r.status()) || CREATED.equals(r.status()));
        var out = new ListPublicIpAddressPoolsResponse();
        List<AddressPool> shown = call.listed(out, call.paging(10), none, pools.listing(scope,
                pools.where(wanted.orElse(List.of()),
                        AliyunFormats.orNull(r.name()), isp, r.securityProtectionEnabled())));
        List<String> ids = shown.stream().map(AddressPool::id).toList();
        var usage = pools.usage(ids);
        var tagged = tags.of(ids);
        var grouped = tags.groups(ids, call.defaultResourceGroup());
        return out.setPublicIpAddressPoolList(AliyunFormats.each(shown,
                ListPublicIpAddressPoolsResponse.PublicIpAddressPoolList::new, (item, p) -> {
                    var used = usage.get(p.id());
                    item.setPublicIpAddressPoolId(p.id()).setRegionId(p.region()).setName(p.name())
                            .setDescription(p.description()).setIsp(p.isp()).setBizType(p.bizType())
                            .setStatus(CREATED).setBusinessStatus("Normal").setShareType("")
                            .setCreationTime(AliyunFormats.time(p.createdAt()))
                            .setOwnerId(AliyunFormats.ownerId(p.accountId()))
                            .setTotalIpNum((int) used.total()).setUsedIpNum((int) used.used())
                            .setIpAddressRemaining(used.used() < used.total())
                            .setZones(CLOUD_BOX.equals(p.bizType()) ? p.zones() : List.of())
                            .setSecurityProtectionTypes(p.securityProtectionTypes())
                            .setResourceGroupId(grouped.get(p.id()))
                            .setTags(AliyunFormats.keyValueTags(tagged.get(p.id()),
                                    ListPublicIpAddressPoolsResponse.Tags::new));
                }));
    }

    @Override
    public void updatePublicIpAddressPoolAttribute(AliyunCall call, UpdatePublicIpAddressPoolAttributeRequest r) {
        pools.describe(call.scope(), r.publicIpAddressPoolId(),
                r.name() == null ? null : text(call, "Name", r.name(), 128),
                r.description() == null ? null : text(call, "Description", r.description(), 256));
    }

    /** Refused while an EIP holds an address of it (ResourceInUse.PublicIpAddressPool); its blocks go with it. */
    @Override
    public void deletePublicIpAddressPool(AliyunCall call, DeletePublicIpAddressPoolRequest r) {
        pools.delete(call.scope(), r.publicIpAddressPoolId());
    }

    /** CidrBlock (a public block of 24 to 28 bits) or CidrMask (24 to 28: a block is carved), one of them. */
    @Override
    public AddPublicIpAddressPoolCidrBlockResponse addPublicIpAddressPoolCidrBlock(AliyunCall call,
            AddPublicIpAddressPoolCidrBlockRequest r) {
        Scope scope = call.scope();
        boolean byBlock = !blank(r.cidrBlock());
        if (byBlock == (r.cidrMask() != null)) {
            throw call.error(byBlock ? "DuplicatedParam.CidrBlockAndCidrMask" : "MissingParam.CidrBlockOrCidrMask");
        }
        AddressPoolBlock b;
        if (byBlock) {
            Cidr block = block(call, r.cidrBlock());
            if (NOT_PUBLIC.stream().anyMatch(n -> n.overlaps(block))) throw call.error("IllegalParam.CidrBlock");
            b = pools.addBlock(scope, r.publicIpAddressPoolId(), block);
        } else {
            if (r.cidrMask() < SHORTEST || r.cidrMask() > LONGEST) throw call.error("IllegalParam.CidrBlockMask");
            b = pools.addBlock(scope, r.publicIpAddressPoolId(), r.cidrMask());
        }
        return new AddPublicIpAddressPoolCidrBlockResponse().setCidrBlock(b.cidrBlock());
    }

    /** PublicIpAddressPoolId (another's or none: no blocks), CidrBlock; NextToken/MaxResults, oldest first. */
    @Override
    public ListPublicIpAddressPoolCidrBlocksResponse listPublicIpAddressPoolCidrBlocks(AliyunCall call,
            ListPublicIpAddressPoolCidrBlocksRequest r) {
        var out = new ListPublicIpAddressPoolCidrBlocksResponse();
        List<AddressPoolBlock> shown = call.listed(out, call.paging(10), false, pools.blocks(call.scope(),
                r.publicIpAddressPoolId(), AliyunFormats.orNull(r.cidrBlock())));
        var used = pools.blockUsage(shown);
        return out.setPublicIpPoolCidrBlockList(AliyunFormats.each(shown,
                ListPublicIpAddressPoolCidrBlocksResponse.PublicIpPoolCidrBlockList::new, (item, b) -> item
                        .setPublicIpAddressPoolId(b.poolId()).setCidrBlock(b.cidrBlock()).setStatus(CREATED)
                        .setCreationTime(AliyunFormats.time(b.createdAt()))
                        .setTotalIpNum((int) b.cidr().size()).setUsedIpNum(used.get(b.id()).intValue())));
    }

    /** Refused while an EIP holds an address of the block (ResourceInUse.CidrBlock). */
    @Override
    public void deletePublicIpAddressPoolCidrBlock(AliyunCall call, DeletePublicIpAddressPoolCidrBlockRequest r) {
        pools.removeBlock(call.scope(), r.publicIpAddressPoolId(), block(call, r.cidrBlock()).toString());
    }

    /** A block of 24 to 28 bits (IllegalParam.CidrBlockMask), well formed (IllegalParam.CidrBlock). */
    private static Cidr block(AliyunCall call, String text) {
        Cidr block;
        try {
            block = Cidr.parse(text.strip());
        } catch (IllegalArgumentException e) {
            throw call.error("IllegalParam.CidrBlock", text);
        }
        if (block.prefix() < SHORTEST || block.prefix() > LONGEST) throw call.error("IllegalParam.CidrBlockMask");
        return block;
    }

    private static String isp(AliyunCall call, String isp) {
        String line = AliyunFormats.or(isp, "BGP");
        if (!VpcElasticIps.LINES.contains(line)) throw call.error("IllegalParam.Isp", line);
        return line;
    }

    /** A name or description: at most that long, not a URL (IllegalParam.Name, .Description); absent: "". */
    private static String text(AliyunCall call, String parameter, String value, int longest) {
        if (blank(value)) return "";
        if (value.length() > longest || AliyunFormats.url(value)) throw call.error("IllegalParam." + parameter);
        return value;
    }
}
