package io.github.pinpointemailmock;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class PinpointEmailMockApplication {

    public static void main(String[] args) {
        SpringApplication.run(PinpointEmailMockApplication.class, args);
    }
}
