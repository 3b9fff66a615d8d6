package io.cloudtwin.dialect.aliyun.slb;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.balancing.Certificate;
import io.cloudtwin.core.balancing.CertificateService;
import io.cloudtwin.dialect.Coverage;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.ServerCertificateAnswer;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteServerCertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DeleteServerCertificateResponse;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeServerCertificatesRequest;
import io.cloudtwin.dialect.aliyun.slb.api.DescribeServerCertificatesResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SetServerCertificateNameRequest;
import io.cloudtwin.dialect.aliyun.slb.api.SetServerCertificateNameResponse;
import io.cloudtwin.dialect.aliyun.slb.api.SlbApi;
import io.cloudtwin.dialect.aliyun.slb.api.UploadServerCertificateRequest;
import io.cloudtwin.dialect.aliyun.slb.api.UploadServerCertificateResponse;

/**
 * Server certificates of the region's load balancers, which HTTPS listeners serve: the core's certificates (shared
 * with UCloud's ULB SSL). An uploaded certificate must parse and come with its private key; the answers describe it
 * from the certificate itself (Fingerprint: the SHA-1 of its DER form, lower-case hex pairs joined by colons).
 */
@Component
record ServerCertificates(CertificateService certificates)
        implements SlbApi.UploadServerCertificate, SlbApi.DescribeServerCertificates, SlbApi.DeleteServerCertificate,
        SlbApi.SetServerCertificateName {
    @Override
    @Coverage("ServerCertificate and PrivateKey (PEM; one that does not parse: CertificateFormatInvalid), "
            + "ServerCertificateName; certificates of Alibaba's certificate service (AliCloudCertificateId) not served")
    public UploadServerCertificateResponse uploadServerCertificate(AliyunCall call, UploadServerCertificateRequest r) {
        if (!AliyunFormats.blank(r.aliCloudCertificateId())) throw call.invalid("AliCloudCertificateId");
        if (AliyunFormats.blank(r.serverCertificate())) throw call.missing("ServerCertificate");
        if (AliyunFormats.blank(r.privateKey())) throw call.missing("PrivateKey");
        Certificate c = certificates.create(call.regionalScope(), Ids.random("cert-", 20),
                r.serverCertificateName() == null ? "" : r.serverCertificateName(), "Server",
                r.serverCertificate().trim() + "\n" + r.privateKey().trim() + "\n");
        return fill(new UploadServerCertificateResponse(), c);
    }

    @Override
    @Coverage("ServerCertificateId (an unknown one: none); the region's certificates")
    public DescribeServerCertificatesResponse describeServerCertificates(AliyunCall call,
                                                                       DescribeServerCertificatesRequest r) {
        var page = certificates.list(call.regionalScope(), AliyunFormats.blank(r.serverCertificateId()) ? null
                : r.serverCertificateId(), 0, Integer.MAX_VALUE);
        return new DescribeServerCertificatesResponse().setServerCertificates(page.items().stream()
                .map(v -> fill(new DescribeServerCertificatesResponse.ServerCertificate(), v.certificate())
                        .setTags(List.of())).toList());
    }

    @Override
    @Coverage("ServerCertificateName")
    public SetServerCertificateNameResponse setServerCertificateName(AliyunCall call, SetServerCertificateNameRequest r) {
        certificates.rename(call.regionalScope(), r.serverCertificateId(),
                r.serverCertificateName() == null ? "" : r.serverCertificateName());
        return new SetServerCertificateNameResponse();
    }

    @Override
    @Coverage("one no HTTPS listener serves (CertificateAndPrivateKeyIsRefered)")
    public DeleteServerCertificateResponse deleteServerCertificate(AliyunCall call, DeleteServerCertificateRequest r) {
        certificates.delete(call.regionalScope(), r.serverCertificateId());
        return new DeleteServerCertificateResponse();
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
}
