-- Settings an account keeps across its regions (Aliyun's ModifyUserBusinessBehavior: sessionManagerStatus), by name.
CREATE TABLE account_setting (
    cloud       VARCHAR(16)  NOT NULL,
    account_id  VARCHAR(64)  NOT NULL,
    name        VARCHAR(64)  NOT NULL,
    setting     VARCHAR(256) NOT NULL,
    PRIMARY KEY (cloud, account_id, name)
);
