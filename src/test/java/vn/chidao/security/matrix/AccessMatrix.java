package vn.chidao.security.matrix;

import java.util.ArrayList;
import java.util.List;

/**
 * Who may call what: every {@code /api/**} endpoint and every screen's route, for every caller ({@link Who}),
 * on an object of their own unit / another unit of their government / another government ({@link Scope}).
 *
 * <p>A cell is the status expected: one value for a call that names no object, else three, {@code own/other
 * unit/other government}; {@code -} where the scope does not apply. 2xx: done (a screen: opens and shows it); 403:
 * refused for the caller's role (a screen: navigation denied), decided before anything is looked up; 404: the
 * object is not the caller's to know of, answered exactly as an unknown id; 400: the caller may act but the body
 * names what they may not know of, answered as an unknown name. Every answer is also searched for the other
 * unit's and the other government's data ({@link Leaks}).
 *
 * <p>Adding an endpoint or a screen: add its line here (the test fails until every endpoint and route has one), say
 * in {@link Calls} how to call it, then copy {@code target/security-matrix.md} into {@code docs/security.md} (or run
 * the test with {@code -Dchidao.matrix.write=true}).
 */
final class AccessMatrix {

    static final String API = """
            endpoint                                         | INST_ADMIN  | GOV_ADMIN   | SECRETARIAT | LEADER      | UNIT_HEAD   | FOCAL_POINT | SUBSTITUTE
            # The caller's own account
            GET    /api/me                                   | 200         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/me/preferences                       | 200         | 200         | 200         | 200         | 200         | 200         | 200
            PUT    /api/me/preferences                       | 200         | 200         | 200         | 200         | 200         | 200         | 200
            POST   /api/me/password                          | 204         | 204         | 204         | 204         | 204         | 204         | 204
            GET    /api/me/tokens                            | 200         | 200         | 200         | 200         | 200         | 200         | 200
            POST   /api/me/tokens                            | 201         | 201         | 201         | 201         | 201         | 201         | 201
            DELETE /api/me/tokens/{id}                       | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404
            GET    /api/me/substitutes                       | 200         | 200         | 200         | 200         | 200         | 200         | 200
            POST   /api/me/substitutes                       | 403         | 400         | 201         | 201         | 201         | 201         | 201
            DELETE /api/me/substitutes/{id}                  | -/404/404   | -/404/404   | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404 | 204/404/404
            GET    /api/notifications                        | 200         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/notifications/unread-count           | 200         | 200         | 200         | 200         | 200         | 200         | 200
            POST   /api/notifications/{id}/read              | 200/404/404 | 200/404/404 | 200/404/404 | 200/404/404 | 200/404/404 | 200/404/404 | 200/404/404
            POST   /api/notifications/read-all               | 200         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/tasks                                | 200         | 200         | 200         | 200         | 200         | 200         | 200
            # Conclusion notices and their directives
            GET    /api/units                                | 200         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/committees                           | 200         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/indicators                           | 200         | 200         | 200         | 200         | 200         | 200         | 200
            PUT    /api/committees/{id}                      | 200/-/200   | 200/-/404   | 200/-/404   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403
            GET    /api/conclusions                          | 403         | 200         | 200         | 200         | 403         | 403         | 403
            POST   /api/conclusions                          | 403         | 403         | 201         | 403         | 403         | 403         | 403
            POST   /api/conclusions/parse                    | 403         | 403         | 200         | 403         | 403         | 403         | 403
            GET    /api/conclusions/{id}                     | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404
            GET    /api/conclusions/{id} (draft)             | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 404/404/404 | 404/404/404 | 404/404/404
            PUT    /api/conclusions/{id}                     | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/conclusions/{id}/submit              | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/conclusions/{id}/approve             | 403/403/403 | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/conclusions/{id}/reject              | 403/403/403 | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/conclusions/{id}/attachments         | 403/403/403 | 403/403/403 | 201/201/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/directives/{id}/cancel               | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/directives/{id}/close                | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            # Assignments: a unit's part in a directive
            GET    /api/assignments/{id}                     | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/404/404 | 200/404/404 | 200/404/404
            GET    /api/assignments/{id}/process             | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/404/404 | 200/404/404 | 200/404/404
            POST   /api/assignments/{id}/acknowledge         | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 200/404/404 | 403/403/403
            POST   /api/assignments/{id}/progress            | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 200/404/404 | 403/403/403
            POST   /api/assignments/{id}/report              | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 200/404/404 | 403/403/403
            POST   /api/assignments/{id}/contribution        | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 200/404/404 | 403/403/403
            POST   /api/assignments/{id}/extension           | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 200/404/404 | 403/403/403
            POST   /api/assignments/{id}/extension/decision  | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/404 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/assignments/{id}/review              | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/assignments/{id}/sign-off            | 403/403/403 | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/assignments/{id}/overdue-review      | 403/403/403 | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/assignments/{id}/attachments         | 403/403/403 | 403/403/403 | 201/201/404 | 403/403/403 | 403/403/403 | 201/404/404 | 403/403/403
            GET    /api/attachments/{id}                     | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/403/404 | 200/403/404 | 200/403/404
            POST   /api/assignments/reassign                 | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            # The register and the dashboard: a unit role sees its own unit, the others their whole government
            GET    /api/assignments                          | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/assignments (other unit's filter)    | 403         | 200         | 200         | 200         | 403         | 403         | 403
            GET    /api/assignments/export.xlsx              | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/dashboard/summary                    | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/dashboard/heatmap                    | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/dashboard/ranking                    | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/dashboard/ageing                     | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/dashboard/indicators                 | 403         | 200         | 200         | 200         | 200         | 200         | 200
            GET    /api/reports/progress.docx                | 403         | 200         | 200         | 200         | 200         | 200         | 200
            # Administration
            GET    /api/admin/governments                    | 200         | 200         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/governments                    | 201         | 403         | 403         | 403         | 403         | 403         | 403
            PUT    /api/admin/governments/{code}             | 200/-/200   | 200/-/404   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403
            POST   /api/admin/governments/merge              | 200         | 403         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/units                          | 201/-/201   | 201/-/400   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403
            PUT    /api/admin/units/{code}                   | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            GET    /api/admin/units/{code}/open-assignments  | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/admin/units/{code}/end               | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/admin/units/merge                    | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            GET    /api/admin/users                          | 200         | 200         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/users                          | 201/-/201   | 201/-/400   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403
            PUT    /api/admin/users/{username}               | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/admin/users/{username}/password      | 200/200/200 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/admin/users/{username}/unlock        | 204/204/204 | 204/204/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            POST   /api/admin/users/{username}/tokens        | 201/201/201 | 201/201/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            GET    /api/admin/webhook                        | 403         | 200         | 403         | 403         | 403         | 403         | 403
            PUT    /api/admin/webhook                        | 403         | 200         | 403         | 403         | 403         | 403         | 403
            GET    /api/admin/deliveries                     | 200         | 200         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/deliveries/{id}/retry          | 200/-/200   | 200/-/404   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403   | 403/-/403
            GET    /api/admin/calendar/{year}                | 200         | 200         | 403         | 403         | 403         | 403         | 403
            PUT    /api/admin/calendar/{year}                | 200         | 403         | 403         | 403         | 403         | 403         | 403
            PUT    /api/admin/indicators/{code}              | 200         | 403         | 403         | 403         | 403         | 403         | 403
            GET    /api/admin/clock                          | 200         | 200         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/clock                          | 200         | 403         | 403         | 403         | 403         | 403         | 403
            GET    /api/admin/audit                          | 200         | 200         | 403         | 403         | 403         | 403         | 403
            GET    /api/admin/audit.xlsx                     | 200         | 200         | 403         | 403         | 403         | 403         | 403
            GET    /api/admin/incidents                      | 200         | 403         | 403         | 403         | 403         | 403         | 403
            POST   /api/admin/incidents/{id}/retry           | 404         | 403         | 403         | 403         | 403         | 403         | 403
            """;

    static final String ROUTES = """
            route                   | INST_ADMIN  | GOV_ADMIN   | SECRETARIAT | LEADER      | UNIT_HEAD   | FOCAL_POINT | SUBSTITUTE
            # Everyone's
            /login                  | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /demo-loading           | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /                       | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /notifications          | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /account                | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /account/password       | 200         | 200         | 200         | 200         | 200         | 200         | 200
            /assignments/{id}       | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/404/404 | 200/404/404 | 200/404/404
            # Work
            /register               | 403         | 200         | 200         | 200         | 200         | 200         | 200
            /dashboard              | 403         | 200         | 200         | 200         | 200         | 200         | 200
            /conclusions            | 403         | 200         | 200         | 200         | 403         | 403         | 403
            /conclusions/new        | 403         | 403         | 200         | 403         | 403         | 403         | 403
            /conclusions/{id}       | 200/200/200 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404 | 200/200/404
            /conclusions/{id}/edit  | 403/403/403 | 403/403/403 | 200/200/404 | 403/403/403 | 403/403/403 | 403/403/403 | 403/403/403
            /approvals              | 403         | 403         | 403         | 200         | 403         | 403         | 403
            /review                 | 403         | 403         | 200         | 403         | 403         | 403         | 403
            /extensions             | 403         | 403         | 200         | 200         | 403         | 403         | 403
            /sign-off               | 403         | 403         | 403         | 200         | 403         | 403         | 403
            /overdue                | 403         | 403         | 403         | 200         | 403         | 403         | 403
            /committees             | 200         | 200         | 200         | 403         | 403         | 403         | 403
            # Administration
            /admin/governments      | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/units            | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/users            | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/deliveries       | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/calendar         | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/indicators       | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/clock            | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/audit            | 200         | 200         | 403         | 403         | 403         | 403         | 403
            /admin/incidents        | 200         | 403         | 403         | 403         | 403         | 403         | 403
            """;

    /** One line of a table: the endpoint or route, and a cell per caller. */
    record Row(String key, List<String> cells) {
    }

    /** One call of the matrix: who calls what on whose object, and the status expected. */
    record Cell(String key, Who who, Scope scope, int status) {

        @Override
        public String toString() {
            return key + " | " + who + (scope == Scope.NONE ? "" : " | " + scope.label) + " → " + status;
        }
    }

    private AccessMatrix() {
    }

    /** The table's lines; a section heading ({@code # …}) is a row without cells. */
    static List<Row> rows(String table) {
        List<Row> rows = new ArrayList<>();
        for (String line : table.strip().lines().skip(1).toList()) {
            if (line.startsWith("#")) {
                rows.add(new Row(line.substring(1).strip(), List.of()));
                continue;
            }
            String[] parts = line.split("\\|");
            if (parts.length != Who.values().length + 1) {
                throw new IllegalStateException("A cell per caller is wanted: " + line);
            }
            List<String> cells = new ArrayList<>();
            for (int i = 1; i < parts.length; i++) {
                cells.add(parts[i].strip());
            }
            rows.add(new Row(parts[0].strip().replaceAll("\\s+", " "), cells));
        }
        return rows;
    }

    /** Every status the table expects, one per caller and scope. */
    static List<Cell> cells(String table) {
        List<Cell> cells = new ArrayList<>();
        for (Row row : rows(table)) {
            for (int i = 0; i < row.cells().size(); i++) {
                Who who = Who.values()[i];
                String[] statuses = row.cells().get(i).split("/");
                if (statuses.length == 1) {
                    cells.add(new Cell(row.key(), who, Scope.NONE, Integer.parseInt(statuses[0])));
                } else if (statuses.length == 3) {
                    for (int s = 0; s < 3; s++) {
                        if (!statuses[s].equals("-")) {
                            cells.add(new Cell(row.key(), who, Scope.TRIPLE[s], Integer.parseInt(statuses[s])));
                        }
                    }
                } else {
                    throw new IllegalStateException("One status or three (own/other unit/other government): "
                            + row.key() + " " + row.cells().get(i));
                }
            }
        }
        return cells;
    }

    /** The table as markdown, for docs/security.md. */
    static String markdown(String table, String firstColumn) {
        StringBuilder md = new StringBuilder("| ").append(firstColumn).append(" |");
        for (Who who : Who.values()) {
            md.append(' ').append(who.label).append(" |");
        }
        md.append("\n|---|").append("---|".repeat(Who.values().length)).append('\n');
        for (Row row : rows(table)) {
            if (row.cells().isEmpty()) {
                md.append("| **").append(row.key()).append("** |").append(" |".repeat(Who.values().length));
            } else {
                md.append("| `").append(row.key()).append("` |");
                row.cells().forEach(cell -> md.append(' ').append(cell).append(" |"));
            }
            md.append('\n');
        }
        return md.toString();
    }
}
