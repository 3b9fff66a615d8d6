package io.cloudtwin.admin;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.config.CloudtwinProperties;
import io.cloudtwin.core.Account;
import io.cloudtwin.core.Accounts;
import io.cloudtwin.core.DomainException;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.QuotaStore;
import io.cloudtwin.core.StateSection;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.compute.Transitions;

/**
 * Exports the whole store as a Fixture, and imports one (seed files, admin API): the accounts, then every section the
 * areas register (core.StateSection), in their order. A section imports through its area's services, so a fixture
 * meets the rules a request meets; a refusal names the section and entry, and nothing of the document is kept.
 */
@Service
public record StateService(Accounts accounts, WallClock clock, Transitions transitions, QuotaStore quotas,
                           List<StateSection<?>> sections, Transactions tx) {
    /** The sections in their order. */
    public StateService {
        sections = sections.stream().sorted(Comparator.comparingInt(StateSection::order)).toList();
    }

    /** The whole state without account secrets (access key secrets, private keys). */
    public Fixture export() {
        return export(false);
    }

    /** The whole state; account secrets only when asked for (read-write: it settles transitions first). */
    public Fixture export(boolean secrets) {
        return tx.call(() -> {
            transitions.settle();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("accounts", accounts.all().stream()
                    .map(a -> secrets ? a.toProperties() : a.withoutSecrets().toProperties()).toList());
            for (StateSection<?> s : sections) doc.put(s.name(), s.export());
            return Fixture.of(doc);
        });
    }

    /**
     * Imports a fixture in one transaction: all of it, or (InvalidFixture) none of it. Returns how many of each
     * section were created. An account that exists keeps its keys unless replaceAccounts (then a key the fixture
     * leaves out, as an export without secrets does, keeps its value).
     */
    public Map<String, Integer> importFixture(Fixture f, boolean replaceAccounts) {
        return tx.call(() -> {
            for (String name : f.sections()) {
                if (!name.equals("accounts") && sections.stream().noneMatch(s -> s.name().equals(name))) {
                    throw new InvalidFixture("unknown section " + name);
                }
            }
            Map<String, Integer> created = new LinkedHashMap<>();
            created.put("accounts", importAccounts(f.section("accounts", CloudtwinProperties.AccountProperties.class),
                    replaceAccounts));
            Fixtures fixtures = new Fixtures(accounts, clock);
            for (StateSection<?> s : sections) created.put(s.name(), load(s, f, fixtures));
            for (StateSection<?> s : sections) s.finish(fixtures);
            quotas.forgetAll(); // counted afresh from the store, imported resources included
            return created;
        });
    }

    private int importAccounts(List<CloudtwinProperties.AccountProperties> docs, boolean replace) {
        int n = 0;
        for (var a : docs) {
            if (a.id() == null || a.id().isBlank()) throw new InvalidFixture("an account has no id");
            Account given = Account.from(a.name() != null ? a
                    : new CloudtwinProperties.AccountProperties(a.id(), a.id(), a.aliyun(), a.ucloud()));
            var existing = accounts.byId(a.id());
            if (existing.isPresent()) {
                if (replace) accounts.register(given.secretsFrom(existing.get()));
                continue;
            }
            accounts.register(given);
            n++;
        }
        return n;
    }

    private static <D> int load(StateSection<D> section, Fixture f, Fixtures fixtures) {
        int n = 0;
        int i = 0;
        for (D d : f.section(section.name(), section.documentType())) {
            try {
                if (section.load(d, fixtures)) n++;
            } catch (DomainException e) {
                throw new InvalidFixture(section.name() + "[" + i + "]: " + e.error() + (e.subject() == null ? "" : " " + e.subject()));
            }
            i++;
        }
        return n;
    }
}
