package io.cloudtwin.dialect.aliyun.ecs;

import static io.cloudtwin.dialect.aliyun.AliyunFormats.blank;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import io.cloudtwin.core.Scope;
import io.cloudtwin.core.compute.ImageService;
import io.cloudtwin.dialect.aliyun.AliyunCall;
import io.cloudtwin.dialect.aliyun.AliyunFormats;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageSharePermissionRequest;
import io.cloudtwin.dialect.aliyun.ecs.api.DescribeImageSharePermissionResponse;
import io.cloudtwin.dialect.aliyun.ecs.api.EcsApi;
import io.cloudtwin.dialect.aliyun.ecs.api.ModifyImageSharePermissionRequest;

/**
 * Custom images shared with other accounts (alicloud_image_share_permission): ModifyImageSharePermission adds and
 * removes accounts (Alibaba Cloud account ids, all digits), at most 50 an image; DescribeImageSharePermission lists
 * them. The accounts list the image (DescribeImages, ImageOwnerAlias others) and launch instances from it in its
 * region. Community images (IsPublic, LaunchPermission) are not served here.
 */
@Component
record ImageSharing(EcsCatalog catalog, ImageService images)
        implements EcsApi.ModifyImageSharePermission, EcsApi.DescribeImageSharePermission {
    private static final Pattern ACCOUNT_ID = Pattern.compile("[0-9]{1,32}");

    @Override
    public void modifyImageSharePermission(AliyunCall call, ModifyImageSharePermissionRequest r) {
        boolean accounts = !r.addAccount().isEmpty() || !r.removeAccount().isEmpty();
        if (!blank(r.launchPermission())) {
            throw call.error(accounts ? "UnnecessaryParameter.LaunchPermission"
                    : "ForbiddenParameter.LaunchPermission");
        }
        // publishing a community image needs its terms signed, which no account here has done
        if (Boolean.TRUE.equals(r.isPublic())) throw call.error("PublicImageAgreement.NotSigned");
        if (catalog.image(r.imageId()).isPresent()) throw call.error("Image.Public");
        String malformed = Stream.concat(r.addAccount().stream(), r.removeAccount().stream())
                .filter(a -> !ACCOUNT_ID.matcher(a).matches()).findFirst().orElse(null);
        if (malformed != null) throw call.error("InvalidAccount.NotFound", malformed);
        images.share(call.scope(), r.imageId(), r.addAccount(), r.removeAccount());
    }

    @Override
    public DescribeImageSharePermissionResponse describeImageSharePermission(AliyunCall call,
                                                                             DescribeImageSharePermissionRequest r) {
        Scope scope = call.scope();
        var paging = call.paging(10);
        var page = images.shares(scope, r.imageId(), paging.offset(), paging.limit());
        return call.paged(new DescribeImageSharePermissionResponse().setImageId(r.imageId())
                .setRegionId(scope.region()).setShareGroups(List.of())
                .setAccounts(page.items().stream().map(s -> new DescribeImageSharePermissionResponse.Account()
                        .setAliyunId(s.accountId()).setSharedTime(AliyunFormats.time(s.sharedAt()))).toList()),
                paging, page.total());
    }
}
