-- Data protection of monitoring data (docs/data-protection.md, docs/monitoring.md): the same rules as stored samples.
-- The feature values of a production batch are kept as one blob per batch (gzip of the rows' features, then
-- AES-256-GCM with a dataset key named by the batch's key id); the observation rows keep only what joins and the
-- operational figures need (request id, output, outcome, latency, error flag) and their position in the blob.
-- Batches stored before this migration have no key id: their rows still hold the features as plain JSON, and the key
-- rotation job moves them into an encrypted blob at the next start. A purged batch keeps its row, body hash, counts,
-- outputs and every evaluation; its blob and its rows' request ids go.
alter table monitoring_batch add column key_id varchar(64);
alter table monitoring_batch add column raw_purged_at timestamp with time zone;
alter table monitoring_batch add column raw_purged_by varchar(64);
alter table monitoring_batch add column raw_purge_reason varchar(2000);

create index ix_monitoring_batch_key on monitoring_batch (key_id);
create index ix_monitoring_batch_received on monitoring_batch (model_id, received_at);

create table monitoring_batch_content (
    batch_id bigint not null primary key references monitoring_batch (id),
    content  bytea  not null
);

alter table monitoring_observation alter column features drop not null;
alter table monitoring_observation add column row_index integer;

-- Baselines: the whole summary (exact sorted values, sketches, ranges, categories) sealed the same way in a content
-- row; the plain summary column only holds baselines from before this migration until the rotation job seals them.
-- Past the retention period the exact values are purged (drift is then judged on the sketch), marked on the row;
-- likewise when the scored sample a baseline was built from (dataset_id) is purged or erased.
alter table monitoring_baseline add column key_id varchar(64);
alter table monitoring_baseline add column dataset_id bigint references dataset (id);
alter table monitoring_baseline alter column summary drop not null;
alter table monitoring_baseline add column exact_purged_at timestamp with time zone;
alter table monitoring_baseline add column exact_purged_by varchar(64);
alter table monitoring_baseline add column exact_purge_reason varchar(2000);

create index ix_monitoring_baseline_key on monitoring_baseline (key_id);
create index ix_monitoring_baseline_dataset on monitoring_baseline (dataset_id);

create table monitoring_baseline_content (
    baseline_id bigint not null primary key references monitoring_baseline (id),
    content     bytea  not null
);
