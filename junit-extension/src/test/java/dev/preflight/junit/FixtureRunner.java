package dev.preflight.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.lang.reflect.Method;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

/**
 * Runs {@link RunThroughEngineTestKit} fixtures through JUnit's engine and returns their events.
 */
final class FixtureRunner {
  private FixtureRunner() {}

  /** Runs one fixture method and returns all its events. */
  static Events run(Class<?> fixtures, String methodName) {
    for (Method method : fixtures.getDeclaredMethods()) {
      if (method.getName().equals(methodName)) {
        return EngineTestKit.engine("junit-jupiter")
            .configurationParameter(RunThroughEngineTestKit.PARAMETER, "true")
            .selectors(selectMethod(fixtures, method))
            .execute()
            .allEvents();
      }
    }
    throw new IllegalArgumentException("no fixture method " + methodName + " in " + fixtures);
  }

  /** Runs a fixture class and returns all its events. */
  static Events run(Class<?> fixture) {
    return EngineTestKit.engine("junit-jupiter")
        .configurationParameter(RunThroughEngineTestKit.PARAMETER, "true")
        .selectors(selectClass(fixture))
        .execute()
        .allEvents();
  }
}
