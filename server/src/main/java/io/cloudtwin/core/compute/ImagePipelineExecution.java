package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/** One run of an image builder pipeline, in the cloud's status words, and the image it built ("" for none). */
public record ImagePipelineExecution(String id, Cloud cloud, String accountId, String region, String projectId,
                                     String pipelineId, String status, String message, String imageId,
                                     OffsetDateTime createdAt, OffsetDateTime modifiedAt) {
    /** An execution that built its image. */
    public static final String SUCCESS = "SUCCESS";
}
