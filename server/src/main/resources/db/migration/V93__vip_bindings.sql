-- Aliyun's high-availability virtual IPs (HaVip) are the core's virtual IPs, bound to the instances (or the network
-- interfaces) that may take the address over. A binding goes with its instance or interface; a VIP with bindings is
-- not deleted (its row lock serializes that with binding, and the foreign key stands behind it).
CREATE TABLE vip_binding (
    vip_id       VARCHAR(64)  NOT NULL REFERENCES vip (id),
    target_id    VARCHAR(64)  NOT NULL,
    instance_id  VARCHAR(64)  REFERENCES instance (id) ON DELETE CASCADE,
    interface_id VARCHAR(64)  REFERENCES network_interface (id) ON DELETE CASCADE,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (vip_id, target_id)
);
CREATE INDEX vip_binding_instance ON vip_binding (instance_id);
CREATE INDEX vip_binding_interface ON vip_binding (interface_id);
