package org.steward.base.api;

import java.math.BigDecimal;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.NumberDeserializers.BigDecimalDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers.DoubleDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * What the API's JSON reader refuses beyond Jackson's defaults, as field errors rather than 500s: numbers that are
 * not finite ({@code "NaN"}, {@code "Infinity"}, {@code 1e309}) or whose exponent no column can hold, and text with
 * NUL characters or unpaired surrogates, which PostgreSQL cannot store.
 */
@Configuration(proxyBeanMethods = false)
class StrictJsonInput {

    /** A decimal may have at most this many digits after the point or zeros before it. */
    static final int MAX_SCALE = 100;

    @Bean
    JacksonModule strictJsonInputModule() {
        var module = new SimpleModule("steward-strict-input");
        module.addDeserializer(String.class, new CleanText());
        module.addDeserializer(Double.class, new FiniteDouble(Double.class, null));
        module.addDeserializer(Double.TYPE, new FiniteDouble(Double.TYPE, 0.0));
        module.addDeserializer(BigDecimal.class, new BoundedDecimal());
        return module;
    }

    /** The text's problem, or null when PostgreSQL can store it as it is. */
    static String problem(String text) {
        for (int i = 0; i < text.length(); i++) {
            var c = text.charAt(i);
            if (c == 0) {
                return "must not contain NUL characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must not contain unpaired surrogates (not valid Unicode)";
            }
        }
        return null;
    }

    private static final class CleanText extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            var text = super.deserialize(p, ctxt);
            var problem = text == null ? null : problem(text);
            if (problem != null) {
                throw InvalidFormatException.from(p, problem, text, String.class);
            }
            return text;
        }
    }

    private static final class FiniteDouble extends DoubleDeserializer {
        FiniteDouble(Class<Double> type, Double empty) {
            super(type, empty);
        }

        @Override
        public Double deserialize(JsonParser p, DeserializationContext ctxt) {
            var value = super.deserialize(p, ctxt);
            if (value != null && !Double.isFinite(value)) {
                throw InvalidFormatException.from(p, "must be a finite number", p.getString(), Double.class);
            }
            return value;
        }
    }

    private static final class BoundedDecimal extends BigDecimalDeserializer {
        @Override
        public BigDecimal deserialize(JsonParser p, DeserializationContext ctxt) {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                var text = p.getString().strip().toLowerCase(Locale.ROOT);
                if (text.contains("nan") || text.contains("inf")) {
                    throw InvalidFormatException.from(p, "must be a finite number", p.getString(), BigDecimal.class);
                }
            }
            BigDecimal value;
            try {
                value = super.deserialize(p, ctxt);
            } catch (NumberFormatException | ArithmeticException e) {
                throw InvalidFormatException.from(p, "must be a number", p.getString(), BigDecimal.class);
            }
            if (value != null && Math.abs(value.scale()) > MAX_SCALE) {
                throw InvalidFormatException.from(p, "must be a number of at most " + MAX_SCALE + " digits",
                        p.getString(), BigDecimal.class);
            }
            return value;
        }
    }
}
