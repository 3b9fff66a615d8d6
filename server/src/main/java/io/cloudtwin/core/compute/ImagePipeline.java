package io.cloudtwin.core.compute;

import java.time.OffsetDateTime;
import java.util.List;

import io.cloudtwin.core.Cloud;

/**
 * An image builder pipeline: a template (buildContent) run over a base image (baseImageType IMAGE: an image id;
 * IMAGE_FAMILY: a family), with what to build on (vSwitch, instance type, system disk, bandwidth) and where each image
 * it builds goes (toRegionIds: copied there; addAccounts: shared with them). Its runs are ImagePipelineExecutions.
 */
public record ImagePipeline(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                            String description, String baseImageType, String baseImage, String imageName,
                            String vswitchId, String instanceType, int systemDiskSize, int internetMaxBandwidthOut,
                            boolean deleteInstanceOnFailure, String buildContent, List<String> toRegionIds,
                            List<String> addAccounts, OffsetDateTime createdAt) {}
