-- SSH key pairs (Aliyun ECS key pairs, UCloud UHost key pairs): the public key and its fingerprint; the private key
-- of a created pair is given once, in the create answer, and never kept. Aliyun names a pair by its name (id = name),
-- UCloud by an id; names are unique in their scope either way.
CREATE TABLE key_pair (
    id           VARCHAR(128)  PRIMARY KEY,
    cloud        VARCHAR(16)   NOT NULL,
    account_id   VARCHAR(64)   NOT NULL,
    region       VARCHAR(64)   NOT NULL,
    project_id   VARCHAR(64)   NOT NULL DEFAULT '',
    name         VARCHAR(128)  NOT NULL,
    fingerprint  VARCHAR(128)  NOT NULL,
    public_key   VARCHAR(4096) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE UNIQUE INDEX key_pair_name ON key_pair (cloud, account_id, region, project_id, name);

-- The key pair an instance logs in with (at most one); a pair with instances cannot be deleted (the foreign key
-- holds that against a concurrent attach too).
CREATE TABLE instance_key_pair (
    instance_id  VARCHAR(64)  PRIMARY KEY REFERENCES instance (id) ON DELETE CASCADE,
    key_pair_id  VARCHAR(128) NOT NULL REFERENCES key_pair (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX instance_key_pair_pair ON instance_key_pair (key_pair_id);
