-- When Aliyun releases a pay-as-you-go instance by itself (RunInstances' and ModifyInstanceAutoReleaseTime's
-- AutoReleaseTime, to the minute): kept and answered; null: never.
ALTER TABLE instance_detail ADD COLUMN auto_release_time TIMESTAMP WITH TIME ZONE;
