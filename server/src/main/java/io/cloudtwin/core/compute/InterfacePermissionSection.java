package io.cloudtwin.core.compute;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "interfacePermissions" of the state document: each card's permissions for other accounts, made by the service. */
@Section(name = "interfacePermissions", order = 86)
record InterfacePermissionSection(InterfacePermissionStore store, InterfacePermissionService permissions)
        implements StateSection.Rows<InterfacePermissionSection.Document, InterfacePermission> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String interfaceId, Long granteeAccountId, String permission) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "interface permission", store::exists, scope -> {
            if (d.granteeAccountId() == null) {
                throw new InvalidFixture("interface permission " + d.id() + " has no granteeAccountId");
            }
            permissions.grant(scope, d.id(), Fixtures.required(d.interfaceId(), "interfaceId of " + d.id()),
                    d.granteeAccountId(), Fixtures.required(d.permission(), "permission of " + d.id()));
        });
    }
}
