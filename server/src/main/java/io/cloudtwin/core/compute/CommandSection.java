package io.cloudtwin.core.compute;

import io.cloudtwin.core.Fixtures;
import io.cloudtwin.core.InvalidFixture;
import io.cloudtwin.core.Section;
import io.cloudtwin.core.StateSection;

/** The "commands" of the state document (the cloud's assistant), one-off runs' commands too (kept false). */
@Section(name = "commands", order = 70)
record CommandSection(CommandStore store, CommandService commands)
        implements StateSection.Rows<CommandSection.Document, Command> {
    /** content: the script, Base64; timeout in seconds (absent: 60). */
    public record Document(String cloud, String account, String region, String project, String id, String name,
                           String description, String type, String content, String workingDir, Long timeout,
                           boolean enableParameter, boolean kept) implements Scoped {}

    @Override
    public boolean load(Document d, Fixtures fixtures) {
        return fixtures.create(d, "command", store::exists, scope -> {
            if (d.content() != null && !Command.base64(d.content())) {
                throw new InvalidFixture("the content of command " + d.id() + " must be Base64");
            }
            commands.restore(scope, d.id(), new CommandService.NewCommand(
                    Fixtures.required(d.name(), "name of command " + d.id()), Fixtures.text(d.description()),
                    Fixtures.required(d.type(), "type of command " + d.id()),
                    Fixtures.required(d.content(), "content of command " + d.id()), Fixtures.text(d.workingDir()),
                    d.timeout() == null ? 60 : d.timeout(), d.enableParameter()), d.kept());
        });
    }
}
