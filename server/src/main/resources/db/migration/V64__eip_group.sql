-- Elastic IPs (V42) gain the group an EIP is filed under: UCloud's Tag (a business group; '' for Aliyun's, which
-- carry key-value tags instead). Same SQL on H2 and PostgreSQL.
ALTER TABLE elastic_ip ADD COLUMN tag VARCHAR(64) NOT NULL DEFAULT '';
