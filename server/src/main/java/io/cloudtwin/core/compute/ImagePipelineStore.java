package io.cloudtwin.core.compute;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.store.RowLocks;

/** The image_pipeline rows (V143), and through executions() their runs; the rules are ImagePipelineService's. */
@Component
public class ImagePipelineStore extends ScopedStore<ImagePipeline> {
    private final ScopedTable<ImagePipelineExecution> executions;

    public ImagePipelineStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "image_pipeline", ImagePipeline.class, DomainError.IMAGE_PIPELINE_NOT_FOUND);
        this.executions = new ScopedTable<>(jdbc, locks, "image_pipeline_execution", ImagePipelineExecution.class);
    }

    /** The executions' table (find, lock, list, page). */
    public ScopedTable<ImagePipelineExecution> executions() {
        return executions;
    }
}
