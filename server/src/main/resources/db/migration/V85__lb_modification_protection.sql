-- Aliyun SLB's modification protection: NonProtection, or ConsoleProtection with the reason given for it (the load
-- balancer's settings cannot be changed in the console; API calls still change them). '' for UCloud's load balancers.
-- Same SQL on H2 and PostgreSQL.
ALTER TABLE load_balancer ADD COLUMN modification_protection VARCHAR(32) NOT NULL DEFAULT '';
ALTER TABLE load_balancer ADD COLUMN modification_protection_reason VARCHAR(256) NOT NULL DEFAULT '';
