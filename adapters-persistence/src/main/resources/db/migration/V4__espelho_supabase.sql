-- The Supabase mirror: each tenant's project, the outbox of changes still to mirror, and each
-- tenant's delivery state (shared by every instance on this database).

-- As the seed's troubleshooting guide names it: one Supabase project per tenant.
CREATE TABLE supabase_config (
    tenant_id   text        PRIMARY KEY,
    url         text        NOT NULL,
    service_key text        NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

-- The outbox: one row per committed change of a recording, written in the change's own
-- transaction. A delivered change is deleted; a change Supabase refused for good is parked with
-- its error until someone asks to retry it.
CREATE TABLE espelho_eventos (
    id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    gravacao_id uuid        NOT NULL,
    tenant_id   text        NOT NULL,
    -- The change's own time (the recording's updated_at): how far behind the mirror is.
    criado_em   timestamptz NOT NULL,
    estado      text        NOT NULL DEFAULT 'pendente'
        CONSTRAINT espelho_eventos_estado_valido CHECK (estado IN ('pendente', 'parado')),
    erro        text,
    parado_em   timestamptz
);

-- The worker reads a tenant's pending changes in order; status counts them.
CREATE INDEX espelho_eventos_pendentes ON espelho_eventos (tenant_id, id)
    WHERE estado = 'pendente';

CREATE INDEX espelho_eventos_parados ON espelho_eventos (tenant_id, gravacao_id)
    WHERE estado = 'parado';

-- Per tenant: who delivers now (a lease, so instances never send one tenant's rows at the same
-- time and an older state can never overtake a newer one), when to try again, and what happened.
CREATE TABLE espelho_tenants (
    tenant_id          text        PRIMARY KEY,
    proxima_tentativa  timestamptz NOT NULL DEFAULT '-infinity',
    falhas_seguidas    integer     NOT NULL DEFAULT 0,
    reservado_ate      timestamptz,
    ultimo_sucesso     timestamptz,
    ultimo_erro        text,
    ultimo_erro_em     timestamptz
);
