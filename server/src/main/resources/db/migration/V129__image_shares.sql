-- The accounts a custom image is shared with (ModifyImageSharePermission): one row an image and account, gone with
-- the image. The accounts it is shared with list it and launch instances from it in its region; it is not deleted
-- while it is shared (the image's row lock orders both).
CREATE TABLE image_share (
    image_id    VARCHAR(64) NOT NULL REFERENCES image (id) ON DELETE CASCADE,
    account_id  VARCHAR(64) NOT NULL,
    shared_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (image_id, account_id)
);
CREATE INDEX image_share_account ON image_share (account_id);
