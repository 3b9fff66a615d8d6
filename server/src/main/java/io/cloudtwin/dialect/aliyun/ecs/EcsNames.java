package io.cloudtwin.dialect.aliyun.ecs;

import java.util.regex.Pattern;

/** How ECS spells the names it checks alike. */
final class EcsNames {
    /**
     * 2 to 128 characters, a letter first; letters, digits, colons, underscores and hyphens (so never a URL): the
     * names of deployment sets and automatic snapshot policies.
     */
    static final Pattern LETTER_FIRST = Pattern.compile("[\\p{L}][\\p{L}0-9:_-]{1,127}");

    /** The same with periods as well: the names of key pairs and launch templates. */
    static final Pattern LETTER_FIRST_OR_DOT = Pattern.compile("[\\p{L}][\\p{L}0-9:_.-]{1,127}");

    private EcsNames() {}
}
