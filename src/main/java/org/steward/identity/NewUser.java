package org.steward.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What an administrator enters to create a user. */
public record NewUser(
        @NotBlank @Size(max = UserAccount.USERNAME_MAX)
        @Pattern(regexp = "[a-z0-9][a-z0-9._-]*", message = "use lower-case letters, digits, dot, dash or underscore")
        String username,
        @NotBlank @Size(max = UserAccount.DISPLAY_NAME_MAX) String displayName,
        @Nullable @Email @Size(max = 200) String email,
        @NotEmpty(message = "choose at least one role") Set<Role> roles) {
}
