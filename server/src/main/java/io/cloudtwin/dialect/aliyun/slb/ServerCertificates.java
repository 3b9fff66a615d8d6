package io.cloudtwin.dialect.aliyun.slb;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.balancing.Certificate;
import io.cloudtwin.core.balancing.CertificateService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.CaCertificateAnswer;
import io.cloudtwin.dialect.aliyun.api.ServerCertificateAnswer;
import io.cloudtwin.dialect.aliyun.api.TagFields;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteCACertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteServerCertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeCACertificatesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeCACertificatesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeServerCertificatesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeServerCertificatesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetCACertificateNameRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetServerCertificateNameRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import io.cloudtwin.dialect.aliyun.slb.api.UploadCACertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.UploadCACertificateResponse;
import io.cloudtwin.dialect.aliyun.slb.api.UploadServerCertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.UploadServerCertificateResponse;

/**
 * Server certificates of the region's load balancers, which HTTPS listeners serve, and CA certificates, which they
 * trust to check their clients' certificates: the core's certificates (shared with UCloud's ULB SSL). An uploaded
 * server certificate must parse and come with its private key, a CA certificate must parse; the answers describe them
 * from the certificate itself (Fingerprint: the SHA-1 of its DER form, lower-case hex pairs joined by colons). Both
 * carry tags (ResourceType certificate).
 */
@Component
record ServerCertificates(CertificateService certificates, TagService tags)
        implements SlbApi.UploadServerCertificate, SlbApi.DescribeServerCertificates, SlbApi.DeleteServerCertificate,
        SlbApi.SetServerCertificateName, SlbApi.UploadCACertificate, SlbApi.DescribeCACertificates,
        SlbApi.SetCACertificateName, SlbApi.DeleteCACertificate {
    @Override
    public UploadServerCertificateResponse uploadServerCertificate(AliyunCall call, UploadServerCertificateRequest r) {
        if (!AliyunFormats.blank(r.aliCloudCertificateId())) throw call.invalid("AliCloudCertificateId");
        if (AliyunFormats.blank(r.serverCertificate())) throw call.missing("ServerCertificate");
        if (AliyunFormats.blank(r.privateKey())) throw call.missing("PrivateKey");
        Certificate c = certificates.create(call.scope(), Ids.random("cert-", 20),
                r.serverCertificateName() == null ? "" : r.serverCertificateName(), "Server",
                r.serverCertificate().trim() + "\n" + r.privateKey().trim() + "\n");
        tags.tagNew(call.scope(), ResourceType.CERTIFICATE, c.id(), call.tags(r.tag()));
        return fill(new UploadServerCertificateResponse(), c);
    }

    @Override
    public DescribeServerCertificatesResponse describeServerCertificates(AliyunCall call,
                                                                       DescribeServerCertificatesRequest r) {
        List<Certificate> listed = listed(call, r.serverCertificateId(), false, r.tag());
        var tagged = tags.of(listed.stream().map(Certificate::id).toList());
        return new DescribeServerCertificatesResponse().setServerCertificates(listed.stream()
                .map(c -> fill(new DescribeServerCertificatesResponse.ServerCertificate(), c)
                        .setTags(AliyunFormats.tags(tagged.get(c.id()), DescribeServerCertificatesResponse.Tag::new)))
                .toList());
    }

    /** The region's certificates of a kind (authorities: CA ones), one of them (id given), carrying every tag. */
    private List<Certificate> listed(AliyunCall call, String id, boolean authorities,
                                     List<? extends TagFields> tagged) {
        var wanted = tags.narrow(call.scope(), ResourceType.CERTIFICATE, List.of(), call.tags(tagged));
        if (wanted.isEmpty()) return List.of();
        return certificates.list(call.scope(), AliyunFormats.blank(id) ? null : id, authorities, 0,
                Integer.MAX_VALUE).items().stream().map(CertificateService.View::certificate)
                .filter(c -> wanted.get().isEmpty() || wanted.get().contains(c.id())).toList();
    }

    @Override
    public void setServerCertificateName(AliyunCall call, SetServerCertificateNameRequest r) {
        certificates.rename(call.scope(), r.serverCertificateId(), false,
                r.serverCertificateName() == null ? "" : r.serverCertificateName());
    }

    @Override
    public void deleteServerCertificate(AliyunCall call, DeleteServerCertificateRequest r) {
        certificates.delete(call.scope(), r.serverCertificateId(), false);
    }

    /** A certificate as Upload and Describe answer it, read from the certificate itself. */
    private static <T extends ServerCertificateAnswer> T fill(T out, Certificate c) {
        X509Certificate x509 = x509(c.content());
        out.setServerCertificateId(c.id()).setServerCertificateName(c.name()).setRegionId(c.region())
                .setFingerprint(fingerprint(x509)).setCommonName(CertificateService.commonName(x509))
                .setSubjectAlternativeNames(CertificateService.alternativeNames(x509))
                .setCreateTime(AliyunFormats.time(c.createdAt())).setCreateTimeStamp(c.createdAt().toInstant()
                        .toEpochMilli())
                .setExpireTime(AliyunFormats.time(c.notAfter())).setExpireTimeStamp(c.notAfter().toInstant()
                        .toEpochMilli())
                .setIsAliCloudCertificate(0).setAliCloudCertificateId("").setAliCloudCertificateName("")
                .setResourceGroupId("");
        return out;
    }

    /** The certificate of the uploaded content (it parsed when it was uploaded). */
    private static X509Certificate x509(String content) {
        return CertificateService.certificateOf(content)
                .orElseThrow(() -> new IllegalStateException("a stored certificate that does not parse"));
    }

    private static String fingerprint(X509Certificate x509) {
        try {
            byte[] sha1 = MessageDigest.getInstance("SHA-1").digest(x509.getEncoded());
            return HexFormat.ofDelimiter(":").formatHex(sha1);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public UploadCACertificateResponse uploadCACertificate(AliyunCall call, UploadCACertificateRequest r) {
        if (AliyunFormats.blank(r.caCertificate())) throw call.missing("CACertificate");
        Certificate c = certificates.createAuthority(call.scope(), Ids.random("cacert-", 20),
                r.caCertificateName() == null ? "" : r.caCertificateName(), r.caCertificate().trim() + "\n");
        tags.tagNew(call.scope(), ResourceType.CERTIFICATE, c.id(), call.tags(r.tag()));
        return authority(new UploadCACertificateResponse(), c);
    }

    @Override
    public DescribeCACertificatesResponse describeCACertificates(AliyunCall call, DescribeCACertificatesRequest r) {
        List<Certificate> listed = listed(call, r.caCertificateId(), true, r.tag());
        var tagged = tags.of(listed.stream().map(Certificate::id).toList());
        return new DescribeCACertificatesResponse().setCaCertificates(listed.stream()
                .map(c -> authority(new DescribeCACertificatesResponse.CACertificate(), c).setRegionId(c.region())
                        .setTags(AliyunFormats.tags(tagged.get(c.id()), DescribeCACertificatesResponse.Tag::new)))
                .toList());
    }

    @Override
    public void setCACertificateName(AliyunCall call, SetCACertificateNameRequest r) {
        certificates.rename(call.scope(), r.caCertificateId(), true, r.caCertificateName());
    }

    @Override
    public void deleteCACertificate(AliyunCall call, DeleteCACertificateRequest r) {
        certificates.delete(call.scope(), r.caCertificateId(), true);
    }

    /** A CA certificate as Upload and Describe answer it, read from the certificate itself. */
    private static <T extends CaCertificateAnswer> T authority(T out, Certificate c) {
        X509Certificate x509 = x509(c.content());
        out.setCaCertificateId(c.id()).setCaCertificateName(c.name()).setFingerprint(fingerprint(x509))
                .setCommonName(CertificateService.commonName(x509)).setCreateTime(AliyunFormats.time(c.createdAt()))
                .setCreateTimeStamp(c.createdAt().toInstant().toEpochMilli())
                .setExpireTime(AliyunFormats.time(c.notAfter())).setExpireTimeStamp(c.notAfter().toInstant()
                        .toEpochMilli())
                .setResourceGroupId(AliyunFormats.defaultResourceGroup(c.accountId()));
        return out;
    }
}
