-- The services a cloud opens once for an account (Aliyun's OpenFlowLogService, OpenTrafficMirrorService): opened
-- once (the primary key), never closed by an API.
CREATE TABLE opened_service (
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    service     VARCHAR(64)  NOT NULL,
    opened_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (cloud, account_id, service)
);
