package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** The image_component rows (V141); the rules are ImageComponentService's. */
@Component
public class ImageComponentStore extends ScopedStore<ImageComponent> {
    public ImageComponentStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "image_component", ImageComponent.class, DomainError.IMAGE_COMPONENT_NOT_FOUND);
    }
}
