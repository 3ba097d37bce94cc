package org.steward.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.ClassPathResource;

/**
 * What a chosen password must be (after NIST SP 800-63B): long enough, short enough for bcrypt (which ignores
 * everything after 72 bytes), not one of the commonly breached passwords, not the user's own name, and not a
 * single character or two repeated. No composition rules: length beats them.
 */
final class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_BYTES = 72;
    private static final int MIN_DISTINCT = 5;

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    /** Why {@code password} may not be used by {@code username}, or {@code null} if it may. */
    static @Nullable String problem(String password, String username, @Nullable String displayName) {
        if (password.length() < MIN_LENGTH) {
            return "use at least " + MIN_LENGTH + " characters";
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return "use at most " + MAX_BYTES + " bytes (about " + MAX_BYTES + " letters without accents)";
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return "this password is among the most commonly used ones; choose another";
        }
        if (lower.contains(username.toLowerCase(Locale.ROOT)) || containsName(lower, displayName)) {
            return "do not use your user name or your name in the password";
        }
        if (lower.chars().distinct().count() < MIN_DISTINCT) {
            return "use at least " + MIN_DISTINCT + " different characters";
        }
        return null;
    }

    private static boolean containsName(String lower, @Nullable String displayName) {
        if (displayName == null) {
            return false;
        }
        // each part of the name of four letters or more, so that "Ada Admin" rules out "admin…"
        for (var part : displayName.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (part.length() >= 4 && lower.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        try (var in = new ClassPathResource("identity/common-passwords.txt").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).map(l -> l.toLowerCase(Locale.ROOT))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
