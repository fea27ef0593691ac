package vn.chidao.security.matrix;

import static vn.chidao.support.ApiClient.json;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import vn.chidao.calendar.CalendarDay;
import vn.chidao.calendar.CalendarYear;
import vn.chidao.calendar.WorkingCalendar;
import vn.chidao.support.Drafts;
import vn.chidao.support.Fixtures;
import vn.chidao.support.SampleFiles;
import vn.chidao.support.World;

/**
 * How to call each line of {@link AccessMatrix#API}: the object it names, its path and body, whether a success uses
 * the object up, and whether the answer is (or shows) an issued notice, which the whole government reads.
 */
final class Calls {

    /** One call, made by {@code who} on {@code target} ({@code scope}: whose it is). */
    record Context(Who who, Scope scope, Target target) {
    }

    /** How a line of the table is called. */
    static final class Call {
        final String key;
        Targets.Kind kind = Targets.Kind.NONE;
        boolean consumes;
        boolean notice;
        boolean file;
        /** A multipart call: the one file sent as its part {@code file}, by name. */
        Map<String, byte[]> upload;
        Function<Context, String> path;
        Function<Context, Object> body = c -> null;
        Runnable before = () -> {
        };
        Runnable after = () -> {
        };

        Call(String key) {
            this.key = key;
            String template = key.replaceAll(" \\(.*\\)$", "").split(" ", 2)[1];
            path = c -> c.target().id() == null ? template : template.replaceFirst("\\{[^}]+}", c.target().id());
        }

        String method() {
            return key.split(" ")[0];
        }

        Call on(Targets.Kind kind) {
            this.kind = kind;
            return this;
        }

        /** A success changes the object so that the same call would not succeed again. */
        Call consumes() {
            this.consumes = true;
            return this;
        }

        Call notice() {
            this.notice = true;
            return this;
        }

        Call file() {
            this.file = true;
            return this;
        }

        Call upload(String name, byte[] bytes) {
            this.upload = Map.of(name, bytes);
            return this;
        }

        Call body(Function<Context, Object> body) {
            this.body = body;
            return this;
        }

        Call path(Function<Context, String> path) {
            this.path = path;
            return this;
        }

        Call around(Runnable before, Runnable after) {
            this.before = before;
            this.after = after;
            return this;
        }
    }

    private final Map<String, Call> calls = new LinkedHashMap<>();
    private final MatrixWorld world;
    private final LocalDate today;
    private int made;

    /**
     * @param frozenInThePast stops the clock where no job of any process is due, so the installation admin's move of
     *                        the clock runs none; {@code realTime} puts it back
     */
    Calls(MatrixWorld world, LocalDate today, WorkingCalendar calendar, Runnable frozenInThePast, Runnable realTime) {
        this.world = world;
        this.today = today;
        account();
        notices();
        assignments();
        register();
        administration(calendar, frozenInThePast, realTime);
    }

    Call of(String key) {
        Call call = calls.get(key);
        if (call == null) {
            throw new IllegalStateException("No call for the matrix's line \"" + key + "\": add it to Calls");
        }
        return call;
    }

    boolean knows(String key) {
        return calls.containsKey(key);
    }

    private Call add(String key) {
        Call call = new Call(key);
        calls.put(key, call);
        return call;
    }

    private void account() {
        add("GET /api/me");
        add("GET /api/me/preferences");
        add("PUT /api/me/preferences").body(c -> json("choices", Map.of()));
        add("POST /api/me/password").body(c -> json("currentPassword", Fixtures.PASSWORD,
                "newPassword", "mat-khau-moi-" + (++made)));
        add("GET /api/me/tokens");
        add("POST /api/me/tokens").body(c -> json("name", "Ma trận " + (++made), "expiresAt", soon()));
        add("DELETE /api/me/tokens/{id}").on(Targets.Kind.TOKEN).consumes();
        add("GET /api/me/substitutes");
        add("POST /api/me/substitutes").body(c -> json("username", world.candidates.get(c.who()),
                "from", today.plusDays(200L + 3L * c.who().ordinal()).toString(),
                "to", today.plusDays(201L + 3L * c.who().ordinal()).toString()));
        add("DELETE /api/me/substitutes/{id}").on(Targets.Kind.SUBSTITUTION).consumes();
        add("GET /api/notifications");
        add("GET /api/notifications/unread-count");
        add("POST /api/notifications/{id}/read").on(Targets.Kind.NOTIFICATION);
        add("POST /api/notifications/read-all");
        add("GET /api/tasks");
    }

    private void notices() {
        add("GET /api/units");
        add("GET /api/committees");
        add("GET /api/indicators");
        add("PUT /api/committees/{id}").on(Targets.Kind.COMMITTEE).body(c -> json("noticeSymbol", ""));
        add("GET /api/conclusions");
        add("POST /api/conclusions").body(c -> draft(Leaks.OWN, World.SO_A));
        add("POST /api/conclusions/parse").body(c -> json("text", "Số: 7/TB-UBND\n1. Sở A chủ trì, hoàn thành trước ngày 30/6/2030."));
        add("GET /api/conclusions/{id}").on(Targets.Kind.ISSUED).notice();
        add("GET /api/conclusions/{id} (draft)").on(Targets.Kind.DRAFT);
        add("PUT /api/conclusions/{id}").on(Targets.Kind.DRAFT).body(c -> c.scope() == Scope.OTHER_UNIT
                ? draft(Leaks.OTHER_UNIT_WORK, World.SO_B) : draft(Leaks.OWN, World.SO_A));
        add("POST /api/conclusions/{id}/submit").on(Targets.Kind.DRAFT).consumes();
        add("POST /api/conclusions/{id}/approve").on(Targets.Kind.AWAITING_APPROVAL).consumes()
                .body(c -> json("number", null));
        add("POST /api/conclusions/{id}/reject").on(Targets.Kind.AWAITING_APPROVAL).consumes()
                .body(c -> json("comment", "Cần sửa lại"));
        add("POST /api/conclusions/{id}/attachments").on(Targets.Kind.ISSUED)
                .upload("thong-bao-ky.pdf", SampleFiles.pdf("Thong bao"));
        add("POST /api/directives/{id}/cancel").on(Targets.Kind.DATED_DIRECTIVE).consumes().notice()
                .body(c -> json("reason", "Không còn phù hợp"));
        add("POST /api/directives/{id}/close").on(Targets.Kind.ONGOING_DIRECTIVE).consumes().notice()
                .body(c -> json("comment", "Đã đi vào nền nếp"));
    }

    private void assignments() {
        add("GET /api/assignments/{id}").on(Targets.Kind.ASSIGNED);
        add("GET /api/assignments/{id}/process").on(Targets.Kind.ASSIGNED);
        add("POST /api/assignments/{id}/acknowledge").on(Targets.Kind.ASSIGNED).consumes();
        add("POST /api/assignments/{id}/progress").on(Targets.Kind.IN_PROGRESS)
                .body(c -> json("percent", 60, "note", "Đang hoàn thiện"));
        add("POST /api/assignments/{id}/report").on(Targets.Kind.IN_PROGRESS).consumes()
                .body(c -> json("report", "Đã hoàn thành"));
        add("POST /api/assignments/{id}/contribution").on(Targets.Kind.COORDINATING).consumes()
                .body(c -> json("text", "Ý kiến phối hợp"));
        add("POST /api/assignments/{id}/extension").on(Targets.Kind.IN_PROGRESS).consumes()
                .body(c -> json("newDeadline", today.plusDays(90).toString(), "reason", "Chờ số liệu"));
        add("POST /api/assignments/{id}/extension/decision").on(Targets.Kind.EXTENSION_PENDING).consumes()
                .body(c -> json("approve", true));
        add("POST /api/assignments/{id}/review").on(Targets.Kind.AWAITING_REVIEW).consumes()
                .body(c -> json("decision", "ACCEPT"));
        add("POST /api/assignments/{id}/sign-off").on(Targets.Kind.AWAITING_SIGN_OFF).consumes()
                .body(c -> json("decision", "ACCEPT"));
        add("POST /api/assignments/{id}/overdue-review").on(Targets.Kind.OVERDUE_REVIEW).consumes()
                .body(c -> json("decision", "URGE", "comment", "Khẩn trương hoàn thành"));
        add("POST /api/assignments/{id}/attachments").on(Targets.Kind.IN_PROGRESS)
                .upload("ban-ky.pdf", SampleFiles.pdf("Ban ky"));
        add("GET /api/attachments/{id}").on(Targets.Kind.ATTACHMENT).file();
        add("POST /api/assignments/reassign").on(Targets.Kind.ASSIGNED).consumes()
                .path(c -> "/api/assignments/reassign")
                .body(c -> json("fromUnit", c.scope() == Scope.OTHER_UNIT ? World.SO_B : World.SO_A,
                        "toUnit", World.HUYEN_A, "reason", "Sắp xếp lại", "assignmentIds",
                        List.of(Long.valueOf(c.target().id()))));
    }

    private void register() {
        add("GET /api/assignments").path(c -> "/api/assignments?size=200");
        add("GET /api/assignments (other unit's filter)").path(c -> "/api/assignments?unit=" + World.SO_B);
        add("GET /api/assignments/export.xlsx").file();
        add("GET /api/dashboard/summary");
        add("GET /api/dashboard/heatmap");
        add("GET /api/dashboard/ranking");
        add("GET /api/dashboard/ageing");
        add("GET /api/dashboard/indicators");
        add("GET /api/reports/progress.docx").file();
    }

    private void administration(WorkingCalendar calendar, Runnable frozenInThePast, Runnable realTime) {
        String prefix = world.first.government().code();
        add("GET /api/admin/governments");
        add("POST /api/admin/governments").body(c -> json("code", prefix + "G" + (++made), "name", "Tỉnh mới"));
        add("PUT /api/admin/governments/{code}").on(Targets.Kind.GOVERNMENT).body(c -> json());
        add("POST /api/admin/governments/merge").body(c -> {
            List<String> codes = world.governmentsToMerge();
            return json("into", codes.get(0), "from", codes.get(1), "on", today.toString());
        });
        add("POST /api/admin/units").on(Targets.Kind.GOVERNMENT).path(c -> "/api/admin/units")
                .body(c -> json("governmentCode", c.target().id(), "code", "XA_MOI_" + (++made), "name", "Xã mới",
                        "kind", "COMMUNE"));
        add("PUT /api/admin/units/{code}").on(Targets.Kind.UNIT)
                .path(c -> "/api/admin/units/" + c.target().id() + "?government=" + c.target().government())
                .body(c -> json("name", c.target().name()));
        add("GET /api/admin/units/{code}/open-assignments").on(Targets.Kind.UNIT)
                .path(c -> "/api/admin/units/" + c.target().id() + "/open-assignments?government="
                        + c.target().government());
        add("POST /api/admin/units/{code}/end").on(Targets.Kind.UNIT).consumes()
                .path(c -> "/api/admin/units/" + c.target().id() + "/end?government=" + c.target().government())
                .body(c -> json("on", today.toString(), "successors", List.of(World.SO_B), "reason", "Sắp xếp"));
        add("POST /api/admin/units/merge").on(Targets.Kind.UNIT).consumes()
                .path(c -> "/api/admin/units/merge?government=" + c.target().government())
                .body(c -> json("into", World.SO_B, "from", List.of(c.target().id()), "on", today.toString()));
        add("GET /api/admin/users");
        add("POST /api/admin/users").on(Targets.Kind.GOVERNMENT).path(c -> "/api/admin/users")
                .body(c -> json("username", prefix.toLowerCase() + ".moi" + (++made), "password", Fixtures.PASSWORD,
                        "displayName", "Người dùng mới", "roles", Set.of("FOCAL_POINT"),
                        "governmentCode", c.target().id(), "unitCode", World.SO_A));
        add("PUT /api/admin/users/{username}").on(Targets.Kind.USER).body(c -> json("displayName", "Đầu mối thứ hai",
                "roles", Set.of("FOCAL_POINT"), "unitCode", c.scope() == Scope.OTHER_UNIT ? World.SO_B : World.SO_A));
        add("POST /api/admin/users/{username}/password").on(Targets.Kind.USER).body(c -> json("password", "mat-khau-moi"));
        add("POST /api/admin/users/{username}/unlock").on(Targets.Kind.USER);
        add("POST /api/admin/users/{username}/tokens").on(Targets.Kind.USER)
                .body(c -> json("name", "Tích hợp", "expiresAt", soon()));
        add("GET /api/admin/webhook");
        add("PUT /api/admin/webhook").body(c -> json("url", "http://127.0.0.1:9/matrix", "secret",
                "matrix-secret-0123456789", "enabled", true));
        add("GET /api/admin/deliveries");
        add("POST /api/admin/deliveries/{id}/retry").on(Targets.Kind.DELIVERY);
        // A year no other test reads, put back as it is.
        int year = 2150;
        add("GET /api/admin/calendar/{year}").path(c -> "/api/admin/calendar/" + year);
        add("PUT /api/admin/calendar/{year}").path(c -> "/api/admin/calendar/" + year)
                .body(c -> yearAsItIs(calendar.year(year)));
        // An indicator put back as the seeds have it.
        add("PUT /api/admin/indicators/{code}").path(c -> "/api/admin/indicators/DTI-9")
                .body(c -> json("name", "Hoạt động xã hội số", "nameEn", "Digital society activities", "weight", 150));
        add("GET /api/admin/clock");
        add("POST /api/admin/clock").around(frozenInThePast, realTime)
                .body(c -> json("now", "2001-01-01T09:00:01+07:00"));
        add("GET /api/admin/audit");
        add("GET /api/admin/audit.xlsx").file();
        add("GET /api/admin/incidents");
        add("POST /api/admin/incidents/{id}/retry").path(c -> "/api/admin/incidents/no-such-incident/retry");
    }

    private Map<String, Object> draft(String marker, String unit) {
        return json("committee", Drafts.COMMITTEE, "meetingDate", today.minusDays(2).toString(),
                "title", "Kết luận " + marker + " soạn lại", "directives", List.of(json("content",
                        "Nhiệm vụ " + marker + " soạn lại", "leadUnit", unit, "coordinatingUnits", List.of(),
                        "deadline", today.plusDays(30).toString())));
    }

    private static Map<String, Object> yearAsItIs(CalendarYear year) {
        Function<List<CalendarDay>, List<Map<String, Object>>> days = list -> list.stream()
                .map(d -> json("date", d.date().toString(), "name", d.name())).toList();
        return json("year", year.year(), "daysOff", days.apply(year.daysOff()), "workingDays",
                days.apply(year.workingDays()));
    }

    private static String soon() {
        return OffsetDateTime.now().plusDays(10).withNano(0).toString();
    }
}
