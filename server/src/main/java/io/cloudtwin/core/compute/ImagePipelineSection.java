package io.cloudtwin.core.compute;

import java.util.List;
import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "imagePipelines" of the state document: image builder pipelines, made through the service. */
@Section(name = "imagePipelines", order = 89)
record ImagePipelineSection(ImagePipelineStore store, ImagePipelineService pipelines)
        implements StateSection.Rows<ImagePipelineSection.Document, ImagePipeline> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String baseImageType, String baseImage, String imageName,
                           String vswitchId, String instanceType, Integer systemDiskSize,
                           Integer internetMaxBandwidthOut, Boolean deleteInstanceOnFailure, String buildContent,
                           List<String> toRegionIds, List<String> addAccounts) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "image pipeline", store::exists, scope -> pipelines.create(scope, d.id(),
                new ImagePipelineService.NewPipeline(Fixtures.text(d.name()), Fixtures.text(d.description()),
                        Fixtures.text(d.baseImageType(), "IMAGE"),
                        Fixtures.required(d.baseImage(), "baseImage of image pipeline " + d.id()),
                        Fixtures.text(d.imageName()), Fixtures.text(d.vswitchId()), Fixtures.text(d.instanceType()),
                        d.systemDiskSize() == null ? 40 : d.systemDiskSize(),
                        d.internetMaxBandwidthOut() == null ? 0 : d.internetMaxBandwidthOut(),
                        !Boolean.FALSE.equals(d.deleteInstanceOnFailure()), Fixtures.text(d.buildContent()),
                        Fixtures.list(d.toRegionIds()), Fixtures.list(d.addAccounts())), Map.of()));
    }
}
