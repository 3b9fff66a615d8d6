package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.KindService;
import io.cloudtwin.core.Listing;
import io.cloudtwin.core.ResourceType;
import io.cloudtwin.core.Scope;
import io.cloudtwin.core.ScopedTable;
import io.cloudtwin.core.Transactions;
import io.cloudtwin.core.WallClock;
import io.cloudtwin.core.tag.TagService;

/**
 * Image builder pipelines and their executions. An execution builds at once, under the pipeline's row lock: its
 * image is made (a system disk of the pipeline's size, no snapshot behind it), copied to each of the pipeline's other
 * regions and shared with its accounts, and the execution has succeeded by the time it is answered; so none is ever
 * running, and a pipeline goes at any time, with its executions.
 */
@Service
public record ImagePipelineService(ImagePipelineStore store, ImageService images, TagService tags, WallClock clock,
                                   Transactions tx) implements KindService<ImagePipeline> {
    /** What a new pipeline is, in the cloud's words. */
    public record NewPipeline(String name, String description, String baseImageType, String baseImage,
                              String imageName, String vswitchId, String instanceType, int systemDiskSize,
                              int internetMaxBandwidthOut, boolean deleteInstanceOnFailure, String buildContent,
                              List<String> toRegionIds, List<String> addAccounts) {}

    public ImagePipeline create(Scope scope, String id, NewPipeline s, Map<String, String> tagged) {
        return tags.inserted(scope, ResourceType.IMAGE_PIPELINE, store, new ImagePipeline(id, scope.cloud(),
                scope.accountId(), scope.region(), scope.projectId(), s.name(), s.description(), s.baseImageType(),
                s.baseImage(), s.imageName(), s.vswitchId(), s.instanceType(), s.systemDiskSize(),
                s.internetMaxBandwidthOut(), s.deleteInstanceOnFailure(), s.buildContent(), s.toRegionIds(),
                s.addAccounts(), clock.now()), tagged);
    }

    /** Deletes the pipeline with its executions, and their tags. */
    public void delete(Scope scope, String id) {
        tx.run(() -> {
            store.locked(scope, id);
            executionsOf(id).forEach(e -> tags.forget(e.id()));
            tags.deleting(id, () -> store.delete(id));
        });
    }

    /**
     * Runs the pipeline: the image (imageId, as image says) is built, copied to the pipeline's other regions and
     * shared with its accounts (the pipeline's own account needs no share), and the execution succeeds.
     */
    public ImagePipelineExecution start(Scope scope, String pipelineId, String executionId, String imageId,
                                        ImageService.NewImage image, Map<String, String> tagged) {
        return tx.call(() -> {
            ImagePipeline p = store.locked(scope, pipelineId);
            images.createBuilt(scope, imageId, image, p.systemDiskSize());
            List<String> sharedWith = p.addAccounts().stream().filter(a -> !a.equals(scope.accountId())).toList();
            images.share(scope, imageId, sharedWith, List.of());
            for (String region : p.toRegionIds()) {
                if (region.equals(scope.region())) continue;
                Scope there = new Scope(scope.cloud(), scope.accountId(), region, scope.projectId());
                String copy = ImageService.newId();
                images.copy(scope, imageId, there, copy, image.name(), image.description(), Map.of());
                images.share(there, copy, sharedWith, List.of());
            }
            var now = clock.now();
            return record(scope, new ImagePipelineExecution(executionId, scope.cloud(), scope.accountId(),
                    scope.region(), scope.projectId(), pipelineId, ImagePipelineExecution.SUCCESS, "", imageId, now,
                    now), tagged);
        });
    }

    /** An execution as it was (a fixture's), its image not built again. */
    public ImagePipelineExecution record(Scope scope, ImagePipelineExecution e, Map<String, String> tagged) {
        return tx.call(() -> {
            store.locked(scope, e.pipelineId());
            store.executions().insert(e);
            tags.tagNew(scope, ResourceType.IMAGE_PIPELINE_EXECUTION, e.id(), tagged);
            return e;
        });
    }

    private List<ImagePipelineExecution> executionsOf(String pipelineId) {
        return store.executions().select("pipeline_id = :p", Map.of("p", pipelineId));
    }

    /** The scope's pipelines among ids, of that name (null: any). */
    public ScopedTable.Where where(List<String> ids, String name) {
        return new ScopedTable.Where().in("id", ids).equal("name", name);
    }

    /** The scope's executions of that pipeline, of that id, in one of those statuses (null or empty: any). */
    public Listing<ImagePipelineExecution> executions(Scope scope, String pipelineId, List<String> ids,
                                                      List<String> statuses) {
        return store.executions().listing(tx, scope, new ScopedTable.Where().equal("pipeline_id", pipelineId)
                .in("id", ids).in("status", statuses), DomainError.IMAGE_PIPELINE_EXECUTION_NOT_FOUND);
    }
}
