package io.leadgate;

import io.leadgate.security.AdminAuthInterceptor;
import io.leadgate.security.AuditInterceptor;
import io.leadgate.support.Ids;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Application-wide beans: the clock, identifiers, and the admin check on the API. */
@Configuration(proxyBeanMethods = false)
class LeadGateConfiguration implements WebMvcConfigurer {

    private final AdminAuthInterceptor adminAuth;
    private final AuditInterceptor audit;

    LeadGateConfiguration(AdminAuthInterceptor adminAuth, AuditInterceptor audit) {
        this.adminAuth = adminAuth;
        this.audit = audit;
    }

    @Bean
    static Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    static Ids ids(Clock clock) {
        return new Ids(clock);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(adminAuth).addPathPatterns("/api/**");
        registry.addInterceptor(audit).addPathPatterns("/api/**");
    }
}
