package dev.preflight.junit;

import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;

/** Names an annotated element in configuration errors, the way JUnit's own messages do. */
final class AnnotatedElements {
  private AnnotatedElements() {}

  static String describe(AnnotatedElement element) {
    if (element instanceof Class<?>) {
      return "class [" + ((Class<?>) element).getName() + "]";
    }
    if (element instanceof Method) {
      Method method = (Method) element;
      return "method [" + method.getDeclaringClass().getName() + "#" + signature(method) + "]";
    }
    if (element instanceof Parameter) {
      Parameter parameter = (Parameter) element;
      Executable executable = parameter.getDeclaringExecutable();
      return "parameter ["
          + parameter.getType().getSimpleName()
          + " "
          + parameter.getName()
          + "] at index "
          + List.of(executable.getParameters()).indexOf(parameter)
          + " of "
          + (executable instanceof Method
              ? describe(executable)
              : "constructor [" + executable.getDeclaringClass().getName() + "]");
    }
    return String.valueOf(element);
  }

  private static String signature(Method method) {
    StringBuilder out = new StringBuilder(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      out.append(i == 0 ? "" : ", ").append(types[i].getSimpleName());
    }
    return out.append(')').toString();
  }
}
