package io.cloudtwin.ucloud.stack;

import java.util.List;

import cn.ucloud.common.response.Response;
import com.google.gson.annotations.SerializedName;

import io.cloudtwin.ucloud.net.StrictJson.Optional;
import io.cloudtwin.ucloud.net.StrictJson.Partial;

/**
 * Answers of the tutorial stack's actions as the official SDKs declare them (ucloud-sdk-go services/uhost, ulb, vpc,
 * unet models; ucloud-sdk-java the same names and JSON types), for the real Java client and the strict decoder
 * ({@link io.cloudtwin.ucloud.net.StrictJson}): every declared field must come with exactly its type, and nothing
 * undeclared may come unless the class is {@link Partial}. Requests are {@link io.cloudtwin.ucloud.model.SdkCall}s
 * with the parameters each tool sends, as flat keys.
 */
public final class StackApi {
    private StackApi() {}

    // ---- UHost key pairs (services/uhost: KeyPair, KeyPairDesc, UHostKeyPair)

    public static class KeyPair {
        @SerializedName("ProjectId") public String projectId;
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
        @SerializedName("PrivateKeyBody") public String privateKeyBody;
        @SerializedName("CreateTime") public Integer createTime;
    }

    public static class CreateUHostKeyPairResponse extends Response {
        @SerializedName("KeyPair") public KeyPair keyPair;
    }

    public static class ImportUHostKeyPairsResponse extends Response {
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
    }

    public static class KeyPairDesc {
        @SerializedName("ProjectId") public String projectId;
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairName") public String keyPairName;
        @SerializedName("KeyPairFingerPrint") public String keyPairFingerPrint;
        @SerializedName("CreateTime") public Integer createTime;
    }

    public static class DescribeUHostKeyPairsResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("KeyPairs") public List<KeyPairDesc> keyPairs;
    }

    public static class UHostKeyPair {
        @SerializedName("KeyPairId") public String keyPairId;
        @SerializedName("KeyPairState") public String keyPairState;
    }

    /** The fields of UHostInstanceSet these scenarios read (the whole model is UcloudResponseShapeTest's). */
    @Partial
    public static class UHostInstanceSet {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("State") public String state;
        @SerializedName("Name") public String name;
        @Optional @SerializedName("KeyPair") public UHostKeyPair keyPair;
        @SerializedName("IPSet") public List<UHostIPSet> ipSet;
    }

    @Partial
    public static class UHostIPSet {
        @SerializedName("Type") public String type;
        @SerializedName("IP") public String ip;
        @SerializedName("VPCId") public String vpcId;
        @SerializedName("SubnetId") public String subnetId;
    }

    public static class DescribeUHostInstanceResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("UHostSet") public List<UHostInstanceSet> uhostSet;
    }

    public static class CreateUHostInstanceResponse extends Response {
        @SerializedName("UHostIds") public List<String> uhostIds;
        @SerializedName("IPs") public List<String> ips;
    }

    public static class UHostIdResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
    }

    public static class TerminateUHostInstanceResponse extends Response {
        @SerializedName("UHostId") public String uhostId;
        @SerializedName("InRecycle") public String inRecycle;
    }

    @Partial
    public static class UHostImageSet {
        @SerializedName("ImageId") public String imageId;
        @SerializedName("ImageSize") public Integer imageSize;
        @SerializedName("Features") public List<String> features;
    }

    public static class DescribeImageResponse extends Response {
        @SerializedName("TotalCount") public Integer totalCount;
        @SerializedName("ImageSet") public List<UHostImageSet> imageSet;
    }
}
