package vn.chidao.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.chidao.base.Messages;
import vn.chidao.security.UserContact;

/** A morning digest as an email: its content (the delivery's JSON payload) through the digest templates. */
@Component
class DigestMail {

    record Rendered(String subject, String text, String html) {
    }

    private final ObjectMapper json;
    private final MailTemplates templates;
    private final Messages messages;
    private final PublicUrl publicUrl;

    DigestMail(ObjectMapper json, MailTemplates templates, Messages messages, PublicUrl publicUrl) {
        this.json = json;
        this.templates = templates;
        this.messages = messages;
        this.publicUrl = publicUrl;
    }

    String write(DigestContent content) {
        try {
            return json.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    DigestContent read(String payload) {
        try {
            return json.readValue(payload, DigestContent.class);
        } catch (JsonProcessingException e) {
            throw new DeliveryFailure("digest payload unreadable: " + e.getOriginalMessage(), false, e);
        }
    }

    Rendered render(String payload, UserContact recipient) {
        DigestContent content = read(payload);
        Locale locale = recipient.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("name", recipient.displayName());
        model.put("day", EmailChannel.DAY.format(content.day()));
        model.put("overdue", content.overdue().stream().map(u -> Map.of("unit", u.unit(),
                "items", u.items().stream().map(this::item).toList())).toList());
        model.put("dueSoon", content.dueSoon().stream().map(this::item).toList());
        model.put("notices", content.notices().stream().map(n -> Map.of(
                "at", EmailChannel.MINUTE.format(n.at()),
                "kind", messages.get(locale, "notificationKind." + n.kind()),
                "text", n.text(),
                "link", publicUrl.to(n.assignmentId()))).toList());
        model.put("inbox", publicUrl.home());
        String subject = messages.get(locale, "mail.digest.subject", model.get("day"), content.overdueCount(),
                content.dueSoon().size(), content.notices().size());
        return new Rendered(subject, templates.render("digest.txt", locale, model),
                templates.render("digest.html", locale, model));
    }

    private Map<String, Object> item(DigestContent.Item item) {
        return Map.of("content", item.content(), "conclusion", item.conclusion() == null ? "" : item.conclusion(),
                "deadline", EmailChannel.DAY.format(item.deadline()), "days", Math.abs(item.days()),
                "link", publicUrl.to(item.assignmentId()));
    }

}
