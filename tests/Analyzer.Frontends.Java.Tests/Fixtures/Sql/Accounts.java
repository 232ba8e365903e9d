import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

class Accounts {
    private final Connection connection;

    Accounts(Connection connection) {
        this.connection = connection;
    }

    // A SELECT decides an INSERT; the transaction locks no row the SELECT read, so two callers can both insert.
    void open(String id) throws SQLException {
        connection.setAutoCommit(false);
        PreparedStatement find = connection.prepareStatement("SELECT id FROM accounts WHERE id = ?");
        find.setString(1, id);
        ResultSet rows = find.executeQuery(); // Secondary [check]
        if (!rows.next()) {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (id) VALUES (?)");
            insert.setString(1, id);
            insert.executeUpdate(); // Noncompliant [TOCTOU003] {{the SELECT on accounts at line 18 decides the INSERT at line 22 inside `connection.setAutoCommit(false)` (line 15), which locks no rows; without FOR UPDATE or an upsert, another transaction can insert or change the row in between}}
        }
        connection.commit();
    }

    // SELECT ... FOR UPDATE locks the rows it read until the transaction ends.
    void credit(String id, long amount) throws SQLException {
        connection.setAutoCommit(false);
        PreparedStatement find = connection.prepareStatement("SELECT balance FROM balances WHERE id = ? FOR UPDATE");
        find.setString(1, id);
        ResultSet rows = find.executeQuery();
        if (rows.next()) {
            PreparedStatement update = connection.prepareStatement("UPDATE balances SET balance = ? WHERE id = ?");
            update.setLong(1, rows.getLong(1) + amount);
            update.setString(2, id);
            update.executeUpdate();
        }
        connection.commit();
    }

    // An advisory lock on the account, taken first, is held until the transaction ends: every caller that opens the
    // same account waits there.
    void openLocked(String id, long key) throws SQLException {
        connection.setAutoCommit(false);
        PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)");
        lock.setLong(1, key);
        lock.executeQuery();
        PreparedStatement find = connection.prepareStatement("SELECT id FROM accounts WHERE id = ?");
        find.setString(1, id);
        ResultSet rows = find.executeQuery();
        if (!rows.next()) {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts (id) VALUES (?)");
            insert.setString(1, id);
            insert.executeUpdate();
        }
        connection.commit();
    }

    // One upsert: the database decides.
    void touch(String id) throws SQLException {
        PreparedStatement upsert = connection.prepareStatement("INSERT INTO visits (id, n) VALUES (?, 1) ON CONFLICT (id) DO UPDATE SET n = visits.n + 1");
        upsert.setString(1, id);
        upsert.executeUpdate();
    }
}
