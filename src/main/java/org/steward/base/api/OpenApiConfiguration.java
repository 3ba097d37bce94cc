package org.steward.base.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Describes the REST API for springdoc: title, licence, and personal API tokens as bearer authentication. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    /** Name of the security scheme that Swagger UI's Authorize button fills in. */
    static final String API_TOKEN = "apiToken";

    @Bean
    OpenAPI stewardOpenApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Steward API")
                        .version("v1")
                        .description("The governance register for machine-learning models. Authenticate with a "
                                + "personal API token (create one in the portal under API tokens) sent as "
                                + "'Authorization: Bearer stw_…'; its scopes limit what it may do, and your roles "
                                + "limit it further. Errors are RFC 9457 problem details.")
                        .license(new License()
                                .name("GPL-3.0-or-later")
                                .url("https://www.gnu.org/licenses/gpl-3.0.html")))
                .components(new Components().addSecuritySchemes(API_TOKEN, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .bearerFormat("stw_ personal API token")
                        .description("A personal API token, e.g. stw_AbC…; scopes register:read, register:write")))
                .addSecurityItem(new SecurityRequirement().addList(API_TOKEN));
    }
}
