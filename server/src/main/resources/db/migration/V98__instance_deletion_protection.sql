-- An Aliyun pay-as-you-go instance may be protected from deletion (DeleteInstance refuses it while the flag is on).
ALTER TABLE instance_detail ADD COLUMN deletion_protection BOOLEAN NOT NULL DEFAULT FALSE;
