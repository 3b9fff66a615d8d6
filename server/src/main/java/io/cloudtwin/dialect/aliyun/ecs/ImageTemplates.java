package io.cloudtwin.dialect.aliyun.ecs;

import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import io.cloudtwin.dialect.aliyun.AliyunCall;

/**
 * The image builder's template language, as an image component's Content and a pipeline's BuildContent write it:
 * one command a line (blank lines and # comments between them), at most 16 KB and 127 commands. A pipeline's template
 * may start with one FROM (IMAGE:id or IMAGE_FAMILY:family) and name components (COMPONENT id); a component may do
 * neither.
 */
final class ImageTemplates {
    /** The commands that take an argument. */
    private static final Set<String> COMMANDS = Set.of("RUN", "ENV", "WORKDIR", "COPY", "USER", "CMD", "ENTRYPOINT",
            "LABEL");
    /** The command that takes none, and only so. */
    private static final String RESTART = "RESTART";
    private static final String FROM = "FROM";
    private static final String COMPONENT = "COMPONENT";
    private static final Pattern FROM_CONTENT = Pattern.compile("(IMAGE|IMAGE_FAMILY):\\S+");
    private static final int LONGEST = 16 * 1024;
    private static final int MOST_COMMANDS = 127;

    private ImageTemplates() {}

    /** An image component's content (required: MissingParameter.Content). */
    static String component(AliyunCall call, String content) {
        if (content == null || content.isBlank()) throw call.error("MissingParameter.Content");
        if (content.length() > LONGEST) throw call.error("InvalidContent.LengthExceeded");
        check(call, content, false, id -> false);
        return content;
    }

    /** A pipeline's template ("" when absent); a component it names must be the scope's (ImageComponent.NotFound). */
    static String pipeline(AliyunCall call, String content, Predicate<String> componentExists) {
        if (content == null || content.isBlank()) return "";
        if (content.length() > LONGEST) {
            throw call.error("InvalidBuildContent.LengthExceeded", "BuildContent is longer than 16 KB");
        }
        check(call, content, true, componentExists);
        return content;
    }

    private static void check(AliyunCall call, String content, boolean template, Predicate<String> componentExists) {
        int commands = 0;
        boolean from = false;
        for (String line : content.split("\\R")) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) continue;
            if (++commands > MOST_COMMANDS) {
                throw call.error("InvalidImageTemplateCommandSize.ExceededMaxNumber", "More than 127 commands");
            }
            String[] parts = text.split("\\s+", 2);
            String command = parts[0].toUpperCase(Locale.ROOT);
            String argument = parts.length > 1 ? parts[1].strip() : "";
            if (command.equals(FROM)) {
                if (!template) throw call.error("NotSupportedCommand.FROM");
                if (from) throw call.error("DuplicatedCommand.FROM", "The template has more than one FROM");
                if (commands > 1) throw call.error("InvalidCommandOrder.FROM", "FROM must be the first command");
                from = true;
                if (!FROM_CONTENT.matcher(argument).matches()) {
                    throw call.error("InvalidCommandContent.FROM", "FROM takes IMAGE:<id> or IMAGE_FAMILY:<family>");
                }
            } else if (template && command.equals(COMPONENT)) {
                if (!componentExists.test(argument)) throw call.error("ImageComponent.NotFound", argument);
            } else if (command.equals(RESTART)) {
                if (!argument.isEmpty()) {
                    throw call.error("NotEmptyCommandContent.RESTART", "The RESTART command takes no content");
                }
            } else if (!COMMANDS.contains(command)) {
                throw call.error("InvalidImageTemplateCommand.NotSupported", parts[0]);
            } else if (argument.isEmpty()) {
                throw call.error("EmptyCommandContent." + command, "The " + command + " command has no content");
            }
        }
    }
}
