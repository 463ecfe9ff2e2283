-- Live pages: every write of a recording is announced on one channel, whichever instance or
-- job made it (start, stop, webhook, reconciler, refresh). Each instance LISTENs on one
-- connection and reads the row itself; the payload only says which row, so it stays far below
-- NOTIFY's 8000-byte limit. Notifications go out when the writing transaction commits, and
-- not at all when it rolls back.

CREATE FUNCTION gravacoes_avisar_mudanca() RETURNS trigger
LANGUAGE plpgsql AS $$
DECLARE
    linha gravacoes;
BEGIN
    IF TG_OP = 'DELETE' THEN
        linha := OLD;
    ELSE
        linha := NEW;
    END IF;
    PERFORM pg_notify('gravacoes_mudancas', json_build_object(
        'op', lower(TG_OP),
        'tenant_id', linha.tenant_id,
        'id', linha.id,
        'room_id_100ms', linha.room_id_100ms,
        'status', linha.status)::text);
    RETURN NULL;
END;
$$;

CREATE TRIGGER gravacoes_avisar_mudanca
    AFTER INSERT OR UPDATE OR DELETE ON gravacoes
    FOR EACH ROW EXECUTE FUNCTION gravacoes_avisar_mudanca();
