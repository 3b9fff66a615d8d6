package io.cloudtwin.core.routing;

import java.util.List;

/** Which route tables a listing returns; null (or an empty list of ids) matches any. system: null for both kinds. */
public record RouteTableFilter(List<String> ids, String vpcId, String name, Boolean system) {}
