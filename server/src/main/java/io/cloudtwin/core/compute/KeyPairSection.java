package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "keyPairs" of the state document: public keys (no private key is ever kept), each with the instances that log
 * in with it. Imported through KeyPairService as ImportKeyPair imports them: the key must parse, the name be free.
 */
@Section(name = "keyPairs", order = 55)
record KeyPairSection(KeyPairStore store, KeyPairService keyPairs) implements StateSection<KeyPairSection.Document> {
    /** id: UCloud's KeyPairId (absent for Aliyun, whose pairs are named by their name); publicKey: OpenSSH or PEM. */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String publicKey, List<String> instances) {}

    @Override
    public List<Document> export() {
        var bindings = store.allBindings();
        return store.all().stream().map(k -> new Document(k.cloud().key(), k.accountId(), k.region(), k.projectId(),
                k.id().equals(k.name()) ? null : k.id(), k.name(), k.publicKey(), bindings.entrySet().stream()
                        .filter(e -> e.getValue().equals(k.id())).map(Map.Entry::getKey).toList())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = fixtures.scope(d.cloud(), d.account(), d.region(), d.project(), "key pair " + d.name());
        String name = Fixtures.required(d.name(), "name of a key pair");
        String id = d.id() == null ? name : d.id();
        if (store.exists(id)) return false;
        keyPairs.importKey(scope, d.id(), name, Fixtures.required(d.publicKey(), "publicKey of key pair " + name), Map.of());
        for (String instance : Fixtures.list(d.instances())) {
            if (keyPairs.attach(scope, id, List.of(instance)).get(instance) != null) {
                throw new InvalidFixture("key pair " + name + " names instance " + instance + ", which is not in its scope");
            }
        }
        return true;
    }
}
