package io.cloudtwin.dialect.aliyun.actions;

import java.util.Map;

import org.springframework.stereotype.Component;

import io.cloudtwin.dialect.aliyun.AliyunAction;
import io.cloudtwin.dialect.aliyun.AliyunRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;

/** VPC DescribeRegions: the regions of the VPC metadata's endpoint list, each with its endpoint. */
@Component
public class VpcDescribeRegions implements AliyunAction {
    @Override
    public String name() {
        return "DescribeRegions";
    }

    @Override
    public String product() {
        return AliyunSpecs.VPC;
    }

    @Override
    public String coverageNote() {
        return "the metadata endpoint list; LocalName empty";
    }

    @Override
    public Map<String, Object> handle(AliyunRequest r) {
        return Map.of("Regions", DescribeRegions.regions(r, false));
    }
}
