package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.url;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Page;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.compute.KeyPair;
import io.cloudtwin.core.compute.KeyPairService;
import io.cloudtwin.core.tag.TagService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunErrors;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.api.KeyPairOutcome;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachKeyPairRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.AttachKeyPairResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateKeyPairRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateKeyPairResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DeleteKeyPairsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeKeyPairsRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeKeyPairsResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachKeyPairRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DetachKeyPairResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ImportKeyPairRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.ImportKeyPairResponse;

/** SSH key pairs: named by their name, made here (private key answered once) or imported, bound to instances. */
@Component
record KeyPairs(KeyPairService keyPairs, TagService tags)
        implements EcsApi.CreateKeyPair, EcsApi.ImportKeyPair, EcsApi.DescribeKeyPairs, EcsApi.DeleteKeyPairs,
        EcsApi.AttachKeyPair, EcsApi.DetachKeyPair {
    @Override
    public CreateKeyPairResponse createKeyPair(AliyunCall call, CreateKeyPairRequest r) {
        String group = call.resourceGroup(r.resourceGroupId());
        var created = tags.createIn(ResourceType.KEY_PAIR, group, () -> keyPairs.create(call.scope(), null,
                name(call, r.keyPairName()), call.tags(r.tag())), c -> c.keyPair().id());
        return new CreateKeyPairResponse().setKeyPairName(created.keyPair().name())
                .setKeyPairFingerPrint(created.keyPair().fingerprint()).setPrivateKeyBody(created.privateKeyPem());
    }

    @Override
    public ImportKeyPairResponse importKeyPair(AliyunCall call, ImportKeyPairRequest r) {
        String group = call.resourceGroup(r.resourceGroupId());
        KeyPair k = tags.createIn(ResourceType.KEY_PAIR, group, () -> keyPairs.importKey(call.scope(), null,
                name(call, r.keyPairName()), r.publicKeyBody(), call.tags(r.tag())), KeyPair::id);
        return new ImportKeyPairResponse().setKeyPairName(k.name()).setKeyPairFingerPrint(k.fingerprint());
    }

    @Override
    public DescribeKeyPairsResponse describeKeyPairs(AliyunCall call, DescribeKeyPairsRequest r) {
        var scope = call.scope();
        var paging = call.paging(10);
        List<String> ids = call.narrow(tags, scope, ResourceType.KEY_PAIR,
                List.of(), r.tag(), r.resourceGroupId()).orElse(List.of(""));
        if (ids.isEmpty()) ids = null;
        String name = r.keyPairName();
        Page<KeyPair> page;
        if (name != null && name.contains("*")) {
            Pattern glob = Pattern.compile(Pattern.quote(name).replace("*", "\\E.*\\Q"));
            var all = keyPairs.list(scope, ids, null, r.keyPairFingerPrint(), 0, Integer.MAX_VALUE).items().stream()
                    .filter(k -> glob.matcher(k.name()).matches()).toList();
            page = new Page<>(AliyunFormats.page(all, paging), all.size());
        } else {
            page = keyPairs.list(scope, ids, name, r.keyPairFingerPrint(), paging.offset(), paging.limit());
        }
        var shown = page.items().stream().map(KeyPair::id).toList();
        var tagged = tags.of(shown);
        var grouped = tags.groups(shown, call.defaultResourceGroup());
        boolean withKey = Boolean.TRUE.equals(r.includePublicKey());
        return call.paged(new DescribeKeyPairsResponse().setKeyPairs(page.items().stream().map(k ->
                new DescribeKeyPairsResponse.KeyPair().setKeyPairName(k.name()).setKeyPairFingerPrint(k.fingerprint())
                        .setCreationTime(AliyunFormats.time(k.createdAt())).setResourceGroupId(grouped.get(k.id()))
                        .setPublicKey(withKey ? k.publicKey() : null)
                        .setTags(AliyunFormats.tags(tagged.get(k.id()), DescribeKeyPairsResponse.Tag::new))).toList()),
                paging, page.total());
    }

    @Override
    public void deleteKeyPairs(AliyunCall call, DeleteKeyPairsRequest r) {
        keyPairs.delete(call.scope(), r.keyPairNames());
    }

    @Override
    public AttachKeyPairResponse attachKeyPair(AliyunCall call, AttachKeyPairRequest r) {
        var outcome = keyPairs.attach(call.scope(), r.keyPairName(), r.instanceIds());
        var results = AliyunFormats.each(outcome.entrySet(), AttachKeyPairResponse.Result::new, (t, e) -> t
                .setInstanceId(e.getKey()).setSuccess(success(e)).setCode(code(e)).setMessage(message(e)));
        return outcome(new AttachKeyPairResponse(), r.keyPairName(), outcome).setResults(results);
    }

    @Override
    public DetachKeyPairResponse detachKeyPair(AliyunCall call, DetachKeyPairRequest r) {
        var outcome = keyPairs.detach(call.scope(), r.keyPairName(), r.instanceIds());
        var results = AliyunFormats.each(outcome.entrySet(), DetachKeyPairResponse.Result::new, (t, e) -> t
                .setInstanceId(e.getKey()).setSuccess(success(e)).setCode(code(e)).setMessage(message(e)));
        return outcome(new DetachKeyPairResponse(), r.keyPairName(), outcome).setResults(results);
    }

    private static String name(AliyunCall call, String name) {
        if (name == null || !EcsNames.LETTER_FIRST_OR_DOT.matcher(name).matches() || url(name)) {
            throw call.firstError("KeyPairName", "InvalidKeyPairName.Malformed");
        }
        return name;
    }

    /** Attach and detach answer the pair's name, how many instances it was asked for, how many of them failed. */
    private static <T extends KeyPairOutcome> T outcome(T answer, String keyPairName, Map<String, DomainError> outcome) {
        answer.setKeyPairName(keyPairName).setTotalCount(String.valueOf(outcome.size()))
                .setFailCount(String.valueOf(outcome.values().stream().filter(e -> e != null).count()));
        return answer;
    }

    /** Per instance: Success true and Code 200, or false with the code the instance's refusal has. */
    private static String success(Map.Entry<String, DomainError> e) {
        return String.valueOf(e.getValue() == null);
    }

    private static String code(Map.Entry<String, DomainError> e) {
        return e.getValue() == null ? "200" : AliyunErrors.codesOf(e.getValue()).get(0);
    }

    private static String message(Map.Entry<String, DomainError> e) {
        return e.getValue() == null ? "successful" : "The specified instance does not exist.";
    }
}
