-- How a bound EIP forwards to what it is bound to (Aliyun's Mode): NAT (the default, and always when unbound), or
-- BINDED / MULTI_BINDED for a network interface. Set by AssociateEipAddress's Mode and ModifyEipForwardMode.
ALTER TABLE elastic_ip ADD COLUMN mode VARCHAR(16) NOT NULL DEFAULT 'NAT';
