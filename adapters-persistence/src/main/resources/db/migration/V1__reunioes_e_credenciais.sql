-- Meetings and each tenant's 100ms credentials, with the seed's table and column names:
-- existing frontends and Supabase projects already read them.

CREATE TABLE reunioes (
    id            uuid        PRIMARY KEY,
    tenant_id     text        NOT NULL,
    -- A 100ms room hosts one meeting: recordings find their meeting through the room.
    room_id_100ms text        NOT NULL UNIQUE,
    titulo        text        NOT NULL,
    created_at    timestamptz NOT NULL DEFAULT now(),
    updated_at    timestamptz NOT NULL DEFAULT now()
);

-- Listings are always scoped to one tenant.
CREATE INDEX reunioes_tenant_id ON reunioes (tenant_id);

CREATE TABLE credenciais_100ms (
    -- One set of 100ms credentials per tenant; saving again replaces it.
    tenant_id      text        PRIMARY KEY,
    app_access_key text        NOT NULL,
    app_secret     text        NOT NULL,
    template_id    text,
    created_at     timestamptz NOT NULL DEFAULT now(),
    updated_at     timestamptz NOT NULL DEFAULT now()
);
