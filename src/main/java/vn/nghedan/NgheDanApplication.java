package vn.nghedan;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Nghe Dân: residents send questions through a bot, officials compile the session agenda. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
public class NgheDanApplication {

    public static void main(String[] args) {
        SpringApplication.run(NgheDanApplication.class, args);
    }
}
