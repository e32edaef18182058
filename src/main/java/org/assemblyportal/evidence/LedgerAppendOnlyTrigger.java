package org.assemblyportal.evidence;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's half of "ledger entries and checkpoints are append-only in the database too" (decision 016,
 * migration {@code db/vendor/h2/V14_1}): refuses every UPDATE and DELETE on the table it is attached
 * to. PostgreSQL does the same with a PL/pgSQL trigger. Public with a public constructor only because
 * H2 instantiates trigger classes reflectively from its own package; nothing else uses it.
 */
public final class LedgerAppendOnlyTrigger implements Trigger {

    /** SQLSTATE 42501, insufficient privilege: the same code the PostgreSQL trigger raises. */
    static final String REFUSED = "42501";

    private String table = "?";

    public LedgerAppendOnlyTrigger() {
        // for H2
    }

    @Override
    public void init(Connection connection, String schema, String triggerName, String tableName, boolean before,
            int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        var operation = newRow == null ? "DELETE" : "UPDATE";
        throw new SQLException("The case ledger is append-only: " + operation + " on " + table + " refused",
                REFUSED);
    }
}
