package io.leadgate.dnc;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.multipart.MultipartResolver;
import org.springframework.web.multipart.support.StandardServletMultipartResolver;
import org.springframework.web.servlet.DispatcherServlet;

/**
 * Lets list uploads stream. Spring parses a multipart request whole, within {@code spring.servlet.multipart.*}
 * limits, before the controller runs; a registry file is gigabytes. This resolver leaves uploads to
 * {@code /api/v1/dnc/} unparsed (the controller reads them part by part, see {@link MultipartUpload}) and works as
 * Spring Boot's own everywhere else, with the same settings.
 */
@Configuration(proxyBeanMethods = false)
class DncConfiguration {

    static final String UPLOADS = "/api/v1/dnc/";

    @Bean(name = DispatcherServlet.MULTIPART_RESOLVER_BEAN_NAME)
    MultipartResolver multipartResolver(ObjectProvider<MultipartProperties> properties) {
        StandardServletMultipartResolver standard = new StandardServletMultipartResolver();
        MultipartProperties settings = properties.getIfAvailable();
        if (settings != null) {
            standard.setResolveLazily(settings.isResolveLazily());
            standard.setStrictServletCompliance(settings.isStrictServletCompliance());
        }
        return new MultipartResolver() {
            @Override
            public boolean isMultipart(HttpServletRequest request) {
                return !request.getRequestURI().startsWith(request.getContextPath() + UPLOADS) && standard.isMultipart(request);
            }

            @Override
            public MultipartHttpServletRequest resolveMultipart(HttpServletRequest request) throws MultipartException {
                return standard.resolveMultipart(request);
            }

            @Override
            public void cleanupMultipart(MultipartHttpServletRequest request) {
                standard.cleanupMultipart(request);
            }
        };
    }
}
