package io.cloudtwin.core.eip;

import java.util.List;

/**
 * Which EIPs a listing returns; null (or an empty list of ids) matches any. addressPoolId: the pool they are of;
 * segmentId: the segment they were allocated with.
 */
public record EipFilter(List<String> ids, String address, String status, String targetKind, String targetId,
                        String name, String addressPoolId, String segmentId) {
    public static final String FREE = "free";
    public static final String BOUND = "bound";
}
