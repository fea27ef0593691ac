package vn.chidao.base;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads JSON strictly: a number or a boolean where a text is expected ({@code "committee": -1}) is a 400 on
 * that field, not the text "-1"; Jackson would otherwise turn any scalar into a string. And an empty text where a
 * number or a yes/no is expected ({@code "percent": ""}) is a 400 too, not a silent null. A text holding a NUL
 * character is a 400 on its field: PostgreSQL cannot store one (H2 can), so it would fail later as a 500. A number
 * where a named value is expected ({@code "decision": 0}) is a 400 too: Jackson would read it as the enum's position,
 * so a client's slip would accept a report.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTexts() {
        return builder -> builder.deserializerByType(String.class, new NoNulText())
                .featuresToEnable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS).postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            }
        });
    }

    /** Jackson's own text reading, refusing a NUL character. */
    static final class NoNulText extends StdScalarDeserializer<String> {

        NoNulText() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && text.indexOf('\u0000') >= 0) {
                throw InvalidFormatException.from(parser, "a text may not hold a NUL character", text, String.class);
            }
            return text;
        }
    }
}
