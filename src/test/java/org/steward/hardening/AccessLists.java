package org.steward.hardening;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.steward.identity.Role;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The reviewed lists of who may call what: {@code hardening/endpoints.yaml} (REST) and {@code hardening/routes.yaml}
 * (Vaadin views). The matrix tests compare them with the running application and then prove each entry.
 */
final class AccessLists {

    /** One REST endpoint: {@code roles} are the roles whose tokens pass, {@code scopes} any one of which suffices. */
    record Endpoint(String method, String path, String sample, Set<String> scopes, Set<Role> roles,
                    @Nullable String body, @Nullable String contentType) {

        String key() {
            return method + " " + path;
        }
    }

    /** One Vaadin route; an empty {@code roles} with {@code anonymous: true} is the login view. */
    record Route(String path, String sample, Set<Role> roles, boolean anonymous) {
    }

    record Endpoints(List<Endpoint> endpoints) {
    }

    record Routes(List<Route> routes) {
    }

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();

    private AccessLists() {
    }

    static List<Endpoint> endpoints() {
        return read("/hardening/endpoints.yaml", Endpoints.class).endpoints();
    }

    static List<Route> routes() {
        return read("/hardening/routes.yaml", Routes.class).routes();
    }

    private static <T> T read(String resource, Class<T> type) {
        try (var in = AccessLists.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return YAML.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
