package io.cloudtwin.core.compute;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "activations" of the state document: Cloud Assistant activations, made through the service. */
@Section(name = "activations", order = 87)
record ActivationSection(ActivationStore store, ActivationService activations)
        implements StateSection.Rows<ActivationSection.Document, Activation> {
    public record Document(String cloud, String account, String region, String project, String id,
                           String instanceName, String description, Integer instanceCount, Long timeToLiveInHours,
                           String ipAddressRange, Boolean disabled) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "activation", store::exists, scope -> activations.create(scope, d.id(),
                new ActivationService.NewActivation(Fixtures.text(d.instanceName()), Fixtures.text(d.description()),
                        d.instanceCount() == null ? 10 : d.instanceCount(),
                        d.timeToLiveInHours() == null ? 4 : d.timeToLiveInHours(),
                        d.ipAddressRange() == null ? "0.0.0.0/0" : d.ipAddressRange()),
                Boolean.TRUE.equals(d.disabled()), Map.of()));
    }
}
