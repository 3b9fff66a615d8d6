package io.cloudtwin.core.routing;

import java.util.List;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "vRouters" of the state document: the names and descriptions given to VPCs' routers, imported through
 * VRouterService as ModifyVRouterAttribute gives them, after the VPCs (order 10).
 */
@Section(name = "vRouters", order = 11)
record VRouterSection(VRouterStore store, VRouterService routers) implements StateSection<VRouterSection.Document> {
    public record Document(String cloud, String account, String region, String vpc, String name, String description) {}

    @Override
    public List<Document> export() {
        return routers.all().stream().map(k -> new Document(k.cloud(), k.accountId(), k.region(), k.vpcId(), k.name(),
                k.description())).toList();
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        String vpc = Fixtures.required(d.vpc(), "vpc of a vRouter");
        Scope scope = fixtures.regionScope(d.cloud(), d.account(), d.region(), "vRouter of " + vpc);
        if (store.exists(vpc)) return false;
        routers.modify(scope, RouteTable.routerId(vpc), Fixtures.text(d.name()), Fixtures.text(d.description()));
        return true;
    }
}
