package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Documents;
import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/**
 * The "imagePipelineExecutions" of the state document: each run of a pipeline as it ended, with the image it built
 * (which the "images" section carries) and its times; imported as it was, not run again.
 */
@Section(name = "imagePipelineExecutions", order = 92)
record ImagePipelineExecutionSection(ImagePipelineStore store, ImagePipelineService pipelines)
        implements StateSection<ImagePipelineExecutionSection.Document> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String pipelineId, String status, String message, String imageId, OffsetDateTime createdAt,
                           OffsetDateTime modifiedAt) implements Scoped {}

    @Override
    public List<Document> export() {
        return Documents.of(Document.class, ImagePipelineExecution.class, store.executions().all());
    }

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "image pipeline execution", store.executions()::exists, scope -> {
            var created = d.createdAt() == null ? fixtures.now() : d.createdAt();
            pipelines.record(scope, new ImagePipelineExecution(d.id(), scope.cloud(), scope.accountId(),
                    scope.region(), scope.projectId(),
                    Fixtures.required(d.pipelineId(), "pipelineId of image pipeline execution " + d.id()),
                    Fixtures.text(d.status(), ImagePipelineExecution.SUCCESS), Fixtures.text(d.message()),
                    Fixtures.text(d.imageId()), created, d.modifiedAt() == null ? created : d.modifiedAt()), Map.of());
        });
    }
}
