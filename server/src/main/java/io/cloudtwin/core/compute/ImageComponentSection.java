package io.cloudtwin.core.compute;

import java.util.Map;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "imageComponents" of the state document: image builder components, made through the service. */
@Section(name = "imageComponents", order = 88)
record ImageComponentSection(ImageComponentStore store, ImageComponentService components)
        implements StateSection.Rows<ImageComponentSection.Document, ImageComponent> {
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String systemType, String componentType, String componentVersion,
                           String content) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "image component", store::exists, scope -> components.create(scope, d.id(),
                new ImageComponentService.NewComponent(Fixtures.text(d.name()), Fixtures.text(d.description()),
                        d.systemType() == null ? "Linux" : d.systemType(),
                        d.componentType() == null ? "Build" : d.componentType(), Fixtures.text(d.componentVersion()),
                        Fixtures.required(d.content(), "content of image component " + d.id())), Map.of()));
    }
}
