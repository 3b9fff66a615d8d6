package io.cloudtwin.admin.client;

/** The demo account every cloudtwin server starts with (docs/configuration.md), and the regions the docs use. */
public final class Demo {
    public static final String ACCOUNT_ID = "1000000000000001";
    public static final String ALIYUN_ACCESS_KEY_ID = "cloudtwin-demo";
    public static final String ALIYUN_ACCESS_KEY_SECRET = "cloudtwin-demo-secret";
    public static final String UCLOUD_PUBLIC_KEY = "cloudtwin-demo-public";
    public static final String UCLOUD_PRIVATE_KEY = "cloudtwin-demo-private";
    public static final String UCLOUD_PROJECT_ID = "org-default";
    public static final String ALIYUN_REGION = "cn-hangzhou";
    public static final String UCLOUD_REGION = "cn-bj2";

    private Demo() {}
}
