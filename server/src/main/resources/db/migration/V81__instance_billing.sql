-- How an ECS instance is bought beyond its charge type: as a spot instance (strategy, price limit, protection
-- hours, what an interruption does) and, for a subscription, its renewal (RunInstances AutoRenew, AutoRenewPeriod,
-- PeriodUnit) and the period bought (Period, in PeriodUnit), as DescribeInstances and DescribeInstanceAutoRenewAttribute
-- report them.
ALTER TABLE instance_detail ADD COLUMN spot_strategy VARCHAR(32) NOT NULL DEFAULT 'NoSpot';
ALTER TABLE instance_detail ADD COLUMN spot_price_limit DOUBLE PRECISION NOT NULL DEFAULT 0;
ALTER TABLE instance_detail ADD COLUMN spot_duration INTEGER NOT NULL DEFAULT 0;
ALTER TABLE instance_detail ADD COLUMN spot_interruption_behavior VARCHAR(16) NOT NULL DEFAULT 'Terminate';
ALTER TABLE instance_detail ADD COLUMN auto_renew BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE instance_detail ADD COLUMN auto_renew_period INTEGER NOT NULL DEFAULT 0;
ALTER TABLE instance_detail ADD COLUMN period_unit VARCHAR(8) NOT NULL DEFAULT 'Month';
ALTER TABLE instance_detail ADD COLUMN period INTEGER NOT NULL DEFAULT 0;
