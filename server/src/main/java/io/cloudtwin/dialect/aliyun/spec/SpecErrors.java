package io.cloudtwin.dialect.aliyun.spec;

import java.util.List;
import java.util.Optional;

import io.cloudtwin.dialect.aliyun.AliyunError;
import io.cloudtwin.dialect.aliyun.AliyunException;
import io.cloudtwin.spec.aliyun.ActionSpec;
import io.cloudtwin.spec.aliyun.ErrorSpec;

/**
 * Which code answers a bad request to a given action: the action's own documented code where its errorCodes list
 * one (MissingParameter.RegionId, InvalidInstanceType.Malformed, its own InvalidRegionId.NotFound status and
 * message), else the common protocol error (MissingParameter, InvalidParameter, ...; see CommonErrors).
 */
public final class SpecErrors {
    private static final List<String> MISSING = List.of("MissingParameter.%s", "Missing%s", "MissingParam.%s",
            "ParameterMissing.%s");
    private static final List<String> MALFORMED = List.of("Invalid%s.Malformed", "Invalid%s.MalFormed",
            "IllegalParam.%s");

    private SpecErrors() {}

    /** A required parameter is absent. name is the parameter's name (Tag.1.Key for a field of a list item). */
    public static AliyunException missing(ActionSpec action, String name) {
        Optional<ErrorSpec> own = ownCode(action, MISSING, top(name));
        if (own.isPresent()) return from(own.get(), name);
        return new AliyunException(AliyunError.MISSING_PARAMETER, name);
    }

    /** A parameter's value breaks its type, range, enum, length or list limits. */
    public static AliyunException invalid(ActionSpec action, String name) {
        Optional<ErrorSpec> own = ownCode(action, MALFORMED, top(name));
        if (own.isPresent()) return from(own.get(), name);
        return new AliyunException(AliyunError.INVALID_PARAMETER, name);
    }

    /** A list parameter names more items than the action takes (InvalidName.TooManyInput where documented). */
    public static AliyunException tooMany(ActionSpec action, String name) {
        Optional<ErrorSpec> own = action == null ? Optional.empty()
                : action.error(String.format("Invalid%s.TooManyInput", top(name)));
        if (own.isPresent() && own.get().status() / 100 == 4) return from(own.get(), name);
        return invalid(action, name);
    }

    /** RegionId names no region of the product's endpoint list. */
    public static AliyunException regionNotFound(ActionSpec action) {
        if (action != null) {
            Optional<ErrorSpec> own = action.error(AliyunError.REGION_NOT_FOUND.code(),
                    AliyunError.REGION_NOT_FOUND.httpStatus());
            if (own.isPresent() && own.get().status() / 100 == 4 && !own.get().message().contains("%s")) {
                return from(own.get(), "RegionId");
            }
        }
        return new AliyunException(AliyunError.REGION_NOT_FOUND);
    }

    /**
     * An error the action documents, answered with the metadata's status and message (%s filled with argument).
     * Throws IllegalStateException when the action does not document the code: a handler must not invent codes.
     */
    public static AliyunException documented(ActionSpec action, String code, String argument) {
        ErrorSpec e = action.error(code).orElseThrow(() -> new IllegalStateException(
                action + " does not document the error code " + code));
        return from(e, argument);
    }

    /**
     * Our answer for an error the core raised, aligned with the action's metadata: when the action documents the
     * code under another HTTP status, or with a fixed message, the metadata's status and message win.
     */
    public static AliyunException aligned(ActionSpec action, AliyunException e) {
        if (action == null || CommonErrors.isCommon(e.code())) return e;
        Optional<ErrorSpec> own = action.error(e.code(), e.status());
        if (own.isEmpty()) return e;
        ErrorSpec s = own.get();
        String message = s.message().isBlank() || s.message().contains("%s") ? e.answerMessage() : s.message();
        if (s.status() == e.status() && message.equals(e.answerMessage())) return e;
        return new AliyunException(e.code(), s.status(), message);
    }

    /** The documented message, %s filled with argument; a message that would be empty says the code. */
    public static AliyunException from(ErrorSpec e, String argument) {
        String message = e.message(argument).strip();
        if (message.isEmpty() || message.equals(".")) message = e.code();
        return new AliyunException(e.code(), e.status(), message);
    }

    private static Optional<ErrorSpec> ownCode(ActionSpec action, List<String> patterns, String name) {
        if (action == null) return Optional.empty();
        for (String p : patterns) {
            Optional<ErrorSpec> e = action.error(String.format(p, name), 400);
            if (e.isPresent() && e.get().status() / 100 == 4) return e;
        }
        return Optional.empty();
    }

    /** The top-level parameter of a flattened key: SecurityGroupIds for SecurityGroupIds.3. */
    private static String top(String key) {
        int dot = key.indexOf('.');
        return dot < 0 ? key : key.substring(0, dot);
    }
}
