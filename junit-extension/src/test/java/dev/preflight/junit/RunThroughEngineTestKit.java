package dev.preflight.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Marks fixture classes: tests that are meant to fail, run by the tests of this module through
 * {@link EngineTestKit} and skipped when Surefire (or an IDE) finds them on its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ExtendWith(RunThroughEngineTestKit.Condition.class)
@interface RunThroughEngineTestKit {
  /** The configuration parameter the kit sets. */
  String PARAMETER = "dev.preflight.junit.fixtures";

  /** Enables the fixtures only when the kit runs them. */
  class Condition implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).isPresent()
          ? ConditionEvaluationResult.enabled("run through EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture, run only through EngineTestKit");
    }
  }
}
