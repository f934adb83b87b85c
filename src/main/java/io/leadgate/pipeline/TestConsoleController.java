package io.leadgate.pipeline;

import io.leadgate.pipeline.TestConsole.TestResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The test console API: try an integration on typed values, with or without a lead type's or campaign's setup. */
@RestController
public class TestConsoleController {

    private final TestConsole console;

    public TestConsoleController(TestConsole console) {
        this.console = console;
    }

    @PostMapping("/api/v1/integrations/{id}/test")
    TestResult test(@PathVariable String id, @RequestBody JsonNode body) {
        return console.run(id, body);
    }
}
