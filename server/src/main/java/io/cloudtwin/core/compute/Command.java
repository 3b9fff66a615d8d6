package io.cloudtwin.core.compute;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.cloudtwin.core.Cloud;

/**
 * A command of the cloud's assistant: a script of a type (shell, batch, PowerShell) kept to run on instances.
 * content is the script Base64-encoded, as the cloud keeps it; a script with parameters marks each as {{name}}.
 * kept is false for the command a one-off run made (not listed, not invoked again, gone with nothing).
 */
public record Command(String id, Cloud cloud, String accountId, String region, String projectId, String name,
                      String description, String type, String content, String workingDir, long timeout,
                      boolean enableParameter, boolean kept, OffsetDateTime createdAt) {
    /** {{name}}, spaces allowed inside the braces. */
    private static final Pattern PARAMETER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_:.-]+)\\s*}}");
    /** The environment's own parameters ({{ACS::InstanceId}}, ...): filled in by the assistant, never by the caller. */
    private static final String BUILT_IN = "acs::";

    /** The caller's parameters the script marks, in order of first appearance (none unless enableParameter). */
    public List<String> parameterNames() {
        return parameterNames(content, enableParameter);
    }

    /** The same for a content (Base64) not yet kept as a command. */
    public static List<String> parameterNames(String content, boolean enableParameter) {
        if (!enableParameter) return List.of();
        Set<String> names = new LinkedHashSet<>();
        Matcher m = PARAMETER.matcher(script(content));
        while (m.find()) {
            if (!m.group(1).toLowerCase().startsWith(BUILT_IN)) names.add(m.group(1));
        }
        return List.copyOf(names);
    }

    /** Whether the text is Base64 (what a command's content must be). */
    public static boolean base64(String text) {
        try {
            Base64.getDecoder().decode(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The script a Base64 content holds (UTF-8). */
    public static String script(String content) {
        return new String(Base64.getDecoder().decode(content), StandardCharsets.UTF_8);
    }
}
