package io.cloudtwin.dialect.aliyun.slb;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.or;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.balancing.AccessListService;
import io.cloudtwin.core.balancing.CertificateService;
import io.cloudtwin.core.balancing.DomainExtensionService;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.ListenerRuleService;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.core.balancing.ServerGroupService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.slb.api.CreateLoadBalancerHTTPSListenerRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerHTTPSListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeLoadBalancerHTTPSListenerAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetLoadBalancerHTTPSListenerAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;

/**
 * HTTPS listeners: an HTTP listener's settings (the checks and defaults of {@link Listeners}) and the server
 * certificate it serves (ServerCertificateId, a certificate of the region: the core's binding, made in the
 * listener's creating transaction).
 */
@Component
record HttpsListeners(LoadBalancerService lbs, CertificateService certificates, AccessListService acls,
                      ListenerRuleService rules, DomainExtensionService extensions, ServerGroupService groups)
        implements SlbApi.CreateLoadBalancerHTTPSListener, SlbApi.DescribeLoadBalancerHTTPSListenerAttribute,
        SlbApi.SetLoadBalancerHTTPSListenerAttribute {
    @Override
    public void createLoadBalancerHTTPSListener(AliyunCall call, CreateLoadBalancerHTTPSListenerRequest r) {
        Listeners.common(call, r.listenerPort(), r.backendServerPort(), r.vServerGroupId(), r.scheduler(),
                r.bandwidth(), "AclStatus", r.aclStatus(), "HealthCheck", r.healthCheck(), "StickySession",
                r.stickySession(), "Gzip", r.gzip(), "XForwardedFor", r.xForwardedFor());
        Listeners.sticky(call, r.stickySession(), r.stickySessionType(), r.cookieTimeout(), r.cookie());
        if (!Listeners.given(r.serverCertificateId())) throw call.missing("ServerCertificateId");
        lbs.get(call.scope(), r.loadBalancerId());
        Listeners.references(call, groups, r.vServerGroupId(), null);
        var listener = new LoadBalancerService.NewListener(or(r.description(), ""), "https", r.listenerPort(),
                or(r.scheduler(), "wrr"), or(r.stickySession(), "off"), or(r.cookie(), ""),
                r.idleTimeout() == null ? 15 : r.idleTimeout(), or(r.healthCheck(), "on"),
                or(r.healthCheckDomain(), ""), or(r.healthCheckURI(), "/"), null, r.backendServerPort(),
                r.bandwidth() == null ? -1 : r.bandwidth(), Listener.STOPPED, Listeners.http(r).map(),
                r.vServerGroupId());
        if (Listeners.given(r.aclId())) acls.find(call.scope(), r.aclId());
        String trusted = authority(call, r.caCertificateId());
        String id = Listeners.listenerId(r.loadBalancerId(), "https", r.listenerPort());
        acls.changingListener(call.scope(), r.loadBalancerId(), id, Listeners.acl(r, null),
                () -> {
                    certificates.createServing(call.scope(), r.loadBalancerId(), id, listener,
                            r.serverCertificateId());
                    if (trusted != null) certificates.trust(call.scope(), r.loadBalancerId(), id, trusted);
                });
    }

    @Override
    public DescribeLoadBalancerHTTPSListenerAttributeResponse describeLoadBalancerHTTPSListenerAttribute(
            AliyunCall call, DescribeLoadBalancerHTTPSListenerAttributeRequest r) {
        Listener l = lbs.listenerAt(call.scope(), r.loadBalancerId(), r.listenerPort(), "https");
        var s = new Settings(l);
        var served = certificates.ofListeners(List.of(l.id())).get(l.id());
        String trusted = certificates.trustedBy(List.of(l.id())).get(l.id());
        return Listeners.http(Listeners.listener(new DescribeLoadBalancerHTTPSListenerAttributeResponse(), l, s), l, s)
                .setServerCertificateId(served == null ? "" : served.id()).setCaCertificateId(trusted == null ? "" : trusted)
                .setTlsCipherPolicy("tls_cipher_policy_1_0")
                .setXForwardedForSLBIP(s.text("XForwardedFor_SLBIP", "off"))
                .setXForwardedForSLBID(s.text("XForwardedFor_SLBID", "off"))
                .setXForwardedForProto(s.text("XForwardedFor_proto", "off"))
                .setXForwardedForSLBPORT(s.text("XForwardedFor_SLBPORT", "off"))
                .setXForwardedForClientSrcPort(s.text("XForwardedFor_ClientSrcPort", "off"))
                .setXForwardedForClientCertSubjectDN("off").setXForwardedForClientCertIssuerDN("off")
                .setXForwardedForClientCertFingerprint("off").setXForwardedForClientCertClientVerify("off")
                .setSecurityStatus("").setTags(List.of())
                .setRules(Rules.brief(rules.ofListener(call.scope(), l.loadBalancerId(), l.id()),
                        DescribeLoadBalancerHTTPSListenerAttributeResponse.Rule::new))
                .setDomainExtensions(extensions.ofListener(call.scope(), l.loadBalancerId(), l.id()).stream()
                        .map(e -> new DescribeLoadBalancerHTTPSListenerAttributeResponse.DomainExtension()
                                .setDomainExtensionId(e.id()).setDomain(e.domain())
                                .setServerCertificateId(e.certificateId())).toList());
    }

    @Override
    public void setLoadBalancerHTTPSListenerAttribute(AliyunCall call, SetLoadBalancerHTTPSListenerAttributeRequest r) {
        Listener l = lbs.listenerAt(call.scope(), r.loadBalancerId(), r.listenerPort(), "https");
        Listeners.references(call, groups, r.vServerGroupId(), null);
        Listeners.scheduler(call, r.scheduler());
        Listeners.switches(call, "StickySession", r.stickySession(), "HealthCheck", r.healthCheck(), "Gzip", r.gzip(),
                "XForwardedFor", r.xForwardedFor(), "AclStatus", r.aclStatus());
        Listeners.sticky(call, r.stickySession(), r.stickySessionType(), r.cookieTimeout(), r.cookie());
        String trusted = authority(call, r.caCertificateId());
        var changes = new LoadBalancerService.ListenerChanges(r.description(), r.scheduler(), r.stickySession(),
                r.cookie(), r.idleTimeout(), r.healthCheck(), r.healthCheckDomain(), r.healthCheckURI(), null,
                r.bandwidth(), Listeners.http(r).map(), Listeners.forwardTo(call, r.vServerGroup(), r.vServerGroupId()));
        if (Listeners.given(r.aclId())) acls.find(call.scope(), r.aclId());
        acls.changingListener(call.scope(), r.loadBalancerId(), l.id(), Listeners.acl(r, l),
                () -> {
                    certificates.update(call.scope(), r.loadBalancerId(), l.id(), changes,
                            Listeners.given(r.serverCertificateId()) ? r.serverCertificateId() : null);
                    if (trusted != null) certificates.trust(call.scope(), r.loadBalancerId(), l.id(), trusted);
                });
    }

    /**
     * The CA certificate a request names for its listener to trust (null: none named): one of the region's
     * (CertificateNotExist otherwise; the core checks it again under its lock).
     */
    private String authority(AliyunCall call, String caCertificateId) {
        if (!Listeners.given(caCertificateId)) return null;
        if (certificates.list(call.scope(), caCertificateId, true, 0, 1).items().isEmpty()) {
            throw call.firstError("CACertificateId", "CertificateNotExist");
        }
        return caCertificateId;
    }
}
