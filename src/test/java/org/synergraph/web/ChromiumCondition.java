package org.synergraph.web;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Enables a test class only when both the Chromium binary and its chromedriver are present and executable. */
final class ChromiumCondition implements ExecutionCondition {

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        for (Path binary : new Path[] {Browser.CHROMIUM, Browser.CHROMEDRIVER}) {
            if (!Files.isExecutable(binary)) {
                return ConditionEvaluationResult.disabled("Browser tests skipped: " + binary
                        + " is not installed (apt-get install chromium chromium-driver to run them).");
            }
        }
        return ConditionEvaluationResult.enabled("Chromium and chromedriver found");
    }
}
