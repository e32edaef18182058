package org.assemblyportal;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.theme.Theme;
import java.time.Clock;
import java.util.Arrays;
import org.assemblyportal.casefile.verify.CaseFileVerifier;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

@SpringBootApplication
@Theme("portal")
@Meta(name = "color-scheme", content = "light")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("verify")) {
            // a stranger checking a case file needs no server, database or data directory (decision 017)
            System.exit(CaseFileVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        SpringApplication.run(Application.class, args);
    }

    /** Every feature takes time from this clock so that tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
