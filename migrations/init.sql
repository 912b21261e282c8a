CREATE TABLE alembic_version (
    version_num VARCHAR(32) NOT NULL, 
    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)
);

-- Running upgrade  -> 0001

CREATE TABLE audit_logs (
    id BIGINT NOT NULL AUTO_INCREMENT, 
    created_at DATETIME NOT NULL, 
    user_id INTEGER, 
    username VARCHAR(64), 
    api_key_id INTEGER, 
    method VARCHAR(8) NOT NULL, 
    path VARCHAR(512) NOT NULL, 
    status INTEGER NOT NULL, 
    latency_ms FLOAT NOT NULL, 
    client_ip VARCHAR(64), 
    request_id VARCHAR(64), 
    PRIMARY KEY (id)
);

CREATE INDEX ix_audit_logs_created_at ON audit_logs (created_at);

CREATE INDEX ix_audit_logs_user_created ON audit_logs (user_id, created_at);

CREATE TABLE users (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    username VARCHAR(64) NOT NULL, 
    password_hash VARCHAR(255) NOT NULL, 
    `role` VARCHAR(16) NOT NULL, 
    is_active BOOL NOT NULL, 
    created_at DATETIME NOT NULL, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    UNIQUE (username)
);

CREATE TABLE api_keys (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    user_id INTEGER NOT NULL, 
    name VARCHAR(128) NOT NULL, 
    prefix VARCHAR(16) NOT NULL, 
    key_hash VARCHAR(128) NOT NULL, 
    created_at DATETIME NOT NULL, 
    last_used_at DATETIME, 
    revoked_at DATETIME, 
    PRIMARY KEY (id), 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    UNIQUE (prefix)
);

CREATE INDEX ix_api_keys_user_id ON api_keys (user_id);

CREATE TABLE datasources (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    owner_id INTEGER NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    kind VARCHAR(16) NOT NULL, 
    dialect VARCHAR(32) NOT NULL, 
    url_encrypted TEXT, 
    table_prefix VARCHAR(64), 
    file_name VARCHAR(255), 
    file_key VARCHAR(512), 
    file_size BIGINT, 
    data_version INTEGER NOT NULL, 
    semantic LONGTEXT, 
    created_at DATETIME NOT NULL, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE, 
    UNIQUE (table_prefix)
);

CREATE INDEX ix_datasources_owner_id ON datasources (owner_id);

CREATE TABLE conversations (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    owner_id INTEGER NOT NULL, 
    datasource_id INTEGER, 
    title VARCHAR(255) NOT NULL, 
    state LONGTEXT, 
    created_at DATETIME NOT NULL, 
    updated_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(datasource_id) REFERENCES datasources (id) ON DELETE SET NULL, 
    FOREIGN KEY(owner_id) REFERENCES users (id) ON DELETE CASCADE
);

CREATE INDEX ix_conversations_owner_id ON conversations (owner_id);

CREATE TABLE datasource_shares (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    datasource_id INTEGER NOT NULL, 
    grantee_user_id INTEGER, 
    grantee_role VARCHAR(16), 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(datasource_id) REFERENCES datasources (id) ON DELETE CASCADE, 
    FOREIGN KEY(grantee_user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT uq_datasource_share UNIQUE (datasource_id, grantee_user_id, grantee_role)
);

CREATE INDEX ix_datasource_shares_datasource_id ON datasource_shares (datasource_id);

CREATE INDEX ix_datasource_shares_grantee_user_id ON datasource_shares (grantee_user_id);

CREATE TABLE datasource_tables (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    datasource_id INTEGER NOT NULL, 
    position INTEGER NOT NULL, 
    name VARCHAR(255) NOT NULL, 
    physical_name VARCHAR(255) NOT NULL, 
    physical_schema VARCHAR(255), 
    row_count BIGINT NOT NULL, 
    columns LONGTEXT NOT NULL, 
    foreign_keys LONGTEXT, 
    profile LONGTEXT, 
    PRIMARY KEY (id), 
    FOREIGN KEY(datasource_id) REFERENCES datasources (id) ON DELETE CASCADE, 
    CONSTRAINT uq_datasource_tables_name UNIQUE (datasource_id, name)
);

CREATE INDEX ix_datasource_tables_datasource_id ON datasource_tables (datasource_id);

CREATE TABLE messages (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    conversation_id INTEGER NOT NULL, 
    datasource_id INTEGER, 
    question TEXT NOT NULL, 
    status VARCHAR(16) NOT NULL, 
    engine VARCHAR(32), 
    `sql` TEXT, 
    interpretation TEXT, 
    summary TEXT, 
    message TEXT, 
    result LONGTEXT, 
    timings LONGTEXT, 
    llm_usage LONGTEXT, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(conversation_id) REFERENCES conversations (id) ON DELETE CASCADE, 
    FOREIGN KEY(datasource_id) REFERENCES datasources (id) ON DELETE SET NULL
);

CREATE INDEX ix_messages_conversation_id ON messages (conversation_id);

CREATE TABLE feedback (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    message_id INTEGER NOT NULL, 
    user_id INTEGER NOT NULL, 
    rating VARCHAR(8) NOT NULL, 
    comment TEXT, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (id), 
    FOREIGN KEY(message_id) REFERENCES messages (id) ON DELETE CASCADE, 
    FOREIGN KEY(user_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT uq_feedback_message_user UNIQUE (message_id, user_id)
);

INSERT INTO alembic_version (version_num) VALUES ('0001');

-- Running upgrade 0001 -> ops_installation

CREATE TABLE installation (
    install_id VARCHAR(32) NOT NULL, 
    created_at DATETIME NOT NULL, 
    PRIMARY KEY (install_id)
);

UPDATE alembic_version SET version_num='ops_installation' WHERE alembic_version.version_num = '0001';

-- Running upgrade ops_installation -> sec_b_accounts_token_version

ALTER TABLE users ADD COLUMN username_key VARCHAR(64);

ALTER TABLE users ADD COLUMN token_version INTEGER NOT NULL DEFAULT '0';

UPDATE users SET username_key = LOWER(username);

ALTER TABLE users MODIFY username_key VARCHAR(64) NOT NULL;

ALTER TABLE users ADD CONSTRAINT uq_users_username_key UNIQUE (username_key);

ALTER TABLE audit_logs ADD COLUMN detail TEXT;

UPDATE alembic_version SET version_num='sec_b_accounts_token_version' WHERE alembic_version.version_num = 'ops_installation';

-- Running upgrade sec_b_accounts_token_version -> sec_a_example_proposals

CREATE TABLE example_proposals (
    id INTEGER NOT NULL AUTO_INCREMENT, 
    datasource_id INTEGER NOT NULL, 
    message_id INTEGER NOT NULL, 
    proposer_id INTEGER NOT NULL, 
    question TEXT NOT NULL, 
    `sql` TEXT NOT NULL, 
    status VARCHAR(16) NOT NULL, 
    created_at DATETIME NOT NULL, 
    decided_at DATETIME, 
    decided_by INTEGER, 
    PRIMARY KEY (id), 
    FOREIGN KEY(datasource_id) REFERENCES datasources (id) ON DELETE CASCADE, 
    FOREIGN KEY(decided_by) REFERENCES users (id) ON DELETE SET NULL, 
    FOREIGN KEY(message_id) REFERENCES messages (id) ON DELETE CASCADE, 
    FOREIGN KEY(proposer_id) REFERENCES users (id) ON DELETE CASCADE, 
    CONSTRAINT uq_example_proposals_message UNIQUE (message_id)
);

CREATE INDEX ix_example_proposals_datasource_id ON example_proposals (datasource_id);

UPDATE alembic_version SET version_num='sec_a_example_proposals' WHERE alembic_version.version_num = 'sec_b_accounts_token_version';

