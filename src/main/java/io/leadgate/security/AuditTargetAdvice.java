package io.leadgate.security;

import java.lang.reflect.RecordComponent;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Names the target of an audited change that creates something: the {@code id} of the record it answers, so the audit
 * log says which lead type or campaign was created, not only that one was.
 */
@ControllerAdvice
class AuditTargetAdvice implements ResponseBodyAdvice<Object> {

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return returnType.hasMethodAnnotation(AuditedChange.class) || returnType.getContainingClass().isAnnotationPresent(AuditedChange.class);
    }

    @Override
    public Object beforeBodyWrite(Object body, MethodParameter returnType, MediaType contentType,
            Class<? extends HttpMessageConverter<?>> converterType, ServerHttpRequest request, ServerHttpResponse response) {
        if (body != null && body.getClass().isRecord() && request instanceof ServletServerHttpRequest servlet) {
            for (RecordComponent component : body.getClass().getRecordComponents()) {
                if (component.getName().equals("id")) {
                    try {
                        Object id = component.getAccessor().invoke(body);
                        if (id != null) {
                            servlet.getServletRequest().setAttribute(AuditInterceptor.TARGET_ATTRIBUTE, id.toString());
                        }
                    } catch (ReflectiveOperationException e) {
                        // a record whose id cannot be read is audited without it
                    }
                }
            }
        }
        return body;
    }
}
