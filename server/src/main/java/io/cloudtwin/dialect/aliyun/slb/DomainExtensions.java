package io.cloudtwin.dialect.aliyun.slb;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.balancing.DomainExtension;
import io.cloudtwin.core.balancing.DomainExtensionService;
import io.cloudtwin.core.balancing.Listener;
import io.cloudtwin.core.balancing.LoadBalancerService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.slb.api.CreateDomainExtensionRequest;
import io.cloudtwin.dialect.aliyun.slb.api.CreateDomainExtensionResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteDomainExtensionRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeDomainExtensionAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeDomainExtensionAttributeResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeDomainExtensionsRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeDomainExtensionsResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetDomainExtensionAttributeRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;

/**
 * Domain extensions (de-): an HTTPS listener serves another server certificate to the clients that ask for a domain
 * (the core's, V89).
 */
@Component
record DomainExtensions(DomainExtensionService extensions, LoadBalancerService lbs)
        implements SlbApi.CreateDomainExtension, SlbApi.DescribeDomainExtensions,
        SlbApi.DescribeDomainExtensionAttribute, SlbApi.SetDomainExtensionAttribute, SlbApi.DeleteDomainExtension {
    private static final int MAX_DOMAIN = 80;

    @Override
    public CreateDomainExtensionResponse createDomainExtension(AliyunCall call, CreateDomainExtensionRequest r) {
        if (r.domain().length() > MAX_DOMAIN || r.domain().isBlank()) throw call.invalid("Domain");
        if (AliyunFormats.blank(r.serverCertificateId())) throw call.missing("ServerCertificateId");
        Scope scope = call.scope();
        Listener l = lbs.listenerAt(scope, r.loadBalancerId(), r.listenerPort(), "https");
        DomainExtension e = extensions.create(scope, r.loadBalancerId(), l.id(), Ids.random("de-", 20),
                r.domain(), r.serverCertificateId());
        return new CreateDomainExtensionResponse().setDomainExtensionId(e.id()).setListenerPort(l.port());
    }

    @Override
    public DescribeDomainExtensionsResponse describeDomainExtensions(AliyunCall call,
                                                                     DescribeDomainExtensionsRequest r) {
        Scope scope = call.scope();
        Listener l = lbs.listenerAt(scope, r.loadBalancerId(), r.listenerPort(), "https");
        List<DomainExtension> listed = extensions.ofListener(scope, r.loadBalancerId(), l.id()).stream()
                .filter(e -> AliyunFormats.blank(r.domainExtensionId()) || e.id().equals(r.domainExtensionId()))
                .toList();
        return new DescribeDomainExtensionsResponse().setDomainExtensions(listed.stream().map(e ->
                new DescribeDomainExtensionsResponse.DomainExtension().setDomainExtensionId(e.id())
                        .setDomain(e.domain()).setServerCertificateId(e.certificateId())).toList());
    }

    @Override
    public DescribeDomainExtensionAttributeResponse describeDomainExtensionAttribute(AliyunCall call,
            DescribeDomainExtensionAttributeRequest r) {
        Scope scope = call.scope();
        DomainExtension e = extensions.get(scope, r.domainExtensionId());
        Listener l = lbs.listener(scope, e.loadBalancerId(), e.listenerId());
        return new DescribeDomainExtensionAttributeResponse().setDomainExtensionId(e.id()).setDomain(e.domain())
                .setServerCertificateId(e.certificateId()).setLoadBalancerId(e.loadBalancerId())
                .setListenerPort(l.port());
    }

    @Override
    public void setDomainExtensionAttribute(AliyunCall call, SetDomainExtensionAttributeRequest r) {
        if (!AliyunFormats.blank(r.serverCertificateId())) {
            extensions.serve(call.scope(), r.domainExtensionId(), r.serverCertificateId());
        } else {
            extensions.get(call.scope(), r.domainExtensionId());
        }
    }

    @Override
    public void deleteDomainExtension(AliyunCall call, DeleteDomainExtensionRequest r) {
        extensions.delete(call.scope(), r.domainExtensionId());
    }
}
