package vn.chidao.audit;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import vn.chidao.base.HistoryEntry;
import vn.chidao.base.Messages;
import vn.chidao.base.time.Dates;

/**
 * An audit record in words, for the screen and the export: the entity and the action named, the system as such,
 * and each changed field as "field: before → after", moments dd/MM/yyyy HH:mm and days dd/MM/yyyy in
 * Asia/Ho_Chi_Minh, statuses as the screens name them, a secret as "changed".
 */
final class AuditTexts {

    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern MOMENT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T.*");

    private final Messages messages;
    private final Locale locale;

    AuditTexts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    String get(String key, Object... arguments) {
        return messages.get(locale, key, arguments);
    }

    String entity(String name) {
        return known("audit.entity." + name, name);
    }

    String action(AuditAction action) {
        return get("audit.action." + action.name());
    }

    /** The user, or the system in words. */
    String user(String username) {
        return HistoryEntry.SYSTEM.equals(username) ? get("audit.system") : username;
    }

    String at(OffsetDateTime at) {
        return Dates.format(at);
    }

    /** One line per field: "Trạng thái: Đang thực hiện → Chờ xem xét"; a creation or removal lists the values. */
    List<String> changes(AuditEntry entry) {
        List<String> lines = new ArrayList<>();
        JsonNode fields = entry.action() == AuditAction.DELETED ? entry.before() : entry.after();
        if (fields == null) {
            return lines;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = fields.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field(field.getKey());
            if (entry.action() == AuditAction.CHANGED) {
                JsonNode before = entry.before() == null ? null : entry.before().get(field.getKey());
                lines.add(before == null && Change.SECRET.equals(field.getValue().asText())
                        ? name + ": " + value(field.getValue())
                        : name + ": " + value(before) + " → " + value(field.getValue()));
            } else if (!field.getValue().isNull()) {
                lines.add(name + ": " + value(field.getValue()));
            }
        }
        return lines;
    }

    String field(String name) {
        return known("audit.field." + name, name);
    }

    String value(JsonNode value) {
        if (value == null || value.isNull()) {
            return "—";
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            value.forEach(item -> items.add(value(item)));
            return items.isEmpty() ? "—" : String.join(", ", items);
        }
        if (value.isBoolean()) {
            return get(value.asBoolean() ? "audit.yes" : "audit.no");
        }
        String text = value.asText();
        if (Change.SECRET.equals(text)) {
            return get("audit.secret.changed");
        }
        if (DAY.matcher(text).matches()) {
            return Dates.format(LocalDate.parse(text));
        }
        if (MOMENT.matcher(text).matches()) {
            try {
                return Dates.format(OffsetDateTime.parse(text));
            } catch (DateTimeParseException notAMoment) {
                return text;
            }
        }
        return value.isTextual() ? known("status." + text, text) : text;
    }

    private String known(String key, String fallback) {
        String text = get(key);
        return key.equals(text) ? fallback : text;
    }
}
