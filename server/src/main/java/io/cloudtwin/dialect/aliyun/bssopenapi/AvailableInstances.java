package io.cloudtwin.dialect.aliyun.bssopenapi;

import java.util.List;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.bssopenapi.api.BssOpenApiApi;
import io.cloudtwin.dialect.aliyun.bssopenapi.api.QueryAvailableInstancesRequest;
import io.cloudtwin.dialect.aliyun.bssopenapi.api.QueryAvailableInstancesResponse;

/**
 * The billing product's one call the Terraform provider makes at start (to learn the account type, unless
 * {@code account_type} is set) and again from resources sold by subscription. The emulator sells nothing, so no
 * subscription instance exists: the list is empty, and always present (the provider reads it as an array unchecked).
 * An answer of success carries Code "Success" and Success true, as the real one does: the provider takes an HTTP 200
 * without them for an error.
 */
@Component
record AvailableInstances() implements BssOpenApiApi.QueryAvailableInstances {
    static final int DEFAULT_PAGE_SIZE = 20;

    @Override
    public QueryAvailableInstancesResponse queryAvailableInstances(AliyunCall call, QueryAvailableInstancesRequest r) {
        return new QueryAvailableInstancesResponse().setCode("Success").setMessage("Successful!").setSuccess(true)
                .setData(new QueryAvailableInstancesResponse.Data()
                        .setPageNum(r.pageNum() == null ? 1 : r.pageNum())
                        .setPageSize(r.pageSize() == null ? DEFAULT_PAGE_SIZE : r.pageSize())
                        .setTotalCount(0)
                        .setInstanceList(List.of()));
    }
}
