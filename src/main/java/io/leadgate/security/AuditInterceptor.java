package io.leadgate.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/** Writes each successful call of an {@link AuditedChange} handler to the audit log: who, what, on which path. */
@Component
public class AuditInterceptor implements HandlerInterceptor {

    /** Request attribute naming what was changed, when the path does not (a creation). */
    static final String TARGET_ATTRIBUTE = "io.leadgate.security.audit-target";

    private final AuditLog audit;

    public AuditInterceptor(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!(handler instanceof HandlerMethod method) || ex != null || response.getStatus() >= 400) {
            return;
        }
        AuditedChange change = method.getMethodAnnotation(AuditedChange.class);
        if (change == null) {
            change = method.getBeanType().getAnnotation(AuditedChange.class);
        }
        if (change == null || "GET".equals(request.getMethod())) {
            return;
        }
        AdminToken admin = (AdminToken) request.getAttribute(AdminAuthInterceptor.ADMIN_ATTRIBUTE);
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        Object created = request.getAttribute(TARGET_ATTRIBUTE);
        String target = variables instanceof Map<?, ?> vars && !vars.isEmpty() ? vars.values().iterator().next().toString()
                : created == null ? null : created.toString();
        audit.record(AuditLog.actor(admin), change.value(), target, request.getMethod() + " " + request.getRequestURI());
    }
}
