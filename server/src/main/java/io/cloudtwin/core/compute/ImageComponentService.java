package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.KindService;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/** Image builder components: made and deleted (with their tags) under their row's lock; no template uses one here. */
@Service
public record ImageComponentService(ImageComponentStore store, TagService tags, WallClock clock, Transactions tx)
        implements KindService<ImageComponent> {
    /** What a new component is, in the cloud's words. */
    public record NewComponent(String name, String description, String systemType, String componentType,
                               String componentVersion, String content) {}

    public ImageComponent create(Scope scope, String id, NewComponent spec, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.IMAGE_COMPONENT, store, new ImageComponent(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), spec.name(), spec.description(),
                spec.systemType(), spec.componentType(), spec.componentVersion(), spec.content(), clock.now()), tagged);
    }

    public void delete(Scope scope, String id) {
        tags.removed(scope, store, id);
    }

    /** The scope's components among ids, of that name, types and version (null: any). */
    public ScopedTable.Where where(Collection<String> ids, String name, String componentType, String systemType,
                                   String componentVersion) {
        return new ScopedTable.Where().in("id", ids).equal("name", name).equal("component_type", componentType)
                .equal("system_type", systemType).equal("component_version", componentVersion);
    }
}
