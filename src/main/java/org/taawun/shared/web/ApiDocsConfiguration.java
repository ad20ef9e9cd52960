package org.taawun.shared.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The title and description of the OpenAPI document at {@code /v3/api-docs}. */
@Configuration(proxyBeanMethods = false)
class ApiDocsConfiguration {

    @Bean
    OpenAPI taawunApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Taawun API")
                        .version("v1")
                        .description(
                                "Cooperatives, products, search, orders, stock, shops, programmes and support chat."
                                        + " Sign in with POST /api/v1/auth/tokens and send 'Authorization: Bearer <token>';"
                                        + " public reads need no token. Errors are RFC 9457 problem details with a stable"
                                        + " 'code' and a 'detail' in the language of Accept-Language."));
    }
}
