package io.cloudtwin.dialect.aliyun.vpc;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.OpenedServices;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.vpc.api.GetFlowLogServiceStatusRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetFlowLogServiceStatusResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.GetPhysicalConnectionServiceStatusRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetPhysicalConnectionServiceStatusResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.GetTrafficMirrorServiceStatusRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.GetTrafficMirrorServiceStatusResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.OpenFlowLogServiceRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.OpenFlowLogServiceResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.OpenPhysicalConnectionServiceRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.OpenTrafficMirrorServiceRequest;
import io.cloudtwin.dialect.aliyun.vpc.api.OpenTrafficMirrorServiceResponse;
import io.cloudtwin.dialect.aliyun.vpc.api.VpcApi;

/**
 * The VPC features an account opens once (alicloud_vpc_flow_log_service, alicloud_vpc_traffic_mirror_service,
 * alicloud_express_connect_physical_connection_service): opened for the whole account, never closed; opening one again
 * is OperationFailed.ExceedPurchaseLimit (InvalidOperation.OrderOpened for Express Connect), which the provider reads as
 * opened. Nothing is refused before it is opened, nor billed after.
 */
@Component
record VpcServices(OpenedServices services) implements VpcApi.OpenFlowLogService, VpcApi.GetFlowLogServiceStatus,
        VpcApi.OpenTrafficMirrorService, VpcApi.GetTrafficMirrorServiceStatus, VpcApi.OpenPhysicalConnectionService,
        VpcApi.GetPhysicalConnectionServiceStatus {
    static final String FLOW_LOG = "vpc_flow_log";
    static final String TRAFFIC_MIRROR = "vpc_traffic_mirror";
    static final String PHYSICAL_CONNECTION = "vpc_physical_connection";

    @Override
    public OpenFlowLogServiceResponse openFlowLogService(AliyunCall call, OpenFlowLogServiceRequest r) {
        services.open(call.scope(), FLOW_LOG);
        return new OpenFlowLogServiceResponse();
    }

    @Override
    public GetFlowLogServiceStatusResponse getFlowLogServiceStatus(AliyunCall call, GetFlowLogServiceStatusRequest r) {
        return new GetFlowLogServiceStatusResponse().setEnabled(services.isOpen(call.scope(), FLOW_LOG));
    }

    @Override
    public OpenTrafficMirrorServiceResponse openTrafficMirrorService(AliyunCall call,
                                                                     OpenTrafficMirrorServiceRequest r) {
        services.open(call.scope(), TRAFFIC_MIRROR);
        return new OpenTrafficMirrorServiceResponse();
    }

    @Override
    public GetTrafficMirrorServiceStatusResponse getTrafficMirrorServiceStatus(AliyunCall call,
                                                                               GetTrafficMirrorServiceStatusRequest r) {
        return new GetTrafficMirrorServiceStatusResponse().setEnabled(services.isOpen(call.scope(), TRAFFIC_MIRROR));
    }

    @Override
    public void openPhysicalConnectionService(AliyunCall call, OpenPhysicalConnectionServiceRequest r) {
        services.open(call.scope(), PHYSICAL_CONNECTION);
    }

    @Override
    public GetPhysicalConnectionServiceStatusResponse getPhysicalConnectionServiceStatus(AliyunCall call,
            GetPhysicalConnectionServiceStatusRequest r) {
        return new GetPhysicalConnectionServiceStatusResponse()
                .setEnabled(services.isOpen(call.scope(), PHYSICAL_CONNECTION));
    }
}
