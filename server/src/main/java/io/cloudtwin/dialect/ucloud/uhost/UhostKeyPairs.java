package io.cloudtwin.dialect.ucloud.uhost;

import static io.cloudtwin.dialect.ucloud.UcloudFormats.unix;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Ids;
import io.cloudtwin.core.compute.KeyPairService;
import io.cloudtwin.dialect.ucloud.UcloudCall;
import io.cloudtwin.dialect.ucloud.UcloudFormats;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateUHostKeyPairRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.CreateUHostKeyPairResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.DeleteUHostKeyPairsRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostKeyPairsRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.DescribeUHostKeyPairsResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.ImportUHostKeyPairsRequest;
import io.cloudtwin.dialect.ucloud.uhost.api.ImportUHostKeyPairsResponse;
import io.cloudtwin.dialect.ucloud.uhost.api.KeyPair;
import io.cloudtwin.dialect.ucloud.uhost.api.KeyPairDesc;
import io.cloudtwin.dialect.ucloud.uhost.api.UhostApi;

/**
 * UHost key pairs, on the cloud-neutral key pairs of the core: named by a KeyPairId of their own, their names unique
 * in a region and project. A pair may be deleted while hosts log in with it: they keep the key and report the pair
 * with KeyPairState Deleted (the doc's UHostKeyPair model).
 */
@Component
public record UhostKeyPairs(KeyPairService keyPairs)
        implements UhostApi.CreateUHostKeyPair, UhostApi.ImportUHostKeyPairs, UhostApi.DescribeUHostKeyPairs,
        UhostApi.DeleteUHostKeyPairs {
    /** The doc's KeyPairName: 1 to 63 letters, digits and symbols. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}\\p{P}\\p{S}]{1,63}");
    /** KeyPairId: this prefix and 8 lower-case letters and digits (cloudtwin's shape; UCloud documents none). */
    private static final String ID_PREFIX = "uhostkp-";
    /** DescribeUHostKeyPairs' documented largest Limit. */
    private static final int MAX_LIMIT = 100;

    @Override
    public CreateUHostKeyPairResponse createUHostKeyPair(UcloudCall call, CreateUHostKeyPairRequest r) {
        var created = keyPairs.create(call.scope(), Ids.random(ID_PREFIX, 8), name(call, r.keyPairName()), Map.of());
        var k = created.keyPair();
        return new CreateUHostKeyPairResponse().setKeyPair(new KeyPair().setProjectId(k.projectId())
                .setKeyPairId(k.id()).setKeyPairName(k.name()).setKeyPairFingerPrint(k.fingerprint())
                .setPrivateKeyBody(created.privateKeyPem()).setCreateTime(unix(k.createdAt())));
    }

    @Override
    public ImportUHostKeyPairsResponse importUHostKeyPairs(UcloudCall call, ImportUHostKeyPairsRequest r) {
        var k = keyPairs.importKey(call.scope(), Ids.random(ID_PREFIX, 8), name(call, r.keyPairName()),
                r.publicKeyBody(), Map.of());
        return new ImportUHostKeyPairsResponse().setKeyPairId(k.id()).setKeyPairName(k.name())
                .setKeyPairFingerPrint(k.fingerprint());
    }

    @Override
    public DescribeUHostKeyPairsResponse describeUHostKeyPairs(UcloudCall call, DescribeUHostKeyPairsRequest r) {
        var page = keyPairs.list(call.scope(), null, r.keyPairName(), r.keyPairFingerPrint(),
                UcloudFormats.offset(r.offset()), UcloudFormats.limit(r.limit(), MAX_LIMIT));
        return new DescribeUHostKeyPairsResponse().setTotalCount(UcloudFormats.total(page))
                .setKeyPairs(page.items().stream().map(k -> new KeyPairDesc().setProjectId(k.projectId())
                        .setKeyPairId(k.id()).setKeyPairName(k.name()).setKeyPairFingerPrint(k.fingerprint())
                        .setCreateTime(unix(k.createdAt()))).toList());
    }

    @Override
    public void deleteUHostKeyPairs(UcloudCall call, DeleteUHostKeyPairsRequest r) {
        keyPairs.delete(call.scope(), r.keyPairIds());
    }

    private static String name(UcloudCall call, String name) {
        if (name == null || !NAME.matcher(name).matches()) throw call.invalid("KeyPairName");
        return name;
    }
}
