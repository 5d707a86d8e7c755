package org.refugio.engine;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationContext;

/**
 * The beans the engine's expression language may resolve: those annotated {@link ExpressionBean}, looked up lazily
 * so that building the engine does not instantiate delegates (which depend on the engine's services).
 */
public class ExpressionBeans extends AbstractMap<Object, Object> {

  private final ApplicationContext context;

  public ExpressionBeans(ApplicationContext context) {
    this.context = context;
  }

  @Override
  public boolean containsKey(Object key) {
    return key instanceof String name
        && context.containsBean(name)
        && context.findAnnotationOnBean(name, ExpressionBean.class) != null;
  }

  @Override
  public Object get(Object key) {
    return containsKey(key) ? context.getBean((String) key) : null;
  }

  /** The whitelisted bean names; used by the deployment smoke test and the docs. */
  public Set<String> names() {
    return Arrays.stream(context.getBeanNamesForAnnotation(ExpressionBean.class)).collect(Collectors.toSet());
  }

  @Override
  public Set<Entry<Object, Object>> entrySet() {
    return names().stream()
        .map(name -> (Entry<Object, Object>) new SimpleImmutableEntry<Object, Object>(name, context.getBean(name)))
        .collect(Collectors.toSet());
  }
}
