-- The key pair a UHost logs in with (LoginMode KeyPair), set by CreateUHostInstance and ResetUHostInstancePassword.
-- No foreign key: UCloud lets a pair be deleted while hosts use it, and DescribeUHostInstance then reports the
-- host's KeyPair with KeyPairState "Deleted". The pair's row is locked while a host is bound to it, so a
-- concurrent DeleteUHostKeyPairs either comes first (the host is refused) or after (the host reports Deleted).
ALTER TABLE uhost_detail ADD COLUMN key_pair_id VARCHAR(128);
