-- Data protection of stored scored samples (docs/data-protection.md).
-- Every stored sample is encrypted with AES-256-GCM under a key that lives outside the database; the dataset row
-- names the key by its id. Rows stored before this migration have no key id: their content is still plain gzip,
-- and the key rotation job encrypts them at the next start. A purged dataset keeps its row (hash, schema, mapping)
-- and every derived result; only its content row goes.
alter table dataset add column key_id varchar(64);
alter table dataset add column purged_at timestamp with time zone;
alter table dataset add column purged_by varchar(64);
alter table dataset add column purge_reason varchar(2000);

create index ix_dataset_key on dataset (key_id);

-- The data-protection facts of a model: lawful basis, DPIA, data categories, retention of raw samples and a legal
-- hold that suspends purging. No row: nothing recorded yet, retention follows the model's risk tier.
create table model_data_protection (
    model_id          bigint        not null primary key references model (id),
    lawful_basis      varchar(32),
    dpia_reference    varchar(120),
    dpia_date         date,
    data_categories   varchar(2000) not null,
    retention_days    integer,
    legal_hold        boolean       not null,
    legal_hold_reason varchar(2000),
    legal_hold_by     varchar(64),
    legal_hold_at     timestamp with time zone,
    updated_by        varchar(64)   not null,
    updated_at        timestamp with time zone not null,
    version           bigint        not null
);

-- Who may download raw samples, whatever their role; granted and revoked by administrators (in the ledger).
create table dataset_download_grant (
    username   varchar(64)   not null primary key,
    granted_by varchar(64)   not null,
    granted_at timestamp with time zone not null,
    reason     varchar(2000) not null,
    version    bigint        not null
);
