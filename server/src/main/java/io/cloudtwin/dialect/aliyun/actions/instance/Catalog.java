package io.cloudtwin.dialect.aliyun.actions.instance;

import java.util.List;

import io.cloudtwin.dialect.aliyun.AliyunViews;

/**
 * The small, fixed catalog cloudtwin offers in every region and zone (docs/aliyun.md): three public images and six
 * instance types of the g6 (4 GiB per vCPU), c6 (2 GiB) and r6 (8 GiB) families. RunInstances accepts any image and
 * type; these are what the describe actions list.
 */
final class Catalog {
    private Catalog() {}

    record Image(String id, String name, String osName, String osType, String platform, int size) {}

    static final List<Image> IMAGES = List.of(
            new Image("aliyun_3_x64_20G_alibase_20240819.vhd", "aliyun_3_x64_20G_alibase_20240819.vhd",
                    "Alibaba Cloud Linux 3.2104 LTS 64 bit", "linux", "Aliyun", 20),
            new Image("ubuntu_22_04_x64_20G_alibase_20240926.vhd", "ubuntu_22_04_x64_20G_alibase_20240926.vhd",
                    "Ubuntu 22.04 64 bit", "linux", "Ubuntu", 20),
            new Image("centos_7_9_x64_20G_alibase_20240628.vhd", "centos_7_9_x64_20G_alibase_20240628.vhd",
                    "CentOS 7.9 64 bit", "linux", "CentOS", 20));

    static final List<String> INSTANCE_TYPES = List.of("ecs.g6.large", "ecs.g6.xlarge", "ecs.c6.large",
            "ecs.c6.xlarge", "ecs.r6.large", "ecs.r6.xlarge");

    static final List<String> SYSTEM_DISK_CATEGORIES = List.of("cloud_efficiency", "cloud_ssd", "cloud_essd");

    static String family(String type) {
        return type.substring(0, type.lastIndexOf('.'));
    }

    static int cpu(String type) {
        return AliyunViews.shape(type)[0];
    }

    /** GiB. */
    static double memory(String type) {
        return AliyunViews.shape(type)[1] / 1024.0;
    }
}
