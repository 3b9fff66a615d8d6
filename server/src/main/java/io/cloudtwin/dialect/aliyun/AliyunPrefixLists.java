package io.cloudtwin.dialect.aliyun;

import java.util.List;
import java.util.Optional;

import io.cloudtwin.core.Listing;
import io.cloudtwin.core.network.PrefixListService;

/** What the ECS and VPC products' prefix list listings share: which lists a page shows. */
public final class AliyunPrefixLists {
    private AliyunPrefixLists() {}

    /**
     * The product's prefix lists a listing shows (narrowed: the ids the request's ids, tags and resource group leave,
     * empty when none is left), of that name and address family (null: any), a page by offset or by token.
     */
    public static List<PrefixListService.View> listed(AliyunCall call, AliyunAnswer out, PrefixListService prefixLists,
                                                      String product, Optional<List<String>> narrowed, String name,
                                                      String family) {
        var scope = call.scope();
        List<String> ids = narrowed.orElse(List.of());
        return call.listed(out, call.paging(10), narrowed.isEmpty(), Listing.of(
                id -> new PrefixListService.View(prefixLists.get(scope, product, id), 0),
                (last, limit) -> prefixLists.after(scope, product, ids, name, family,
                        last == null ? null : last.prefixList(), limit),
                (offset, limit) -> prefixLists.list(scope, product, ids, name, family, offset, limit),
                v -> v.prefixList().id()));
    }
}
