package io.cloudtwin.ucloud.model;

import java.util.List;

import io.cloudtwin.ucloud.model.Responses.Common;

/**
 * The tutorial stack's answers (UHost key pairs; ULB; VPC NAT gateways and peering) with the field names and JSON types
 * of ucloud-sdk-go's services/uhost, ulb and vpc models and UCloudDoc-Team/api. Decode with {@link StrictJson}.
 */
public final class StackModels {
    private StackModels() {}

    // ---- UHost key pairs

    public static class KeyPair {
        public String ProjectId;
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
        public String PrivateKeyBody;
        public Integer CreateTime;
    }

    public static class KeyPairDesc {
        public String ProjectId;
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
        public Integer CreateTime;
    }

    public static class CreateUHostKeyPairResponse extends Common {
        public KeyPair KeyPair;
    }

    public static class ImportUHostKeyPairsResponse extends Common {
        public String KeyPairId;
        public String KeyPairName;
        public String KeyPairFingerPrint;
    }

    public static class DescribeUHostKeyPairsResponse extends Common {
        public Integer TotalCount;
        public List<KeyPairDesc> KeyPairs;
    }
}
