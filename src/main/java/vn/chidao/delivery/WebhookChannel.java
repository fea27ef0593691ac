package vn.chidao.delivery;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * POSTs a notification to its government's webhook as JSON {@code {id, at, kind, recipient, recipientName,
 * unitCode, assignmentId, text, link}}, signed {@code X-Chidao-Signature: sha256=<hex HMAC-SHA256 of the body>}
 * and named {@code X-Chidao-Delivery: <delivery id>} (the same on every retry). Only a 2xx answer counts.
 */
@Component
class WebhookChannel {

    static final String SIGNATURE = "X-Chidao-Signature";
    static final String DELIVERY = "X-Chidao-Delivery";

    private final WebhookService webhooks;
    private final ObjectMapper json;
    private final PublicUrl publicUrl;
    private final HttpClient http;
    private final DeliveryProperties properties;

    WebhookChannel(WebhookService webhooks, ObjectMapper json, PublicUrl publicUrl, DeliveryProperties properties) {
        this.webhooks = webhooks;
        this.json = json;
        this.publicUrl = publicUrl;
        this.properties = properties;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    void send(Long governmentId, Channels.Notice notice) {
        Webhook webhook = webhooks.enabledFor(governmentId)
                .orElseThrow(() -> new DeliveryFailure("the government's webhook is off", false, null));
        byte[] body = body(notice);
        HttpRequest request = HttpRequest.newBuilder(URI.create(webhook.getUrl()))
                .timeout(properties.timeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header(DELIVERY, Long.toString(notice.deliveryId()))
                .header(SIGNATURE, "sha256=" + sign(body, webhook.getSecret()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new DeliveryFailure("webhook: " + e, DeliveryFailure.unreachable(e), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DeliveryFailure("webhook: interrupted", true, e);
        }
        if (status < 200 || status > 299) {
            throw new DeliveryFailure("webhook answered HTTP " + status, false, null);
        }
    }

    byte[] body(Channels.Notice notice) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", notice.notification().id());
        body.put("at", notice.notification().at().toString());
        body.put("kind", notice.notification().kind().name());
        body.put("recipient", notice.recipient().username());
        body.put("recipientName", notice.recipient().displayName());
        body.put("unitCode", notice.unitCode());
        body.put("assignmentId", notice.notification().assignmentId());
        body.put("text", notice.notification().text());
        body.put("link", publicUrl.to(notice.notification().assignmentId()));
        try {
            return json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lowercase hex HMAC-SHA256 of {@code body} keyed by {@code secret} (UTF-8). */
    static String sign(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
