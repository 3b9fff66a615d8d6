package io.cloudtwin.core;

import java.util.List;

/** The "accountSettings" of the state document: each account's settings by name (AccountSettings). */
@Section(name = "accountSettings", order = 6)
record AccountSettingSection(AccountSettings settings) implements StateSection<AccountSettingSection.Document> {
    public record Document(String cloud, String account, String name, String value) {}

    @Override
    public List<Document> export() {
        return settings.all().stream().map(s -> new Document(s.cloud(), s.accountId(), s.name(), s.value())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        Scope scope = new Scope(Fixtures.cloud(d.cloud()), fixtures.account(d.account()).id(), "", "");
        String name = Fixtures.required(d.name(), "name of an account setting");
        String value = Fixtures.required(d.value(), "value of account setting " + name);
        if (settings.get(scope, name).filter(value::equals).isPresent()) return false;
        settings.set(scope, name, value);
        return true;
    }
}
