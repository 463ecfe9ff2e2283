-- 100ms webhooks kept by id, and the reconciler's schedule of unfinished recordings.

-- One row per 100ms event id: a redelivery of the same id meets the primary key, so the
-- application knows it saw the event before, and an event that matched no recording yet stays
-- here (processado_em NULL) until a later attempt handles it.
CREATE TABLE eventos_100ms (
    id                 text        PRIMARY KEY,
    -- Our ProviderEventType name; tipo_100ms keeps 100ms's own type for troubleshooting.
    tipo               text        NOT NULL,
    tipo_100ms         text,
    -- The ids an event is matched by: a recording id, else room and session.
    recording_id_100ms text,
    room_id_100ms      text,
    session_id_100ms   text,
    ocorrido_em        timestamptz,
    replay             boolean     NOT NULL DEFAULT false,
    -- The event's other facts (reason, error, duration, size, path, URL): read only together.
    dados              jsonb       NOT NULL,
    recebido_em        timestamptz NOT NULL,
    -- NULL while the event still waits to be handled.
    processado_em      timestamptz,
    -- The EventOutcome name once handled.
    resultado          text,
    -- Deliveries and retries, the first one included.
    tentativas         integer     NOT NULL DEFAULT 1
);

-- The retry pass reads the pending events, oldest first; handled ones are most of the table.
CREATE INDEX eventos_100ms_pendentes ON eventos_100ms (recebido_em)
    WHERE processado_em IS NULL;

-- When the reconciler looks at each unfinished recording next, and who holds it now. A recording
-- without a row is due at once: the reconciler adds the row when it first claims it.
CREATE TABLE reconciliacao_gravacoes (
    gravacao_id         uuid        PRIMARY KEY REFERENCES gravacoes (id) ON DELETE CASCADE,
    -- Checks done so far; the backoff grows with it.
    tentativas          integer     NOT NULL DEFAULT 0,
    proxima_verificacao timestamptz NOT NULL,
    -- A lease: until then one instance owns the recording and no other claims it. NULL when free.
    reservado_ate       timestamptz,
    ultimo_erro         text,
    updated_at          timestamptz NOT NULL DEFAULT now()
);

-- The claim looks for rows whose next check has come.
CREATE INDEX reconciliacao_gravacoes_proxima ON reconciliacao_gravacoes (proxima_verificacao);

-- The library lists every recording newest first, (created_at, id) being its paging key; V2's
-- tenant index does not serve a listing that names no tenant.
CREATE INDEX gravacoes_recentes ON gravacoes (created_at DESC, id DESC);

-- Webhooks without a recording id name the recording by room and session.
CREATE INDEX gravacoes_sala_sessao ON gravacoes (room_id_100ms, session_id_100ms);
