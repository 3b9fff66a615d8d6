package io.cloudtwin.dialect.ucloud.ulb;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.balancing.Certificate;
import io.cloudtwin.core.balancing.CertificateService;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.ulb.api.BindSSLRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateSSLRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.CreateSSLResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.DeleteSSLRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeSSLRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.DescribeSSLResponse;
import io.cloudtwin.dialect.ucloud.ulb.api.SSLBindedTargetSet;
import io.cloudtwin.dialect.ucloud.ulb.api.ULBSSLSet;
import io.cloudtwin.dialect.ucloud.ulb.api.UlbApi;
import io.cloudtwin.dialect.ucloud.ulb.api.UnbindSSLRequest;
import io.cloudtwin.dialect.ucloud.ulb.api.UpdateSSLAttributeRequest;

/**
 * ULB SSL certificates (terraform-provider-ucloud's ucloud_lb_ssl and ucloud_lb_ssl_attachment, ucloud-cli's ulb ssl):
 * uploaded as SSLContent or as UserCert, PrivateKey and CaCert, served by HTTPS VServers, one each.
 */
@Component
record Certificates(CertificateService certificates, LoadBalancerService lbs)
        implements UlbApi.CreateSSL, UlbApi.DescribeSSL, UlbApi.DeleteSSL, UlbApi.BindSSL, UlbApi.UnbindSSL,
        UlbApi.UpdateSSLAttribute {
    /** SSLId: this prefix and 8 lower-case letters and digits. */
    private static final String ID_PREFIX = "ssl-";

    @Override
    public CreateSSLResponse createSSL(UcloudCall call, CreateSSLRequest r) {
        if (r.usslId() != null && !r.usslId().isEmpty()) throw call.invalid("USSLId");
        if (r.sslType() != null && !r.sslType().equalsIgnoreCase("Pem")) throw call.invalid("SSLType");
        String content = r.sslContent() != null && !r.sslContent().isEmpty() ? r.sslContent()
                : String.join("\n", nz(r.userCert()), nz(r.privateKey()), nz(r.caCert())).strip();
        var c = certificates.create(call.scope(), Ids.random(ID_PREFIX, 8), UcloudFormats.text(r.sslName(), "SSLName",
                UcloudFormats.NAME), "Pem", content);
        return new CreateSSLResponse().setSslId(c.id());
    }

    @Override
    public DescribeSSLResponse describeSSL(UcloudCall call, DescribeSSLRequest r) {
        var page = certificates.list(call.scope(), r.sslId(), false, UcloudFormats.offset(r.offset()),
                UcloudFormats.limit(r.limit(), 100));
        return new DescribeSSLResponse().setTotalCount(UcloudFormats.total(page)).setDataSet(page.items().stream()
                .map(v -> summary(v.certificate()).setBindedTargetSet(v.listeners().stream()
                        .map(l -> new SSLBindedTargetSet().setVServerId(l.id()).setVServerName(l.name())
                                .setUlbId(l.loadBalancerId())
                                .setUlbName(lbs.get(call.scope(), l.loadBalancerId()).name()))
                        .toList())).toList());
    }

    @Override
    public void deleteSSL(UcloudCall call, DeleteSSLRequest r) {
        certificates.delete(call.scope(), r.sslId(), false);
    }

    @Override
    public void bindSSL(UcloudCall call, BindSSLRequest r) {
        certificates.bind(call.scope(), r.ulbId(), r.vServerId(), r.sslId());
    }

    @Override
    public void unbindSSL(UcloudCall call, UnbindSSLRequest r) {
        certificates.unbind(call.scope(), r.ulbId(), r.vServerId(), r.sslId());
    }

    @Override
    public void updateSSLAttribute(UcloudCall call, UpdateSSLAttributeRequest r) {
        certificates.rename(call.scope(), r.sslId(), false,
                UcloudFormats.text(r.sslName(), "SSLName", UcloudFormats.NAME));
    }

    /** A certificate as ULBSSLSet gives it, without its bindings (a VServer's SSLSet). */
    static ULBSSLSet summary(Certificate c) {
        return new ULBSSLSet().setSslId(c.id()).setSslName(c.name()).setSslType(c.certType())
                .setSslContent(c.content()).setCreateTime(unix(c.createdAt())).setHashValue(c.hashValue())
                .setBindedTargetSet(List.of()).setSslSource(0).setUsslId("").setDomains(c.domains())
                .setNotBefore(c.notBefore() == null ? 0 : unix(c.notBefore()))
                .setNotAfter(c.notAfter() == null ? 0 : unix(c.notAfter()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
