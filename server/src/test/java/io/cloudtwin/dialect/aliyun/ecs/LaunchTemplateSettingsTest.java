package io.cloudtwin.dialect.aliyun.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.CreateLaunchTemplateVersionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.RunInstancesRequest;
import io.cloudtwin.dialect.aliyun.spec.AliyunSpecs;
import io.cloudtwin.dialect.aliyun.spec.Params;

/**
 * LaunchTemplateSettings keeps a version's settings as the fields of the typed request that made it, reads them back
 * as a CreateLaunchTemplateVersionRequest and lays them under a RunInstancesRequest by field name. That holds only
 * while the three generated requests spell and type their shared settings alike, nested lists and objects too: this
 * test fails when a regenerated description makes them differ.
 */
class LaunchTemplateSettingsTest {
    private static final Set<String> OF_THE_TEMPLATE = Set.of("regionId", "launchTemplateId", "launchTemplateName",
            "versionDescription", "templateTag", "templateResourceGroupId");

    @Test
    void bothTemplateRequestsCarryTheSameSettings() {
        Map<String, Field> create = settings(CreateLaunchTemplateRequest.class);
        Map<String, Field> version = settings(CreateLaunchTemplateVersionRequest.class);
        assertThat(create.keySet()).containsExactlyInAnyOrderElementsOf(version.keySet());
        assertThat(differences(create, version, "")).isEmpty();
    }

    @Test
    void runInstancesTypesEverySettingItSharesWithATemplateAlike() {
        Map<String, Field> template = settings(CreateLaunchTemplateVersionRequest.class);
        Map<String, Field> launch = settings(RunInstancesRequest.class);
        var shared = template.keySet().stream().filter(launch::containsKey).toList();
        assertThat(shared).as("the settings a launch takes from a template")
                .contains("imageId", "instanceType", "securityGroupId", "securityGroupIds", "vSwitchId", "dataDisk",
                        "systemDiskCategory", "systemDiskSize", "tag", "userData", "keyPairName", "instanceName")
                .hasSizeGreaterThan(40);
        assertThat(differences(template, launch, "")).isEmpty();
    }

    @Test
    void aLaunchTakesTheVersionsSettingsWhereItGivesNone() {
        var specs = new AliyunSpecs();
        String settings = LaunchTemplateSettings.of(CreateLaunchTemplateRequest.from(Params.validate(
                specs.ecs().action("CreateLaunchTemplate"), Map.of("RegionId", "cn-hangzhou", "LaunchTemplateName",
                        "t1", "ImageId", "img", "InstanceType", "ecs.g6.large", "SecurityGroupId", "sg-t",
                        "InstanceName", "from-template", "SystemDisk.Size", "50", "DataDisk.1.Size", "40",
                        "Tag.1.Key", "app", "Tag.1.Value", "web"))));
        RunInstancesRequest launch = LaunchTemplateSettings.launch(RunInstancesRequest.from(Params.validate(
                specs.ecs().action("RunInstances"), Map.of("RegionId", "cn-hangzhou", "LaunchTemplateId", "lt-1",
                        "InstanceName", "given"))), settings);
        assertThat(launch.regionId()).isEqualTo("cn-hangzhou");
        assertThat(launch.launchTemplateId()).isEqualTo("lt-1");
        assertThat(launch.instanceName()).as("the request's own").isEqualTo("given");
        assertThat(launch.imageId()).isEqualTo("img");
        assertThat(launch.securityGroupId()).isEqualTo("sg-t");
        assertThat(launch.systemDiskSize()).isEqualTo("50");
        assertThat(launch.dataDisk()).singleElement().satisfies(d -> assertThat(d.size()).isEqualTo(40));
        assertThat(launch.tag()).singleElement().satisfies(t -> assertThat(t.key() + "=" + t.value())
                .isEqualTo("app=web"));
    }

    /** The instance fields of a generated request, by name (what the JSON document holds). */
    private static Map<String, Field> settings(Class<?> type) {
        Map<String, Field> out = new LinkedHashMap<>();
        for (Field f : type.getDeclaredFields()) {
            if (Modifier.isStatic(f.getModifiers()) || OF_THE_TEMPLATE.contains(f.getName())) continue;
            out.put(f.getName(), f);
        }
        return out;
    }

    /** Fields both have whose types differ: simple types by class, nested types field by field. */
    private static List<String> differences(Map<String, Field> a, Map<String, Field> b, String path) {
        List<String> out = new ArrayList<>();
        a.forEach((name, fa) -> {
            Field fb = b.get(name);
            if (fb != null) out.addAll(differences(fa.getGenericType(), fb.getGenericType(), path + name));
        });
        return out;
    }

    private static List<String> differences(Type a, Type b, String path) {
        if (a instanceof ParameterizedType pa && b instanceof ParameterizedType pb) {
            if (!pa.getRawType().equals(pb.getRawType())) return List.of(path + ": " + a + " / " + b);
            return differences(pa.getActualTypeArguments()[0], pb.getActualTypeArguments()[0], path + "[]");
        }
        if (a instanceof Class<?> ca && b instanceof Class<?> cb) {
            // a number or a boolean the template keeps is read as its text where the launch types it as a string
            // (RunInstances' SystemDisk.Size): Jackson's scalar coercion, as the query would have carried it
            if (ca.equals(cb) || (cb == String.class && (Number.class.isAssignableFrom(ca) || ca == Boolean.class))) {
                return List.of();
            }
            boolean nested = ca.getEnclosingClass() != null && cb.getEnclosingClass() != null;
            if (nested && ca.getSimpleName().equals(cb.getSimpleName())) {
                return differences(settings(ca), settings(cb), path + ".");
            }
        }
        return List.of(path + ": " + a.getTypeName() + " / " + b.getTypeName());
    }
}
