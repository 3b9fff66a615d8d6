package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;

import io.cloudtwin.core.Cloud;

/**
 * An image builder component: the steps (content, one command a line) a template runs to build or test an image of a
 * system type. Nothing is built here; the component is kept as given.
 */
public record ImageComponent(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                             String description, String systemType, String componentType, String componentVersion,
                             String content, OffsetDateTime createdAt) {}
