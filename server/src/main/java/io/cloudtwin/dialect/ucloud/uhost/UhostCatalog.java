package io.cloudtwin.dialect.ucloud.uhost;

import java.util.List;
import java.util.Optional;

/**
 * The small image catalog DescribeImage serves (docs/ucloud.md lists it): base images of every zone. Any other ImageId
 * is still accepted by CreateUHostInstance (its OsName and OsType are then empty), so existing tests and fixtures keep
 * working; tools that read the image first (Terraform's ucloud_instance reads ImageSize) use these.
 */
public final class UhostCatalog {
    private UhostCatalog() {}

    /** One image: ImageSize in GB, CreateTime as unix seconds. */
    public record Image(String imageId, String imageName, String osType, String osName, int imageSizeGb,
                        long createTime, String description) {}

    public static final List<Image> IMAGES = List.of(
            new Image("uimage-c79x64", "CentOS 7.9 64位", "Linux", "CentOS 7.9 64位", 20, 1_640_995_200L,
                    "CentOS 7.9 base image"),
            // the image the Terraform provider's front-page example looks for (name_regex "^CentOS 6.5 64")
            new Image("uimage-c65x64", "CentOS 6.5 64位", "Linux", "CentOS 6.5 64位", 20, 1_420_070_400L,
                    "CentOS 6.5 base image"),
            new Image("uimage-r93x64", "Rocky Linux 9.3 64位", "Linux", "Rocky Linux 9.3 64位", 20, 1_704_067_200L,
                    "Rocky Linux 9.3 base image"),
            new Image("uimage-u2204a", "Ubuntu 22.04 64位", "Linux", "Ubuntu 22.04 64位", 20, 1_672_531_200L,
                    "Ubuntu 22.04 LTS base image"),
            new Image("uimage-w19dc0", "Windows 2019 数据中心版 64位", "Windows", "Windows 2019 数据中心版 64位", 40,
                    1_672_531_200L, "Windows Server 2019 Datacenter base image"));

    public static Optional<Image> find(String imageId) {
        return IMAGES.stream().filter(i -> i.imageId().equals(imageId)).findFirst();
    }
}
