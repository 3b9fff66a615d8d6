package io.cloudtwin.spec.codegen;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Java names for the clouds' names: UHostId is uHostId, VPCId vpcId, Filter.1.Key filter1Key; keywords get a "_". */
final class JavaNames {
    private static final Set<String> RESERVED = Set.of("abstract", "assert", "boolean", "break", "byte", "case",
            "catch", "char", "class", "const", "continue", "default", "do", "double", "else", "enum", "extends", "false",
            "final", "finally", "float", "for", "goto", "if", "implements", "import", "instanceof", "int", "interface",
            "long", "native", "new", "null", "package", "private", "protected", "public", "return", "short", "static",
            "strictfp", "super", "switch", "synchronized", "this", "throw", "throws", "transient", "true", "try", "var",
            "void", "volatile", "while", "record", "yield", "sealed", "permits",
            // methods of Object and of the generated classes
            "getClass", "hashCode", "equals", "toString", "clone", "finalize", "notify", "notifyAll", "wait", "from",
            "toMap", "keyOf", "indexInRequest");
    /** Simple names a nested class must not take: the generated code uses them unqualified. */
    private static final Set<String> TAKEN_TYPES = Set.of("String", "Integer", "Long", "Boolean", "Object", "List",
            "Map", "BigDecimal", "Override", "LinkedHashMap", "ArrayList", "Character", "Double", "Float", "Short",
            "Byte", "Number", "Math", "System", "Class", "Void", "Record", "Enum", "Iterable", "Runtime", "Thread");

    private JavaNames() {}

    /** A member name (field, getter, setter stem) for a cloud name. */
    static String member(String cloudName) {
        String pascal = pascal(cloudName);
        String camel = decapitalize(pascal);
        return RESERVED.contains(camel) ? camel + "_" : camel;
    }

    /** A method name for an action: DescribeSecurityGroups is describeSecurityGroups. */
    static String method(String action) {
        String m = Character.toLowerCase(action.charAt(0)) + action.substring(1);
        return RESERVED.contains(m) ? m + "_" : m;
    }

    /** A type name for a cloud name (a property holding an object, a list item, a model). */
    static String type(String cloudName) {
        String t = pascal(cloudName);
        if (t.isEmpty() || !Character.isJavaIdentifierStart(t.charAt(0))) t = "T" + t;
        return TAKEN_TYPES.contains(t) ? t + "Item" : t;
    }

    /** PascalCase of the name's parts (split at anything that is not a letter or digit). */
    static String pascal(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            sb.append(Character.toUpperCase(part.charAt(0))).append(part, 1, part.length());
        }
        return sb.toString();
    }

    /**
     * The first letter lower case; a leading run of capitals lower case but for the one that starts the next word
     * (VPCId: vpcId, UHostId: uHostId, CPU: cpu, IPs: ips).
     */
    static String decapitalize(String pascal) {
        if (pascal.isEmpty()) return "_";
        int run = 0;
        while (run < pascal.length() && Character.isUpperCase(pascal.charAt(run))) run++;
        if (run <= 1) return Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        if (run == pascal.length()) return pascal.toLowerCase(Locale.ROOT);
        String rest = pascal.substring(run);
        if (rest.equals("s")) return pascal.toLowerCase(Locale.ROOT);
        if (!Character.isLowerCase(rest.charAt(0))) return pascal.substring(0, run).toLowerCase(Locale.ROOT) + rest;
        return pascal.substring(0, run - 1).toLowerCase(Locale.ROOT) + pascal.substring(run - 1);
    }

    /** A Java string literal. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                default -> {
                    if (c < 0x20 || c > 0x7e) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Names handed out within one scope (one class's members, or one class's nested types). */
    static final class Scope {
        private final Set<String> used = new HashSet<>();

        Scope(String... taken) {
            for (String t : taken) used.add(t.toLowerCase(Locale.ROOT));
        }

        /** The name, or the name with a number, whichever is still free (compared ignoring case). */
        String claim(String name) {
            String n = name;
            for (int i = 2; !used.add(n.toLowerCase(Locale.ROOT)); i++) n = name + i;
            return n;
        }
    }
}
