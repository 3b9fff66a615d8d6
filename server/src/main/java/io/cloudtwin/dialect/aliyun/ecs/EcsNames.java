package io.cloudtwin.dialect.aliyun.ecs;

import java.util.regex.Pattern;

import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;

/** How ECS spells the names it checks alike. */
final class EcsNames {
    /**
     * 2 to 128 characters, a letter first; letters, digits, colons, underscores and hyphens (so never a URL): the
     * names of deployment sets and automatic snapshot policies.
     */
    static final Pattern LETTER_FIRST = Pattern.compile("[\\p{L}][\\p{L}0-9:_-]{1,127}");

    /** The same with periods as well: the names of key pairs and launch templates. */
    static final Pattern LETTER_FIRST_OR_DOT = Pattern.compile("[\\p{L}][\\p{L}0-9:_.-]{1,127}");

    /**
     * A description given as parameter (absent: null): 2 to 256 characters and not a URL, else the action's
     * InvalidDescription.Malformed (InvalidParameter where it documents none).
     */
    static String description(AliyunCall call, String parameter, String description) {
        if (description != null && !AliyunFormats.wellFormedDescription(description)) {
            throw call.firstError(parameter, "InvalidDescription.Malformed");
        }
        return description;
    }

    private EcsNames() {}
}
