package vn.chidao.base;

import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.List;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API reads JSON strictly: a number or a boolean where a text is expected ({@code "committee": -1}) is a 400 on
 * that field, not the text "-1"; Jackson would otherwise turn any scalar into a string. And an empty text where a
 * number or a yes/no is expected ({@code "percent": ""}) is a 400 too, not a silent null.
 */
@Configuration(proxyBeanMethods = false)
class JsonInput {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer strictTexts() {
        return builder -> builder.postConfigurer(mapper -> {
            mapper.coercionConfigFor(LogicalType.Textual)
                    .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
            for (LogicalType type : List.of(LogicalType.Integer, LogicalType.Float, LogicalType.Boolean)) {
                mapper.coercionConfigFor(type).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
            }
        });
    }
}
