package vn.chidao.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * The government a change belongs to, so a government's administrator sees its records only: the entity's own
 * {@code governmentId} (a webhook's id is one), a government itself, or through what it points to: an assignment
 * ({@code assignmentId}: extensions, contributions, periods), a conclusion (a directive), a user ({@code username}:
 * tokens, preferences). Calendar and clock belong to the installation: none. Read at commit, on the transaction's
 * own connection, once per government, assignment, conclusion or user in a transaction.
 */
final class GovernmentOf {

    static final String GOVERNMENT_ID = "governmentId";
    static final String ASSIGNMENT_ID = "assignmentId";
    static final String CONCLUSION = "conclusion";
    static final String USERNAME = "username";
    static final String CODE = "code";
    static final String GOVERNMENT = "Government";

    private final Connection connection;
    private final Map<String, Object> known = new HashMap<>();

    GovernmentOf(Connection connection) {
        this.connection = connection;
    }

    /** The code of the change's government, or null when it has none (or it cannot be told). */
    String code(Change change) throws SQLException {
        Map<String, Object> facts = change.facts();
        if (GOVERNMENT.equals(change.entity()) && facts.get(CODE) != null) {
            return facts.get(CODE).toString();
        }
        Object id = facts.get(GOVERNMENT_ID);
        if (id == null && facts.get(ASSIGNMENT_ID) != null) {
            id = lookUp("select government_id from assignment where id = ?", facts.get(ASSIGNMENT_ID));
        }
        if (id == null && facts.get(CONCLUSION) != null) {
            id = lookUp("select government_id from conclusion where id = ?", facts.get(CONCLUSION));
        }
        if (id == null && facts.get(USERNAME) != null) {
            id = lookUp("select government_id from app_user where username = ?", facts.get(USERNAME));
        }
        Object code = id == null ? null : lookUp("select code from government where id = ?", id);
        return code == null ? null : code.toString();
    }

    private Object lookUp(String sql, Object key) throws SQLException {
        String cacheKey = sql + "|" + key;
        if (known.containsKey(cacheKey)) {
            return known.get(cacheKey);
        }
        Object found = null;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, key instanceof Number n ? (Object) n.longValue() : key.toString());
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    found = rows.getObject(1);
                }
            }
        }
        known.put(cacheKey, found);
        return found;
    }
}
