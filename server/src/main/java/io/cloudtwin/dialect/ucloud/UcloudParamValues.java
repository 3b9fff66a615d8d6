package io.cloudtwin.dialect.ucloud;

import java.util.Map;

import io.cloudtwin.spec.ucloud.UcloudApiSpec;

/**
 * A request's parameters once validated against the action's documentation ({@link UcloudValidator}): what a
 * generated request class ({@code CreateSecGroupRequest.from}) reads its typed fields from. Handlers never see it.
 */
public final class UcloudParamValues extends UcloudValues {
    private final UcloudApiSpec.Action spec;

    UcloudParamValues(UcloudApiSpec.Action spec, Map<String, Object> values) {
        super(values);
        this.spec = spec;
    }

    @Override
    UcloudApiSpec.Param spec(String name) {
        return spec.param(name).orElseThrow(
                () -> new IllegalStateException(name + " is not a documented parameter of " + spec.name()));
    }

    @Override
    String shown(String name) {
        return name + " of " + spec.name();
    }
}
