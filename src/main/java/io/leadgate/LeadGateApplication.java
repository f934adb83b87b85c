package io.leadgate;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** LeadGate: a lead intake and validation gateway. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class LeadGateApplication {

    public static void main(String[] args) {
        SpringApplication.run(LeadGateApplication.class, args);
    }
}
