package vn.chidao;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Chidao: conclusion notices of steering committees become tracked unit tasks on Camunda 7. */
@SpringBootApplication
public class ChidaoApplication {

    public static void main(String[] args) {
        SpringApplication.run(ChidaoApplication.class, args);
    }
}
