package org.steward.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Checks a REST handler's {@code @PreAuthorize} (its token scope) before Spring MVC reads the request body. Method
 * security alone runs after argument binding, so a token without the scope got 400 or 415 for a malformed body
 * instead of 403, and an unauthorised caller could probe the validation of every write endpoint. The handler's
 * own check still runs; the expressions only name authorities, so no arguments are needed here.
 */
@Configuration(proxyBeanMethods = false)
class ApiAuthorisationFirst implements WebMvcConfigurer {

    private final PreAuthorizeAuthorizationManager manager = new PreAuthorizeAuthorizationManager();
    // the strategy ApiTokenFilter put the token's authentication into (not necessarily the static holder's)
    private final SecurityContextHolderStrategy strategy;

    ApiAuthorisationFirst(ApplicationContext context, ObjectProvider<SecurityContextHolderStrategy> strategy) {
        manager.setApplicationContext(context);
        this.strategy = strategy.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method) {
                    var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                            new Object[method.getMethod().getParameterCount()]);
                    var result = manager.authorize(() -> strategy.getContext().getAuthentication(),
                            invocation);
                    if (result != null && !result.isGranted()) {
                        throw new AuthorizationDeniedException("Your role or token scope does not allow this.",
                                result);
                    }
                }
                return true;
            }
        }).addPathPatterns("/api/**");
    }
}
