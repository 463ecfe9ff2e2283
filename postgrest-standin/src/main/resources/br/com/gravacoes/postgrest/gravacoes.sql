-- The table a tenant's Supabase project mirrors recordings into (seed, "Tabela: gravacoes").
-- {schema} is replaced by the project's quoted schema name. No constraint beyond the primary key:
-- the seed lists none, and the mirror must not refuse what the service's own table accepted.
CREATE TABLE IF NOT EXISTS {schema}.gravacoes (
    id                 uuid PRIMARY KEY,
    reuniao_id         uuid,
    tenant_id          text,
    room_id_100ms      text,
    session_id_100ms   text,
    recording_id_100ms text,
    asset_id           text,
    status             text,
    started_at         timestamptz,
    stopped_at         timestamptz,
    duration           integer,
    file_url           text,
    file_size          bigint,
    thumbnail_url      text,
    metadata           jsonb DEFAULT '{}'::jsonb,
    created_at         timestamptz DEFAULT now(),
    updated_at         timestamptz DEFAULT now()
);
