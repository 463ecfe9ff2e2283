-- The SQL one start+stop cycle of the service issues, as PostgreSQL logged it with
-- log_statement = all (BENCHMARKS.md says how): the two HTTP requests and the three 100ms
-- webhooks that follow (beam.started.success, beam.stopped.success, beam.recording.success).
-- Each "SELECT 1" is the connection pool's validation before a connection is handed out; each
-- repository call is its own transaction, as in the service. The Supabase mirror's statements are
-- left out: one delivery serves up to 500 changes, so its share of a cycle is small.
-- pgbench client k works on meeting 'pgbench-(k+1)' of tenant 'pgbench'.
\set room :client_id + 1

-- POST /api/100ms/recording/start: the meeting, the tenant's 100ms app, the claim.
SELECT 1;
SELECT id AS reuniao FROM reunioes WHERE room_id_100ms = 'pgbench-' || :room \gset
SELECT 1;
SELECT tenant_id, app_access_key, app_secret, template_id FROM credenciais_100ms WHERE tenant_id = 'pgbench';
SELECT 1;
BEGIN;
INSERT INTO gravacoes (id, reuniao_id, tenant_id, room_id_100ms, session_id_100ms,
    recording_id_100ms, asset_id, status, started_at, stopped_at, duration, file_url,
    file_size, thumbnail_url, metadata, created_at, updated_at)
VALUES (gen_random_uuid(), ':reuniao', 'pgbench', 'pgbench-' || :room, NULL, NULL, NULL,
    'recording', now(), NULL, NULL, NULL, NULL, NULL,
    CAST('{"started_by": "admin-pgbench"}' AS jsonb), now(), now())
ON CONFLICT (room_id_100ms) WHERE status = 'recording' DO NOTHING
RETURNING id AS gid, substr(md5(random()::text), 1, 24) AS rid \gset
COMMIT;
-- (100ms starts the recording) its ids stored, the change queued for the mirror.
SELECT 1;
BEGIN;
WITH changed AS (
    UPDATE gravacoes SET session_id_100ms = 'sessao', recording_id_100ms = ':rid', asset_id = NULL,
        status = 'recording', started_at = now(), stopped_at = NULL, duration = NULL,
        file_url = NULL, file_size = NULL, thumbnail_url = NULL,
        metadata = gravacoes.metadata || CAST('{"started_by": "admin-pgbench"}' AS jsonb),
        updated_at = now()
    WHERE id = ':gid' AND status = 'recording'
        AND (recording_id_100ms IS NULL OR recording_id_100ms = ':rid')
    RETURNING id, tenant_id, updated_at),
    tenant AS (
        INSERT INTO espelho_tenants (tenant_id) SELECT tenant_id FROM changed
        ON CONFLICT (tenant_id) DO NOTHING)
INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em)
SELECT id, tenant_id, updated_at FROM changed;
COMMIT;
SELECT 1;
BEGIN;
INSERT INTO auditoria (tenant_id, usuario, acao, gravacao_id, reuniao_id, ip, detalhes, criado_em)
VALUES ('pgbench', 'admin-pgbench', 'gravacao.iniciada', ':gid', ':reuniao', '127.0.0.1',
    CAST('{"roomId": "pgbench", "recordingId100ms": "x"}' AS jsonb), now());
COMMIT;

-- webhook beam.started.success: stored, matched, nothing to change.
SELECT 1;
BEGIN;
INSERT INTO eventos_100ms (id, tipo, tipo_100ms, recording_id_100ms, room_id_100ms,
    session_id_100ms, ocorrido_em, replay, dados, recebido_em)
VALUES (gen_random_uuid(), 'STARTED', 'beam.started.success', ':rid', 'pgbench-' || :room,
    'sessao', now(), false, CAST('{}' AS jsonb), now())
ON CONFLICT (id) DO UPDATE SET tentativas = eventos_100ms.tentativas + 1
RETURNING id AS evento, tentativas = 1 AS novo, processado_em IS NOT NULL AS processado \gset
COMMIT;
SELECT 1;
SELECT id, asset_id, created_at, duration, file_size, file_url, recording_id_100ms,
    session_id_100ms, reuniao_id, metadata, room_id_100ms, started_at, status, stopped_at,
    tenant_id, thumbnail_url, updated_at
FROM gravacoes WHERE recording_id_100ms = ':rid' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0;
SELECT 1;
BEGIN;
UPDATE eventos_100ms SET processado_em = now(), resultado = 'IGNORED'
WHERE id = ':evento' AND processado_em IS NULL;
COMMIT;

-- POST /api/100ms/recording/stop: the meeting, the 100ms app, the active recording.
SELECT 1;
SELECT id, room_id_100ms, tenant_id, titulo FROM reunioes WHERE room_id_100ms = 'pgbench-' || :room;
SELECT 1;
SELECT tenant_id, app_access_key, app_secret, template_id FROM credenciais_100ms WHERE tenant_id = 'pgbench';
SELECT 1;
SELECT id, asset_id, created_at, duration, file_size, file_url, recording_id_100ms,
    session_id_100ms, reuniao_id, metadata, room_id_100ms, started_at, status, stopped_at,
    tenant_id, thumbnail_url, updated_at
FROM gravacoes WHERE room_id_100ms = 'pgbench-' || :room AND status = 'recording';
-- (100ms stops the recording) processing, queued for the mirror.
SELECT 1;
BEGIN;
WITH changed AS (
    UPDATE gravacoes SET session_id_100ms = 'sessao', recording_id_100ms = ':rid', asset_id = NULL,
        status = 'processing', started_at = started_at, stopped_at = now(), duration = NULL,
        file_url = NULL, file_size = NULL, thumbnail_url = NULL,
        metadata = gravacoes.metadata || CAST('{"stop_reason": "client request"}' AS jsonb),
        updated_at = now()
    WHERE id = ':gid' AND status = 'recording'
        AND (recording_id_100ms IS NULL OR recording_id_100ms = ':rid')
    RETURNING id, tenant_id, updated_at),
    tenant AS (
        INSERT INTO espelho_tenants (tenant_id) SELECT tenant_id FROM changed
        ON CONFLICT (tenant_id) DO NOTHING)
INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em)
SELECT id, tenant_id, updated_at FROM changed;
COMMIT;
SELECT 1;
BEGIN;
INSERT INTO auditoria (tenant_id, usuario, acao, gravacao_id, reuniao_id, ip, detalhes, criado_em)
VALUES ('pgbench', 'admin-pgbench', 'gravacao.parada', ':gid', ':reuniao', '127.0.0.1',
    CAST('{"roomId": "pgbench", "status": "processing"}' AS jsonb), now());
COMMIT;

-- webhook beam.stopped.success: stored, matched, nothing to change.
SELECT 1;
BEGIN;
INSERT INTO eventos_100ms (id, tipo, tipo_100ms, recording_id_100ms, room_id_100ms,
    session_id_100ms, ocorrido_em, replay, dados, recebido_em)
VALUES (gen_random_uuid(), 'STOPPED', 'beam.stopped.success', ':rid', 'pgbench-' || :room,
    'sessao', now(), false, CAST('{"reason": "client request"}' AS jsonb), now())
ON CONFLICT (id) DO UPDATE SET tentativas = eventos_100ms.tentativas + 1
RETURNING id AS evento, tentativas = 1 AS novo, processado_em IS NOT NULL AS processado \gset
COMMIT;
SELECT 1;
SELECT id, asset_id, created_at, duration, file_size, file_url, recording_id_100ms,
    session_id_100ms, reuniao_id, metadata, room_id_100ms, started_at, status, stopped_at,
    tenant_id, thumbnail_url, updated_at
FROM gravacoes WHERE recording_id_100ms = ':rid' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0;
SELECT 1;
BEGIN;
UPDATE eventos_100ms SET processado_em = now(), resultado = 'IGNORED'
WHERE id = ':evento' AND processado_em IS NULL;
COMMIT;

-- webhook beam.recording.success: stored, matched, completed with its video.
SELECT 1;
BEGIN;
INSERT INTO eventos_100ms (id, tipo, tipo_100ms, recording_id_100ms, room_id_100ms,
    session_id_100ms, ocorrido_em, replay, dados, recebido_em)
VALUES (gen_random_uuid(), 'READY', 'beam.recording.success', ':rid', 'pgbench-' || :room,
    'sessao', now(), false,
    CAST('{"size_bytes": 30927, "presigned_url": "http://127.0.0.1/files/a.mp4"}' AS jsonb), now())
ON CONFLICT (id) DO UPDATE SET tentativas = eventos_100ms.tentativas + 1
RETURNING id AS evento, tentativas = 1 AS novo, processado_em IS NOT NULL AS processado \gset
COMMIT;
SELECT 1;
SELECT id, asset_id, created_at, duration, file_size, file_url, recording_id_100ms,
    session_id_100ms, reuniao_id, metadata, room_id_100ms, started_at, status, stopped_at,
    tenant_id, thumbnail_url, updated_at
FROM gravacoes WHERE recording_id_100ms = ':rid' ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET 0;
SELECT 1;
BEGIN;
WITH changed AS (
    UPDATE gravacoes SET session_id_100ms = 'sessao', recording_id_100ms = ':rid', asset_id = 'asset',
        status = 'completed', started_at = started_at, stopped_at = stopped_at, duration = 4,
        file_url = 'http://127.0.0.1/files/a.mp4', file_size = 30927, thumbnail_url = NULL,
        metadata = gravacoes.metadata || CAST('{}' AS jsonb), updated_at = now()
    WHERE id = ':gid' AND status = 'processing'
        AND (recording_id_100ms IS NULL OR recording_id_100ms = ':rid')
    RETURNING id, tenant_id, updated_at),
    tenant AS (
        INSERT INTO espelho_tenants (tenant_id) SELECT tenant_id FROM changed
        ON CONFLICT (tenant_id) DO NOTHING)
INSERT INTO espelho_eventos (gravacao_id, tenant_id, criado_em)
SELECT id, tenant_id, updated_at FROM changed;
COMMIT;
SELECT 1;
BEGIN;
UPDATE eventos_100ms SET processado_em = now(), resultado = 'APPLIED'
WHERE id = ':evento' AND processado_em IS NULL;
COMMIT;
