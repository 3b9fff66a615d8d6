package io.cloudtwin.dialect.ucloud.vpc;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.NAME;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.REMARK;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.TAG;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.text;
import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.network.Vip;
import io.cloudtwin.core.network.VipService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateVIPRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.AllocateVIPResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVIPRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.DescribeVIPResponse;
import io.cloudtwin.dialect.ucloud.vpc.api.ReleaseVIPRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.UcloudVpcApi;
import io.cloudtwin.dialect.ucloud.vpc.api.UpdateVIPAttributeRequest;
import io.cloudtwin.dialect.ucloud.vpc.api.VIPDetailSet;
import io.cloudtwin.dialect.ucloud.vpc.api.VIPSet;

/**
 * Virtual IPs (terraform-provider-ucloud's ucloud_vip): addresses of a subnet held by no host, given out as hosts'
 * addresses are; DescribeVIP by an unknown VIPId is an empty VIPSet, which the provider reads as gone.
 */
@Component
record Vips(VipService vips) implements UcloudVpcApi.AllocateVIP, UcloudVpcApi.DescribeVIP, UcloudVpcApi.ReleaseVIP,
        UcloudVpcApi.UpdateVIPAttribute {
    /** VIPId: this prefix and 8 lower-case letters and digits. */
    private static final String ID_PREFIX = "vip-";
    /** The most VIPs one AllocateVIP makes here (UCloud documents no bound). */
    private static final int MAX_COUNT = 50;

    @Override
    public AllocateVIPResponse allocateVIP(UcloudCall call, AllocateVIPRequest r) {
        int count = r.count() == null ? 1 : r.count();
        if (count < 1 || count > MAX_COUNT) throw call.invalid("Count");
        var made = vips.create(call.scope(), new VipService.NewVip(r.vpcId(), r.subnetId(), r.zone(), r.ip(),
                text(r.name(), "VIP", "Name", NAME), text(r.tag(), "Default", "Tag", TAG),
                text(r.remark(), "", "Remark", REMARK)), count, () -> Ids.random(ID_PREFIX, 8));
        return new AllocateVIPResponse().setVipSet(made.stream().map(v -> new VIPSet().setVip(v.address())
                .setVipId(v.id()).setVpcId(v.vpcId())).toList()).setDataSet(made.stream().map(Vip::address).toList());
    }

    @Override
    public DescribeVIPResponse describeVIP(UcloudCall call, DescribeVIPRequest r) {
        var found = vips.list(call.scope(), r.vipId(), r.vpcId(), r.subnetId(), r.hasTag() ? r.tag() : null);
        return new DescribeVIPResponse().setTotalCount(found.size())
                .setDataSet(found.stream().map(Vip::address).toList())
                .setVipSet(found.stream().map(v -> new VIPDetailSet().setVipId(v.id()).setVip(v.address())
                        .setVpcId(v.vpcId()).setSubnetId(v.subnetId()).setZone(v.zone()).setName(v.name())
                        .setTag(v.tag()).setRemark(v.remark()).setRealIp("").setCreateTime(unix(v.createdAt())))
                        .toList());
    }

    @Override
    public void releaseVIP(UcloudCall call, ReleaseVIPRequest r) {
        vips.release(call.scope(), r.vipId());
    }

    @Override
    public void updateVIPAttribute(UcloudCall call, UpdateVIPAttributeRequest r) {
        vips.update(call.scope(), r.vipId(), text(r.name(), "Name", NAME), text(r.tag(), "Tag", TAG),
                text(r.remark(), "Remark", REMARK));
    }
}
