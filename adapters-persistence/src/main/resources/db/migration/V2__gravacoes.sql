-- Recordings, column for column as the seed's "Estrutura do Banco de Dados" names them.

CREATE TABLE gravacoes (
    id                 uuid        PRIMARY KEY,
    reuniao_id         uuid        NOT NULL REFERENCES reunioes (id),
    -- Copied from the meeting so tenant listings need no join.
    tenant_id          text        NOT NULL,
    room_id_100ms      text        NOT NULL,
    -- The 100ms ids stay NULL until 100ms confirms the start: the row is claimed first.
    session_id_100ms   text,
    recording_id_100ms text,
    asset_id           text,
    status             text        NOT NULL
        CONSTRAINT gravacoes_status_valido
        CHECK (status IN ('recording', 'processing', 'completed', 'failed')),
    started_at         timestamptz,
    stopped_at         timestamptz,
    duration           integer     CONSTRAINT gravacoes_duration_positiva CHECK (duration >= 0),
    file_url           text,
    file_size          bigint      CONSTRAINT gravacoes_file_size_positivo CHECK (file_size >= 0),
    thumbnail_url      text,
    metadata           jsonb       NOT NULL DEFAULT '{}'::jsonb,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now()
);

-- One active recording per room, decided by the database itself so that concurrent start
-- requests (other instances included) cannot both win; INSERT ... ON CONFLICT relies on it.
CREATE UNIQUE INDEX gravacoes_uma_ativa_por_sala ON gravacoes (room_id_100ms)
    WHERE status = 'recording';

-- A tenant's recordings, newest first.
CREATE INDEX gravacoes_tenant_recentes ON gravacoes (tenant_id, created_at DESC);

-- The sync job only looks at unfinished recordings, a small slice of the table.
CREATE INDEX gravacoes_em_andamento ON gravacoes (status)
    WHERE status IN ('recording', 'processing');

-- 100ms webhooks name the recording by its 100ms id.
CREATE INDEX gravacoes_recording_id_100ms ON gravacoes (recording_id_100ms);

-- Recordings of a meeting, and the foreign key's checks on reunioes deletes.
CREATE INDEX gravacoes_reuniao_id ON gravacoes (reuniao_id);
