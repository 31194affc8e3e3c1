package vn.hailong;

import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;

@OpenAPIDefinition(info = @Info(title = "HaiLong", version = "1", description = "Citizen satisfaction and complaints API for Vietnamese one-stop centres"))
public class Application {
    public static void main(String[] args) {
        Micronaut.run(Application.class, args);
    }
}
