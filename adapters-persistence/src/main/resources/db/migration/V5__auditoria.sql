-- The audit trail: who did what, for which tenant, on which recording or meeting, from where.
-- Append-only by design: the application only inserts and reads rows here; it never updates or
-- deletes one, so the trail cannot be rewritten through the service.
CREATE TABLE auditoria (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tenant_id   text        NOT NULL,
    -- The administrator (the access token's sub).
    usuario     text        NOT NULL,
    -- The AuditAction code (gravacao.iniciada, integracao.100ms.alterada, ...).
    acao        text        NOT NULL,
    -- No foreign keys: an entry outlives the recording or meeting it names.
    gravacao_id uuid,
    reuniao_id  uuid,
    -- The caller's address, when known.
    ip          text,
    -- A few facts of the action as a JSON object of texts; never a secret.
    detalhes    jsonb       NOT NULL DEFAULT '{}',
    criado_em   timestamptz NOT NULL
);

-- A tenant's trail is read newest first, (criado_em, id) being its paging key.
CREATE INDEX auditoria_tenant_recentes ON auditoria (tenant_id, criado_em DESC, id DESC);
