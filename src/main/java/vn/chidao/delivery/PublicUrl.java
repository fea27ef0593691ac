package vn.chidao.delivery;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where people reach this installation ({@code CHIDAO_PUBLIC_URL}), for the links in emails and webhook calls. */
@ConfigurationProperties("chidao.public")
public record PublicUrl(@DefaultValue("http://localhost:8080") String url) {

    /** The application's front page (each person lands on their own screen). */
    String home() {
        return (url.endsWith("/") ? url : url + "/");
    }

    /** The task page of an assignment, or the notifications page when there is none. */
    String to(Long assignmentId) {
        String base = home().substring(0, home().length() - 1);
        return assignmentId == null ? base + "/notifications" : base + "/assignments/" + assignmentId;
    }
}
