package vn.chidao.base;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code data} part of a multipart step (a report with its files): the same JSON as the step's JSON-only form,
 * read by the API's own {@link ObjectMapper} (so with {@link JsonInput}'s rules), whatever content type the client
 * gave the part. A part that is not such JSON is a 400 naming the field, as a JSON body would be.
 */
@Component
public class JsonPart {

    public static final String NAME = "data";

    private final ObjectMapper json;

    JsonPart(ObjectMapper json) {
        this.json = json;
    }

    public <T> T read(String data, Class<T> type) {
        if (data == null || data.isBlank()) {
            throw InvalidInputException.of(NAME, "error.required");
        }
        try {
            T value = json.readValue(data, type);
            if (value == null) {
                throw InvalidInputException.of(NAME, "error.required");
            }
            return value;
        } catch (JsonMappingException mapping) {
            throw InvalidInputException.of(ApiErrors.pathOf(mapping, NAME), "error.format");
        } catch (JsonProcessingException malformed) {
            throw InvalidInputException.of(NAME, "error.format");
        }
    }
}
