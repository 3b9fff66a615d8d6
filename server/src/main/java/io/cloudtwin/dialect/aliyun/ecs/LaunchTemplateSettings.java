package io.cloudtwin.dialect.aliyun.ecs;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateVersionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.DataDisk;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.ImageOptions;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.InstanceTag;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.LaunchTemplateData;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.NetworkInterface;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeLaunchTemplateVersionsResponse.SystemDisk;
import io.cloudtwin.dialect.aliyun.ecs.api.RunInstancesRequest;

/**
 * The instance settings of a launch template version, kept as the typed request that made the version gave them: its
 * fields (not the template's own: name, description, template tags and group) written as a JSON document, and read
 * back as a CreateLaunchTemplateVersionRequest, whose fields CreateLaunchTemplateRequest shares name for name.
 */
final class LaunchTemplateSettings {
    /** Fields of the two requests that belong to the template or the version, not to the instances. */
    private static final List<String> NOT_SETTINGS = List.of("regionId", "launchTemplateId", "launchTemplateName",
            "versionDescription", "templateTag", "templateResourceGroupId");

    /**
     * Settings given in one of several exclusive forms: a request that gives any form overrides the template's, in
     * whichever form the template gave it (RunInstances refuses SecurityGroupId beside SecurityGroupIds.N).
     */
    private static final List<Set<String>> ONE_SETTING = List.of(Set.of("securityGroupId", "securityGroupIds"));

    private static final JsonMapper JSON = JsonMapper.builder()
            .changeDefaultVisibility(v -> v.withVisibility(PropertyAccessor.ALL, Visibility.NONE)
                    .withVisibility(PropertyAccessor.FIELD, Visibility.ANY))
            .changeDefaultPropertyInclusion(i -> JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private LaunchTemplateSettings() {}

    static String of(CreateLaunchTemplateRequest r) {
        return write(r);
    }

    static String of(CreateLaunchTemplateVersionRequest r) {
        return write(r);
    }

    private static String write(Object request) {
        ObjectNode settings = JSON.valueToTree(request);
        settings.remove(NOT_SETTINGS);
        return JSON.writeValueAsString(settings);
    }

    /**
     * A launch from a template: what the request gives, and for each setting it leaves out (an empty list included)
     * the template version's. RunInstances names its parameters as the template does, so the two requests share
     * their fields' names (LaunchTemplateSettingsTest holds their types alike).
     */
    static RunInstancesRequest launch(RunInstancesRequest r, String settings) {
        ObjectNode given = JSON.valueToTree(r);
        JSON.readTree(settings).properties().forEach(e -> {
            if (!givenIn(given, forms(e.getKey()))) given.set(e.getKey(), e.getValue());
        });
        return JSON.treeToValue(given, RunInstancesRequest.class);
    }

    private static Set<String> forms(String field) {
        return ONE_SETTING.stream().filter(f -> f.contains(field)).findFirst().orElse(Set.of(field));
    }

    private static boolean givenIn(ObjectNode request, Set<String> fields) {
        return fields.stream().map(request::get)
                .anyMatch(v -> v != null && !v.isNull() && !(v.isArray() && v.isEmpty()));
    }

    /** The settings as DescribeLaunchTemplateVersions answers them. */
    static LaunchTemplateData data(String settings) {
        var s = JSON.readValue(settings, CreateLaunchTemplateVersionRequest.class);
        return new LaunchTemplateData().setImageId(s.imageId()).setImageOwnerAlias(s.imageOwnerAlias())
                .setPasswordInherit(s.passwordInherit()).setInstanceType(s.instanceType())
                .setSecurityGroupId(s.securityGroupId()).setSecurityGroupIds(s.securityGroupIds())
                .setVpcId(s.vpcId()).setVSwitchId(s.vSwitchId()).setZoneId(s.zoneId())
                .setInstanceName(s.instanceName()).setDescription(s.description()).setHostName(s.hostName())
                .setInternetMaxBandwidthIn(s.internetMaxBandwidthIn())
                .setInternetMaxBandwidthOut(s.internetMaxBandwidthOut()).setInternetChargeType(s.internetChargeType())
                .setSystemDiskCategory(s.systemDiskCategory()).setSystemDiskSize(s.systemDiskSize())
                .setSystemDiskDiskName(s.systemDiskDiskName()).setSystemDiskDescription(s.systemDiskDescription())
                .setSystemDiskIops(s.systemDiskIops()).setSystemDiskPerformanceLevel(s.systemDiskPerformanceLevel())
                .setSystemDiskDeleteWithInstance(s.systemDiskDeleteWithInstance())
                .setSystemDiskAutoSnapshotPolicyId(s.systemDiskAutoSnapshotPolicyId())
                .setSystemDiskProvisionedIops(s.systemDiskProvisionedIops())
                .setSystemDiskBurstingEnabled(s.systemDiskBurstingEnabled())
                .setSystemDiskEncrypted(s.systemDiskEncrypted()).setIoOptimized(s.ioOptimized())
                .setInstanceChargeType(s.instanceChargeType()).setPeriod(s.period()).setPeriodUnit(s.periodUnit())
                .setAutoRenew(s.autoRenew()).setAutoRenewPeriod(s.autoRenewPeriod())
                .setEnableVmOsConfig(s.enableVmOsConfig()).setNetworkType(s.networkType()).setUserData(s.userData())
                .setKeyPairName(s.keyPairName()).setRamRoleName(s.ramRoleName())
                .setAutoReleaseTime(s.autoReleaseTime()).setSpotStrategy(s.spotStrategy())
                .setSpotPriceLimit(s.spotPriceLimit()).setSpotDuration(s.spotDuration())
                .setResourceGroupId(s.resourceGroupId()).setSecurityEnhancementStrategy(s.securityEnhancementStrategy())
                .setPrivateIpAddress(s.privateIpAddress()).setDeploymentSetId(s.deploymentSetId())
                .setIpv6AddressCount(s.ipv6AddressCount()).setDeletionProtection(s.deletionProtection())
                .setCreditSpecification(s.creditSpecification()).setHttpEndpoint(s.httpEndpoint())
                .setHttpTokens(s.httpTokens()).setHttpPutResponseHopLimit(s.httpPutResponseHopLimit())
                .setSystemDisk(new SystemDisk().setCategory(s.systemDiskCategory()).setSize(s.systemDiskSize())
                        .setDiskName(s.systemDiskDiskName()).setDescription(s.systemDiskDescription())
                        .setIops(s.systemDiskIops()).setPerformanceLevel(s.systemDiskPerformanceLevel())
                        .setDeleteWithInstance(s.systemDiskDeleteWithInstance())
                        .setAutoSnapshotPolicyId(s.systemDiskAutoSnapshotPolicyId())
                        .setProvisionedIops(s.systemDiskProvisionedIops())
                        .setBurstingEnabled(s.systemDiskBurstingEnabled()).setEncrypted(s.systemDiskEncrypted()))
                .setImageOptions(s.imageOptions() == null ? null
                        : new ImageOptions().setLoginAsNonRoot(s.imageOptions().loginAsNonRoot()))
                .setDataDisks(AliyunFormats.each(s.dataDisk(), DataDisk::new, (d, g) -> d.setCategory(g.category())
                        .setSize(g.size()).setSnapshotId(g.snapshotId()).setDiskName(g.diskName())
                        .setDescription(g.description()).setDevice(g.device())
                        .setDeleteWithInstance(g.deleteWithInstance()).setEncrypted(g.encrypted())
                        .setPerformanceLevel(g.performanceLevel()).setProvisionedIops(g.provisionedIops())
                        .setBurstingEnabled(g.burstingEnabled()).setAutoSnapshotPolicyId(g.autoSnapshotPolicyId())))
                .setNetworkInterfaces(AliyunFormats.each(s.networkInterface(), NetworkInterface::new, (n, g) -> n
                        .setVSwitchId(g.vSwitchId()).setNetworkInterfaceName(g.networkInterfaceName())
                        .setDescription(g.description()).setSecurityGroupId(g.securityGroupId())
                        .setSecurityGroupIds(g.securityGroupIds()).setPrimaryIpAddress(g.primaryIpAddress())
                        .setInstanceType(g.instanceType())
                        .setNetworkInterfaceTrafficMode(g.networkInterfaceTrafficMode())))
                .setTags(AliyunFormats.each(s.tag(), InstanceTag::new, (t, g) -> t.setKey(g.key())
                        .setValue(g.value() == null ? "" : g.value())));
    }
}
